using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Discipline;

/// <summary>
/// A disciplinary decision (<i>quyết định kỷ luật</i>): one violation, one subject, one form, with what was
/// weighed and, for an organisation, the members held responsible.
/// </summary>
public sealed record DisciplineDecision
{
    private DisciplineDecision(RecordId<DisciplineDecision> id, string violationId, DisciplineSubject subject, DisciplineForm form, OrganizationId decidedBy, BodyKind decidingBody,
        LocalDate decidedOn, LocalDate announcedOn, DisciplineCircumstances circumstances, IReadOnlyList<IndividualResponsibility> responsibleMembers, RuleCitation formRule)
    {
        Id = id;
        ViolationId = violationId;
        Subject = subject;
        Form = form;
        DecidedBy = decidedBy;
        DecidingBody = decidingBody;
        DecidedOn = decidedOn;
        AnnouncedOn = announcedOn;
        Circumstances = circumstances;
        ResponsibleMembers = responsibleMembers;
        FormRule = formRule;
    }

    /// <summary>Identifier of the decision.</summary>
    public RecordId<DisciplineDecision> Id { get; }

    /// <summary>Identifier of the violation decided on (one violation, one decision).</summary>
    public string ViolationId { get; }

    /// <summary>Who is disciplined.</summary>
    public DisciplineSubject Subject { get; }

    /// <summary>The one form decided.</summary>
    public DisciplineForm Form { get; }

    /// <summary>The organisation whose body decided.</summary>
    public OrganizationId DecidedBy { get; }

    /// <summary>The body that decided (committee, standing committee, inspection commission, cell).</summary>
    public BodyKind DecidingBody { get; }

    /// <summary>When the decision was taken.</summary>
    public LocalDate DecidedOn { get; }

    /// <summary>When it was announced (<i>ngày công bố</i>); effect and the 12-month lapse run from here.</summary>
    public LocalDate AnnouncedOn { get; }

    /// <summary>What was weighed.</summary>
    public DisciplineCircumstances Circumstances { get; }

    /// <summary>For an organisation: the members held responsible; for a member: empty.</summary>
    public IReadOnlyList<IndividualResponsibility> ResponsibleMembers { get; }

    /// <summary>The rule that made the form applicable.</summary>
    public RuleCitation FormRule { get; }

    /// <summary>Records a decision after checking the form applies to the subject.</summary>
    /// <param name="id">Identifier of the decision.</param>
    /// <param name="violationId">Identifier of the violation.</param>
    /// <param name="subject">Who is disciplined.</param>
    /// <param name="form">The form.</param>
    /// <param name="decidedBy">The organisation whose body decided.</param>
    /// <param name="decidingBody">The body.</param>
    /// <param name="decidedOn">Decision date.</param>
    /// <param name="announcedOn">Announcement date, not before the decision.</param>
    /// <param name="circumstances">What was weighed.</param>
    /// <param name="responsibleMembers">For an organisation at least one member; for a member none.</param>
    /// <param name="rules">The discipline rules whose forms are in force (<see cref="DisciplineRules.CheckForm"/> says beforehand whether the form applies).</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">The form does not apply to the subject (the message gives the reason and the rule), an id is invalid, the announcement precedes the decision, or the responsible members do not fit the subject.</exception>
    /// <exception cref="RuleNotFoundException">The form rules are missing on the rules' date.</exception>
    public static DisciplineDecision Create(RecordId<DisciplineDecision> id, string violationId, DisciplineSubject subject, DisciplineForm form, OrganizationId decidedBy, BodyKind decidingBody,
        LocalDate decidedOn, LocalDate announcedOn, DisciplineCircumstances circumstances, IEnumerable<IndividualResponsibility> responsibleMembers, DisciplineRules rules)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(circumstances);
        ArgumentNullException.ThrowIfNull(responsibleMembers);
        ArgumentNullException.ThrowIfNull(rules);
        var formPolicy = rules.FormPolicy;
        id = id.Required(nameof(id));
        violationId = InputRules.Validate(violationId, nameof(violationId), "violation id");
        if (decidedBy.Value.Length == 0)
        {
            throw new ArgumentException("The deciding organisation must not be default.", nameof(decidedBy));
        }

        if (!Enum.IsDefined(decidingBody))
        {
            throw new ArgumentException($"Body kind {(int)decidingBody} is not defined.", nameof(decidingBody));
        }

        formPolicy.Require(subject, form, nameof(form));
        if (announcedOn < decidedOn)
        {
            throw new ArgumentException($"Decision {id} is announced on {LimitationPolicy.FormatEn(announcedOn)}, before it was taken on {LimitationPolicy.FormatEn(decidedOn)}.", nameof(announcedOn));
        }

        var members = responsibleMembers.ToArray();
        if (subject.IsMember && members.Length > 0)
        {
            throw new ArgumentException($"Decision {id} disciplines member {subject.Id}; responsible members are recorded only for an organisation.", nameof(responsibleMembers));
        }

        if (!subject.IsMember && members.Length == 0)
        {
            throw new ArgumentException($"Decision {id} disciplines organisation {subject.Id}; the members held responsible must be recorded.", nameof(responsibleMembers));
        }

        var repeated = members.GroupBy(m => m.Member).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ArgumentException($"Member {repeated.Key} is listed more than once in decision {id}.", nameof(responsibleMembers));
        }

        return new DisciplineDecision(id, violationId, subject, form, decidedBy, decidingBody, decidedOn, announcedOn, circumstances, members, formPolicy.Rule);
    }

    /// <summary>
    /// Rebuilds a decision a host persisted: checked exactly as <see cref="Create"/> checks a new one (the form against
    /// <paramref name="rules"/>), but keeping the form rule it cited when it was made, which may differ from the
    /// policy's current citation (e.g. once a cited rule is verified).
    /// </summary>
    /// <param name="id">Identifier of the decision.</param>
    /// <param name="violationId">The violation it disciplines.</param>
    /// <param name="subject">Who is disciplined.</param>
    /// <param name="form">The form.</param>
    /// <param name="decidedBy">The deciding organisation.</param>
    /// <param name="decidingBody">Its deciding body.</param>
    /// <param name="decidedOn">Date of the decision.</param>
    /// <param name="announcedOn">Date it was announced.</param>
    /// <param name="circumstances">The circumstances weighed.</param>
    /// <param name="responsibleMembers">For an organisation, the members held responsible.</param>
    /// <param name="formRule">The form rule the decision cited.</param>
    /// <param name="rules">The discipline rules the form is checked against.</param>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">A field is invalid (as in <see cref="Create"/>).</exception>
    public static DisciplineDecision Restore(RecordId<DisciplineDecision> id, string violationId, DisciplineSubject subject, DisciplineForm form, OrganizationId decidedBy, BodyKind decidingBody,
        LocalDate decidedOn, LocalDate announcedOn, DisciplineCircumstances circumstances, IEnumerable<IndividualResponsibility> responsibleMembers, RuleCitation formRule, DisciplineRules rules)
    {
        ArgumentNullException.ThrowIfNull(formRule);
        var decision = Create(id, violationId, subject, form, decidedBy, decidingBody, decidedOn, announcedOn, circumstances, responsibleMembers, rules);
        return new DisciplineDecision(decision.Id, decision.ViolationId, decision.Subject, decision.Form, decision.DecidedBy, decision.DecidingBody, decision.DecidedOn,
            decision.AnnouncedOn, decision.Circumstances, decision.ResponsibleMembers, formRule);
    }
}
