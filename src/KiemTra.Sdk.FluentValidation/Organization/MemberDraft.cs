using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.FluentValidation.Organization;

/// <summary>
/// A party member as a host enters them before adding them to a <see cref="PartyDatasetBuilder"/>
/// (<i>thông tin đảng viên do hệ thống nhập</i>); validate it with <see cref="MemberDraftValidator"/>.
/// </summary>
/// <param name="Id">The member id.</param>
/// <param name="DisplayName">The name shown to users.</param>
/// <param name="OrganizationId">The id of the member's party organisation.</param>
/// <param name="Status">Full or probationary.</param>
/// <param name="AdmittedOn">The admission date (<i>ngày vào Đảng</i>).</param>
public sealed record MemberDraft(string? Id, string? DisplayName, string? OrganizationId, MemberStatus Status, LocalDate AdmittedOn)
{
    /// <summary>Adds the (validated) draft to <paramref name="builder"/>.</summary>
    /// <param name="builder">The dataset builder.</param>
    /// <returns>The same builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    /// <exception cref="ArgumentException">The draft breaks a rule the builder enforces (validate it first).</exception>
    public PartyDatasetBuilder AddTo(PartyDatasetBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddMember(Id!, DisplayName!, OrganizationId!, Status, AdmittedOn);
    }
}
