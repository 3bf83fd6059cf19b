using FluentValidation;
using KiemTra.Sdk.Organization;
using NodaTime;
using static KiemTra.Sdk.FluentValidation.RuleBuilderExtensions;
using static KiemTra.Sdk.FluentValidation.RuleBuilderMoreExtensions;

namespace KiemTra.Sdk.FluentValidation.Discipline;

/// <summary>
/// Checks a <see cref="DisciplineComplaintDraft"/> (<i>kiểm tra đơn khiếu nại kỷ luật</i>): an id in the SDK's
/// format, the decision complained about, and dates that are not after today nor before the decision was taken.
/// </summary>
public sealed class DisciplineComplaintDraftValidator : AbstractValidator<DisciplineComplaintDraft>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="clock">The clock that says what "today" is.</param>
    /// <param name="zone">The zone of "today", normally Asia/Ho_Chi_Minh.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DisciplineComplaintDraftValidator(IClock clock, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(zone);
        RuleFor(x => x.Id).ValidId("Id", v => IdentifierRules.Normalize(v, IdentifierKind.Identifier), IdentifierRules.MaxLength);
        RuleFor(x => x.Decision).Must(d => d is not null)
            .WithKiemTraMessage(ErrorCodes.NameRequired, (_, _) => Args(("Field", "Decision")));
        RuleFor(x => x.FiledOn).NotInFuture("FiledOn", clock, zone);
        RuleFor(x => x.FiledOn).NotBefore("FiledOn", "Decision.DecidedOn", x => x.Decision!.DecidedOn).When(x => x.Decision is not null);
        RuleFor(x => x.DecisionReceivedOn!.Value).NotInFuture("DecisionReceivedOn", clock, zone).When(x => x.DecisionReceivedOn is not null).OverridePropertyName("DecisionReceivedOn");
        RuleFor(x => x.DecisionReceivedOn!.Value).NotBefore("DecisionReceivedOn", "Decision.DecidedOn", x => x.Decision!.DecidedOn)
            .When(x => x.DecisionReceivedOn is not null && x.Decision is not null).OverridePropertyName("DecisionReceivedOn");
    }
}
