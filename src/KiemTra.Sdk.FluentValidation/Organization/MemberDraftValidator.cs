using FluentValidation;
using KiemTra.Sdk.Organization;
using NodaTime;
using static KiemTra.Sdk.FluentValidation.RuleBuilderExtensions;

namespace KiemTra.Sdk.FluentValidation.Organization;

/// <summary>
/// Checks a <see cref="MemberDraft"/> (<i>kiểm tra thông tin đảng viên</i>): ids in the SDK's format, a name (NFC, at most
/// 256 characters), a defined status, and an admission date that is not after today. "Today" comes from the clock and
/// zone given to the constructor — never from the machine.
/// </summary>
public sealed class MemberDraftValidator : AbstractValidator<MemberDraft>
{
    /// <summary>The longest display name accepted.</summary>
    public const int MaxNameLength = 256;

    /// <summary>Creates the validator.</summary>
    /// <param name="clock">The clock that says what "today" is.</param>
    /// <param name="zone">The zone of "today", normally Asia/Ho_Chi_Minh.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public MemberDraftValidator(IClock clock, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(zone);
        RuleFor(x => x.Id).ValidId("Id", v => MemberId.From(v), MemberId.MaxLength);
        RuleFor(x => x.DisplayName).ValidName("DisplayName", MaxNameLength);
        RuleFor(x => x.OrganizationId).ValidId("OrganizationId", v => Sdk.Organization.OrganizationId.From(v), Sdk.Organization.OrganizationId.MaxLength);
        RuleFor(x => x.Status).Defined("Status");
        RuleFor(x => x.AdmittedOn)
            .Must(d => d <= Today(clock, zone))
            .WithKiemTraMessage(ErrorCodes.DateInFuture, (_, d) => Args(("Field", "AdmittedOn"), ("Value", Iso(d)), ("Today", Iso(Today(clock, zone)))));
    }

    private static LocalDate Today(IClock clock, DateTimeZone zone) => clock.GetCurrentInstant().InZone(zone).Date;

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
