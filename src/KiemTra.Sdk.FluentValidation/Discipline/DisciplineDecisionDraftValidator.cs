using FluentValidation;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using NodaTime;
using static KiemTra.Sdk.FluentValidation.RuleBuilderExtensions;
using static KiemTra.Sdk.FluentValidation.RuleBuilderMoreExtensions;

namespace KiemTra.Sdk.FluentValidation.Discipline;

/// <summary>
/// Checks a <see cref="DisciplineDecisionDraft"/> (<i>kiểm tra quyết định kỷ luật</i>): the form applies to the subject
/// under the rules in force on the decision date, every circumstance is stated, an organisation's decision
/// records the members held responsible and a member's does not, the decision is not dated after today and is
/// announced on or after it.
/// </summary>
public sealed class DisciplineDecisionDraftValidator : AbstractValidator<DisciplineDecisionDraft>
{
    /// <summary>Creates the validator.</summary>
    /// <param name="rules">The rule book whose form policy applies (e.g. <see cref="RuleBook.BuiltIn"/>).</param>
    /// <param name="clock">The clock that says what "today" is.</param>
    /// <param name="zone">The zone of "today", normally Asia/Ho_Chi_Minh.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public DisciplineDecisionDraftValidator(RuleBook rules, IClock clock, DateTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(zone);
        RuleFor(x => x.Id).ValidId("Id", v => IdentifierRules.Normalize(v, IdentifierKind.Reference), IdentifierRules.MaxLength);
        RuleFor(x => x.ViolationId).ValidId("ViolationId", v => IdentifierRules.Normalize(v, IdentifierKind.Identifier), IdentifierRules.MaxLength);
        RuleFor(x => x.SubjectKind).Defined("SubjectKind");
        RuleFor(x => x.SubjectId).ValidId("SubjectId", v => MemberId.From(v), MemberId.MaxLength);
        RuleFor(x => x)
            .Must(x => SubjectProblem(x) is null)
            .When(x => Enum.IsDefined(x.SubjectKind))
            .WithKiemTraMessage(ErrorCodes.SubjectInvalid, (x, _) => Args(("Subject", x.SubjectId), ("Kind", x.SubjectKind), ("Problem", InCurrentLanguage(SubjectProblem(x)!))))
            .OverridePropertyName("Subject");
        RuleFor(x => x.Form).Cascade(CascadeMode.Stop).Defined("Form")
            .Must((x, form) => Applicability(rules, x)?.IsApplicable ?? true)
            .When(x => Enum.IsDefined(x.SubjectKind) && SubjectProblem(x) is null && IsValidSubjectId(x.SubjectId))
            .WithKiemTraMessage(ErrorCodes.DisciplineFormNotApplicable, (x, form) => Args(("Form", form), ("Subject", x.SubjectId), ("Reason", InCurrentLanguage(Applicability(rules, x)!.Reason))));
        RuleFor(x => x.DecidedById).ValidId("DecidedById", v => OrganizationId.From(v), OrganizationId.MaxLength);
        RuleFor(x => x.DecidingBody).Defined("DecidingBody");
        RuleFor(x => x.DecidedOn).NotInFuture("DecidedOn", clock, zone);
        RuleFor(x => x.AnnouncedOn).NotBefore("AnnouncedOn", "DecidedOn", x => x.DecidedOn);

        // Every element of the violation is weighed.
        RuleFor(x => x.Content).Stated("Content", ErrorCodes.DisciplineCircumstanceRequired);
        RuleFor(x => x.Nature).Stated("Nature", ErrorCodes.DisciplineCircumstanceRequired);
        RuleFor(x => x.Extent).Stated("Extent", ErrorCodes.DisciplineCircumstanceRequired);
        RuleFor(x => x.Harm).Stated("Harm", ErrorCodes.DisciplineCircumstanceRequired);
        RuleFor(x => x.Consequence).Stated("Consequence", ErrorCodes.DisciplineCircumstanceRequired);
        RuleFor(x => x.Cause).Stated("Cause", ErrorCodes.DisciplineCircumstanceRequired);
        RuleFor(x => x.Remediation).Stated("Remediation", ErrorCodes.DisciplineCircumstanceRequired);
        RuleForEach(x => x.Aggravating).Defined("Aggravating");
        RuleForEach(x => x.Mitigating).Defined("Mitigating");
        RuleFor(x => x.Attitude).Defined("Attitude");
        RuleFor(x => x.Role).Defined("Role");

        // Individual responsibility for an organisation's discipline, and only then.
        RuleFor(x => x.ResponsibleMembers)
            .Must(m => m is { Count: > 0 })
            .When(x => x.SubjectKind == DisciplineSubjectKind.Organization)
            .WithKiemTraMessage(ErrorCodes.DisciplineResponsibleMembersMissing, (x, _) => Args(("Subject", x.SubjectId)));
        RuleFor(x => x.ResponsibleMembers)
            .Must(m => m is null || m.Count == 0)
            .When(x => x.SubjectKind != DisciplineSubjectKind.Organization)
            .WithKiemTraMessage(ErrorCodes.DisciplineResponsibleMembersNotAllowed, (x, _) => Args(("Subject", x.SubjectId)));
        RuleFor(x => x.ResponsibleMembers).Distinct("ResponsibleMembers", m => m.MemberId);
        RuleForEach(x => x.ResponsibleMembers).ChildRules(member =>
        {
            member.RuleFor(m => m.MemberId).ValidId("MemberId", v => MemberId.From(v), MemberId.MaxLength);
            member.RuleFor(m => m.Role).Defined("Role");
            member.RuleFor(m => m.Responsibility).Stated("Responsibility", ErrorCodes.DisciplineCircumstanceRequired);
            member.RuleFor(m => m.SeparateDecisionId).ValidId("SeparateDecisionId", v => IdentifierRules.Normalize(v, IdentifierKind.Reference), IdentifierRules.MaxLength).When(m => m.SeparateDecisionId is not null);
        });
    }

    private static LocalizedText? SubjectProblem(DisciplineDecisionDraft x) => x.SubjectKind switch
    {
        DisciplineSubjectKind.Organization when x.SubjectHoldsPost || x.SubjectIsCommitteeMember =>
            LocalizedText.Of("tổ chức không giữ chức vụ và không là cấp ủy viên.", "an organisation neither holds a post nor sits on a committee."),
        DisciplineSubjectKind.ProbationaryMember when x.SubjectIsCommitteeMember =>
            LocalizedText.Of("đảng viên dự bị không là cấp ủy viên.", "a probationary member does not sit on a committee."),
        _ => null,
    };

    private static bool IsValidSubjectId(string? id)
    {
        try
        {
            MemberId.From(id!);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static FormApplicability? Applicability(RuleBook rules, DisciplineDecisionDraft x)
    {
        if (!Enum.IsDefined(x.Form))
        {
            return null;
        }

        try
        {
            return DisciplineFormPolicy.FromRules(rules, x.DecidedOn).Check(x.ToSubject(), x.Form);
        }
        catch (RuleNotFoundException)
        {
            // No form rules in force on that date: nothing to check the form against (the decision date itself is checked).
            return null;
        }
    }
}
