using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Testing;

/// <summary>
/// Builds a valid <see cref="DisciplineDecision"/> in one line for host tests (<i>dựng quyết định kỷ luật cho kiểm thử</i>):
/// every field has a sensible default (a reprimand by the inspection commission, circumstances stated in Vietnamese), so a
/// test sets only what it is about. The form is checked against the rule book in force on the decision date, as in
/// production. Not thread-safe.
/// </summary>
/// <example>
/// <code>
/// var decision = DisciplineDecisionBuilder.ForMember(MemberId.From("TN.X01.CB01.M01")).WithForm(DisciplineForm.Warning).DecidedOn(new LocalDate(2026, 10, 5)).Build();
/// var onCell = DisciplineDecisionBuilder.ForOrganization(OrganizationId.From("TN.X01.CB01"), MemberId.From("TN.X01.CB01.M01")).Build();
/// </code>
/// </example>
public sealed class DisciplineDecisionBuilder
{
    private readonly DisciplineSubject _subject;
    private readonly List<IndividualResponsibility> _responsible = [];
    private readonly List<AggravatingCircumstance> _aggravating = [];
    private readonly List<MitigatingCircumstance> _mitigating = [];
    private RecordId<DisciplineDecision> _id = RecordId<DisciplineDecision>.From("QD-KL-TEST-01");
    private string _violationId = "VP-TEST-01";
    private DisciplineForm _form = DisciplineForm.Reprimand;
    private OrganizationId _decidedBy = OrganizationId.From("TEST");
    private BodyKind _body = BodyKind.InspectionCommission;
    private LocalDate _decidedOn = new(2026, 1, 15);
    private LocalDate? _announcedOn;
    private string _content = "Vi phạm quy định về những điều đảng viên không được làm";
    private RuleBook _rules = RuleBook.BuiltIn;

    private DisciplineDecisionBuilder(DisciplineSubject subject) => _subject = subject;

    /// <summary>A decision on a full member (holding a post unless told otherwise, so every form applies).</summary>
    /// <param name="memberId">The member id.</param>
    /// <param name="holdsPost">Whether the member holds a post.</param>
    /// <param name="isCommitteeMember">Whether the member sits on a committee.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">The id is <c>default</c>.</exception>
    public static DisciplineDecisionBuilder ForMember(MemberId memberId, bool holdsPost = true, bool isCommitteeMember = false)
        => new(DisciplineSubject.OfFullMember(Ids.Required(memberId, nameof(memberId)), holdsPost, isCommitteeMember));

    /// <summary>A decision on a probationary member.</summary>
    /// <param name="memberId">The member id.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">The id is <c>default</c>.</exception>
    public static DisciplineDecisionBuilder ForProbationaryMember(MemberId memberId)
        => new(DisciplineSubject.OfProbationaryMember(Ids.Required(memberId, nameof(memberId))));

    /// <summary>A decision on an organisation, with the members held responsible (at least one).</summary>
    /// <param name="organizationId">The organisation id.</param>
    /// <param name="responsibleMembers">Ids of the members held responsible.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">An id is <c>default</c>.</exception>
    public static DisciplineDecisionBuilder ForOrganization(OrganizationId organizationId, params MemberId[] responsibleMembers)
    {
        ArgumentNullException.ThrowIfNull(responsibleMembers);
        var builder = new DisciplineDecisionBuilder(DisciplineSubject.OfOrganization(Ids.Required(organizationId, nameof(organizationId))));
        builder._responsible.AddRange(responsibleMembers.Select(m => IndividualResponsibility.Create(Ids.Required(m, nameof(responsibleMembers)), ParticipationRole.Follower, "Chịu trách nhiệm liên đới với tư cách cấp ủy viên")));
        return builder;
    }

    /// <summary>Sets the decision's id (its number and symbol, default <c>QD-KL-TEST-01</c>) and the violation's id (default <c>VP-TEST-01</c>).</summary>
    /// <param name="id">The decision's id.</param>
    /// <param name="violationId">The violation's id as the SDK takes it (<see cref="DisciplineDecision.ViolationId"/>, text), or null to keep the default.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">The decision id is <c>default</c>.</exception>
    public DisciplineDecisionBuilder WithId(RecordId<DisciplineDecision> id, string? violationId = null)
    {
        _id = Ids.Required(id, nameof(id), "decision id");
        _violationId = violationId ?? _violationId;
        return this;
    }

    /// <summary>Sets the form.</summary>
    /// <returns>The builder.</returns>
    public DisciplineDecisionBuilder WithForm(DisciplineForm form)
    {
        _form = form;
        return this;
    }

    /// <summary>Sets who decides (default <c>TEST</c>'s inspection commission).</summary>
    /// <param name="organizationId">The deciding organisation.</param>
    /// <param name="body">Its deciding body.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">The id is <c>default</c>.</exception>
    public DisciplineDecisionBuilder DecidedBy(OrganizationId organizationId, BodyKind body = BodyKind.InspectionCommission)
    {
        _decidedBy = Ids.Required(organizationId, nameof(organizationId));
        _body = body;
        return this;
    }

    /// <summary>Sets the decision date and (by default the same day) the announcement date.</summary>
    /// <returns>The builder.</returns>
    public DisciplineDecisionBuilder DecidedOn(LocalDate decidedOn, LocalDate? announcedOn = null)
    {
        _decidedOn = decidedOn;
        _announcedOn = announcedOn;
        return this;
    }

    /// <summary>Sets the content of the violation (the other circumstances keep their defaults).</summary>
    /// <returns>The builder.</returns>
    public DisciplineDecisionBuilder WithContent(string content)
    {
        _content = content;
        return this;
    }

    /// <summary>Adds aggravating circumstances.</summary>
    /// <returns>The builder.</returns>
    public DisciplineDecisionBuilder Aggravated(params AggravatingCircumstance[] circumstances)
    {
        _aggravating.AddRange(circumstances);
        return this;
    }

    /// <summary>Adds mitigating circumstances.</summary>
    /// <returns>The builder.</returns>
    public DisciplineDecisionBuilder Mitigated(params MitigatingCircumstance[] circumstances)
    {
        _mitigating.AddRange(circumstances);
        return this;
    }

    /// <summary>Uses another rule book for the form check (default <see cref="RuleBook.BuiltIn"/>).</summary>
    /// <returns>The builder.</returns>
    public DisciplineDecisionBuilder WithRules(RuleBook rules)
    {
        _rules = rules ?? throw new ArgumentNullException(nameof(rules));
        return this;
    }

    /// <summary>Builds the decision through <see cref="DisciplineDecision.Create"/>.</summary>
    /// <returns>The decision.</returns>
    /// <exception cref="ArgumentException">The combination is invalid (e.g. a form that does not apply to the subject).</exception>
    public DisciplineDecision Build()
    {
        var circumstances = new DisciplineCircumstances
        {
            Content = _content,
            Nature = "Ít nghiêm trọng",
            Extent = "Một lần",
            Harm = "Ảnh hưởng đến uy tín của tổ chức đảng",
            Consequence = "Không lớn",
            Cause = "Thiếu tu dưỡng, rèn luyện",
            Aggravating = _aggravating,
            Mitigating = _mitigating,
            Attitude = Attitude.Sincere,
            Remediation = "Đã nhận khuyết điểm và khắc phục",
            Role = _subject.IsMember ? ParticipationRole.Sole : ParticipationRole.Initiator,
        };
        return DisciplineDecision.Create(_id, _violationId, _subject, _form, _decidedBy, _body, _decidedOn, _announcedOn ?? _decidedOn, circumstances, _responsible,
            DisciplineRules.FromRules(_rules, _decidedOn));
    }
}
