using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.FluentValidation.Discipline;

/// <summary>
/// A discipline decision as a host enters it (<i>quyết định thi hành kỷ luật</i>); validate it with
/// <see cref="DisciplineDecisionDraftValidator"/>, then build it with <see cref="ToDecision"/>.
/// </summary>
/// <param name="Id">The decision id.</param>
/// <param name="ViolationId">The violation it disciplines.</param>
/// <param name="SubjectKind">Organisation, full member or probationary member.</param>
/// <param name="SubjectId">The organisation or member id.</param>
/// <param name="SubjectHoldsPost">Whether the member holds a post (removal from post needs one).</param>
/// <param name="SubjectIsCommitteeMember">Whether the (full) member sits on a committee.</param>
/// <param name="Form">The discipline form.</param>
/// <param name="DecidedById">The deciding organisation.</param>
/// <param name="DecidingBody">Its deciding body.</param>
/// <param name="DecidedOn">Date of the decision (not after today).</param>
/// <param name="AnnouncedOn">Date it was announced (not before the decision).</param>
/// <param name="Content">The content of the violation.</param>
/// <param name="Nature">Its nature.</param>
/// <param name="Extent">Its extent.</param>
/// <param name="Harm">The harm done.</param>
/// <param name="Consequence">Its consequence.</param>
/// <param name="Cause">Its cause.</param>
/// <param name="Aggravating">Aggravating circumstances.</param>
/// <param name="Mitigating">Mitigating circumstances.</param>
/// <param name="Attitude">The subject's attitude.</param>
/// <param name="Remediation">What was put right.</param>
/// <param name="Role">Initiator, follower or sole actor.</param>
/// <param name="ResponsibleMembers">For an organisation, the members held responsible: id, role, responsibility.</param>
public sealed record DisciplineDecisionDraft(
    string? Id, string? ViolationId, DisciplineSubjectKind SubjectKind, string? SubjectId, bool SubjectHoldsPost, bool SubjectIsCommitteeMember,
    DisciplineForm Form, string? DecidedById, BodyKind DecidingBody, LocalDate DecidedOn, LocalDate AnnouncedOn,
    string? Content, string? Nature, string? Extent, string? Harm, string? Consequence, string? Cause,
    IReadOnlyList<AggravatingCircumstance>? Aggravating, IReadOnlyList<MitigatingCircumstance>? Mitigating, Attitude Attitude, string? Remediation, ParticipationRole Role,
    IReadOnlyList<ResponsibleMemberDraft>? ResponsibleMembers)
{
    /// <summary>The subject, built from the subject fields.</summary>
    /// <returns>The subject.</returns>
    /// <exception cref="ArgumentException">The subject fields are invalid (validate first).</exception>
    public DisciplineSubject ToSubject() => SubjectKind switch
    {
        DisciplineSubjectKind.Organization => DisciplineSubject.OfOrganization(OrganizationId.From(SubjectId!)),
        DisciplineSubjectKind.ProbationaryMember => DisciplineSubject.OfProbationaryMember(MemberId.From(SubjectId!), SubjectHoldsPost),
        _ => DisciplineSubject.OfFullMember(MemberId.From(SubjectId!), SubjectHoldsPost, SubjectIsCommitteeMember),
    };

    /// <summary>Builds the (validated) decision with the form policy of <paramref name="rules"/> in force on <see cref="DecidedOn"/>.</summary>
    /// <param name="rules">The rule book (the same the validator used).</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentException">The draft breaks a rule (validate it first).</exception>
    public DisciplineDecision ToDecision(RuleBook rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var circumstances = DisciplineCircumstances.Create(Content!, Nature!, Extent!, Harm!, Consequence!, Cause!, Aggravating ?? [], Mitigating ?? [], Attitude, Remediation!, Role);
        var responsible = (ResponsibleMembers ?? []).Select(m => IndividualResponsibility.Create(MemberId.From(m.MemberId!), m.Role, m.Responsibility!, m.SeparateDecisionId));
        return DisciplineDecision.Create(Id!, ViolationId!, ToSubject(), Form, OrganizationId.From(DecidedById!), DecidingBody, DecidedOn, AnnouncedOn, circumstances, responsible,
            DisciplineFormPolicy.FromRules(rules, DecidedOn));
    }
}

/// <summary>A member held responsible when an organisation is disciplined (<i>trách nhiệm cá nhân</i>).</summary>
/// <param name="MemberId">The member.</param>
/// <param name="Role">Initiator, follower or sole actor.</param>
/// <param name="Responsibility">The responsibility found.</param>
/// <param name="SeparateDecisionId">The member's own decision, if one was taken.</param>
public sealed record ResponsibleMemberDraft(string? MemberId, ParticipationRole Role, string? Responsibility, string? SeparateDecisionId = null);
