using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.Testing;

/// <summary>
/// Builds a supervision or inspection case already advanced to the state a test needs (<i>dựng cuộc kiểm tra, giám
/// sát ở trạng thái cần kiểm thử</i>), taking every step of the procedure in order through the SDK's state machine, one
/// week apart from the opening date. Not thread-safe.
/// </summary>
/// <remarks>
/// The builder is a test double for code that consumes cases: it has no dataset, so it does not decide the conducting
/// body's authority over the subjects (the case is restored as opened with <see cref="OversightCase.Restore"/>). Code
/// that opens cases must use <see cref="OversightCase.Open"/> with the <see cref="Authority.AuthorityRules"/>.
/// </remarks>
/// <example>
/// <code>
/// var concluded = OversightCaseBuilder.Inspection(RecordId&lt;OversightCase&gt;.From("KT-01")).Of(OrganizationId.From("TN.X01")).OpenedOn(new LocalDate(2026, 3, 2)).ViolationFound().Build(CaseState.Concluded);
/// </code>
/// </example>
public sealed class OversightCaseBuilder
{
    private static readonly CaseStep[] InspectionPath =
    [
        CaseStep.IssueDecision, CaseStep.ApprovePlan, CaseStep.FormTeam, CaseStep.Announce, CaseStep.ReceiveSelfReport, CaseStep.Verify, CaseStep.DraftReport,
        CaseStep.HoldConclusionMeeting, CaseStep.IssueNotice, CaseStep.AssignFollowUp, CaseStep.Close,
    ];

    private readonly RecordId<OversightCase> _id;
    private readonly ActivityKind _activity;
    private readonly string _typeCode;
    private readonly List<OversightSubject> _subjects = [];
    private OrganizationId _conductedBy = OrganizationId.From("TEST");
    private BodyKind _body;
    private LocalDate _openedOn = new(2026, 3, 2);
    private bool _violationFound;
    private OversightCatalogs _catalogs = OversightCatalogs.BuiltIn;

    private OversightCaseBuilder(RecordId<OversightCase> id, ActivityKind activity, string typeCode, BodyKind body)
    {
        _id = id;
        _activity = activity;
        _typeCode = typeCode;
        _body = body;
    }

    /// <summary>An inspection on signs of violation by the inspection commission.</summary>
    /// <param name="id">The case's id.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">The id is <c>default</c>.</exception>
    public static OversightCaseBuilder Inspection(RecordId<OversightCase> id) => new(Ids.Required(id, nameof(id), "case id"), ActivityKind.InspectionOnSignsOfViolation, "signs-of-violation", BodyKind.InspectionCommission);

    /// <summary>A thematic supervision by the standing committee.</summary>
    /// <param name="id">The case's id.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">The id is <c>default</c>.</exception>
    public static OversightCaseBuilder Supervision(RecordId<OversightCase> id) => new(Ids.Required(id, nameof(id), "case id"), ActivityKind.ThematicSupervision, "thematic", BodyKind.StandingCommittee);

    /// <summary>Adds an organisation as subject (without one, the conducting organisation's <c>.X01</c>, e.g. <c>TEST.X01</c>, is the subject).</summary>
    /// <param name="organizationId">The organisation.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">The id is <c>default</c>.</exception>
    public OversightCaseBuilder Of(OrganizationId organizationId)
    {
        _subjects.Add(OversightSubject.Of(Ids.Required(organizationId, nameof(organizationId))));
        return this;
    }

    /// <summary>Adds a member as subject.</summary>
    /// <param name="memberId">The member.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">The id is <c>default</c>.</exception>
    public OversightCaseBuilder OfMember(MemberId memberId)
    {
        _subjects.Add(OversightSubject.Of(Ids.Required(memberId, nameof(memberId))));
        return this;
    }

    /// <summary>Sets the conducting organisation (default <c>TEST</c>) and body.</summary>
    /// <param name="organizationId">The conducting organisation.</param>
    /// <param name="body">Its body, or null to keep the activity's default.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentException">The id is <c>default</c>.</exception>
    public OversightCaseBuilder ConductedBy(OrganizationId organizationId, BodyKind? body = null)
    {
        _conductedBy = Ids.Required(organizationId, nameof(organizationId));
        _body = body ?? _body;
        return this;
    }

    /// <summary>Sets the opening date; every later step is a week after the one before.</summary>
    /// <returns>The builder.</returns>
    public OversightCaseBuilder OpenedOn(LocalDate date)
    {
        _openedOn = date;
        return this;
    }

    /// <summary>Makes the concluding meeting find a violation.</summary>
    /// <returns>The builder.</returns>
    public OversightCaseBuilder ViolationFound()
    {
        _violationFound = true;
        return this;
    }

    /// <summary>Uses other catalogues (default <see cref="OversightCatalogs.BuiltIn"/>).</summary>
    /// <returns>The builder.</returns>
    public OversightCaseBuilder WithCatalogs(OversightCatalogs catalogs)
    {
        _catalogs = catalogs ?? throw new ArgumentNullException(nameof(catalogs));
        return this;
    }

    /// <summary>The date of the <paramref name="step"/>-th step after opening (1-based).</summary>
    /// <returns>The date.</returns>
    public LocalDate DateOfStep(int step) => _openedOn.PlusWeeks(step);

    /// <summary>Opens the case and takes the procedure's steps until it reaches <paramref name="state"/>.</summary>
    /// <param name="state">The state wanted (<see cref="CaseState.Opened"/> by default).</param>
    /// <returns>The case.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The state is not on the standard path (taken up, discipline recorded, or verified for a supervision).</exception>
    public OversightCase Build(CaseState state = CaseState.Opened)
    {
        var subjects = _subjects.Count > 0 ? _subjects : [OversightSubject.Of(OrganizationId.From($"{_conductedBy}.X01"))];
        var opened = new CaseEvent(CaseStep.Open, _openedOn, CaseState.Opened, $"Mở hồ sơ dựng cho kiểm thử / case opened for a test: {_conductedBy} ({_body}), {string.Join(", ", subjects.Select(x => x.Id))}");
        var current = OversightCase.Restore(_id, _activity, _typeCode, _conductedBy, _body, subjects, null, null, null, null, [], [], [opened], _catalogs);
        var path = OversightCase.IsSupervision(_activity) ? InspectionPath.Where(s => s != CaseStep.Verify).ToArray() : InspectionPath;
        var n = 0;
        while (current.State != state)
        {
            if (n == path.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(state), state, $"State {state} is not on the standard path of a {_activity}.");
            }

            current = Take(current, path[n], DateOfStep(n + 1));
            n++;
        }

        return current;
    }

    private OversightCase Take(OversightCase c, CaseStep step, LocalDate on) => step switch
    {
        CaseStep.IssueDecision => c.IssueDecision($"{c.Id}-QĐ", on),
        CaseStep.ApprovePlan => c.ApprovePlan(
            CasePlan.Create("Kiểm tra việc chấp hành quy định", [_catalogs.ContentAreas.Items[0].Code], new DateInterval(on.PlusYears(-2), on.PlusDays(-1)), new DateInterval(on.PlusDays(7), on.PlusDays(60)), "Nghiên cứu hồ sơ, làm việc trực tiếp", _catalogs),
            on),
        CaseStep.FormTeam => c.FormTeam(CaseTeam.Create(MemberId.From($"{_conductedBy}.UBKT.M01"), [MemberId.From($"{_conductedBy}.UBKT.M02")]), on),
        CaseStep.Announce => c.Announce(on),
        CaseStep.ReceiveSelfReport => c.ReceiveSelfReport(on),
        CaseStep.Verify => c.Verify("Đã thẩm tra, xác minh các nội dung theo kế hoạch", on),
        CaseStep.DraftReport => c.DraftReport(on),
        CaseStep.HoldConclusionMeeting => c.HoldConclusionMeeting(
            new CaseConclusion(_violationFound ? "Có vi phạm, đến mức phải xem xét xử lý kỷ luật" : "Chấp hành tốt các quy định", _violationFound, SignsOfViolation: false), on),
        CaseStep.IssueNotice => c.IssueNotice($"{c.Id}-TB", on),
        CaseStep.AssignFollowUp => c.AssignFollowUp("Theo dõi việc khắc phục theo thông báo kết luận", on),
        _ => c.Close(on),
    };
}
