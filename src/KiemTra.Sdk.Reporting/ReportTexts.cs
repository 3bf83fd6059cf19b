using KiemTra.Sdk.Indicators;

namespace KiemTra.Sdk.Reporting;

/// <summary>
/// The names readers see (<i>tên gọi</i>) for the SDK's statuses and kinds, shared by every report writer and by hosts:
/// the one public place to turn one of these values into words, so no enum member name reaches a reader.
/// </summary>
/// <remarks>
/// Names that the core's own sentences also use (activities, organisation levels, deadline statuses, recommendation
/// sources, discipline forms) come from the same table the core uses; the others are defined here only.
/// </remarks>
public static class ReportTexts
{
    /// <summary>The status as readers see it: "Đạt" / "Met", "Thiếu dữ liệu" / "Missing data"…</summary>
    public static LocalizedText Of(IndicatorStatus status) => status switch
    {
        IndicatorStatus.Met => LocalizedText.Of("Đạt", "Met"),
        IndicatorStatus.NotMet => LocalizedText.Of("Không đạt", "Not met"),
        IndicatorStatus.MissingData => LocalizedText.Of("Thiếu dữ liệu", "Missing data"),
        IndicatorStatus.InProgress => LocalizedText.Of("Đang thực hiện", "In progress"),
        IndicatorStatus.NotApplicable => LocalizedText.Of("Không áp dụng", "Not applicable"),
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };

    /// <summary>The status as a short machine code: <c>MET</c>, <c>NOT_MET</c>, <c>MISSING</c>, <c>IN_PROGRESS</c>, <c>NOT_APPLICABLE</c>.</summary>
    public static string Code(IndicatorStatus status) => status switch
    {
        IndicatorStatus.Met => "MET",
        IndicatorStatus.NotMet => "NOT_MET",
        IndicatorStatus.MissingData => "MISSING",
        IndicatorStatus.InProgress => "IN_PROGRESS",
        IndicatorStatus.NotApplicable => "NOT_APPLICABLE",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, "Unknown status."),
    };

    /// <summary>Whether a rating may be given (<see cref="RatingOutcome.MayBeGiven"/>) as readers see it.</summary>
    /// <param name="mayBeGiven">True when allowed, false when blocked, null while undetermined.</param>
    public static LocalizedText OfRating(bool? mayBeGiven) => mayBeGiven switch
    {
        true => LocalizedText.Of("Đủ điều kiện", "Allowed"),
        false => LocalizedText.Of("Không đủ điều kiện", "Blocked"),
        null => LocalizedText.Of("Chưa xác định", "Undetermined"),
    };

    /// <summary>A kind of activity as readers see it: "giám sát chuyên đề" / "thematic supervision"…</summary>
    public static LocalizedText Of(Authority.ActivityKind activity) => Terms.Of(activity);

    /// <summary>A case's state as readers see it: "đã họp kết luận" / "concluded"…</summary>
    public static LocalizedText Of(Inspection.CaseState state) => state switch
    {
        Inspection.CaseState.Opened => LocalizedText.Of("đã mở hồ sơ", "opened"),
        Inspection.CaseState.Decided => LocalizedText.Of("đã ban hành quyết định", "decision issued"),
        Inspection.CaseState.Planned => LocalizedText.Of("đã có kế hoạch", "planned"),
        Inspection.CaseState.TeamFormed => LocalizedText.Of("đã thành lập đoàn, tổ", "team formed"),
        Inspection.CaseState.Announced => LocalizedText.Of("đã công bố quyết định", "decision announced"),
        Inspection.CaseState.SelfReported => LocalizedText.Of("đối tượng đã tự báo cáo", "self-report received"),
        Inspection.CaseState.Verified => LocalizedText.Of("đã thẩm tra, xác minh", "verified"),
        Inspection.CaseState.ReportDrafted => LocalizedText.Of("đã dự thảo báo cáo", "report drafted"),
        Inspection.CaseState.Concluded => LocalizedText.Of("đã họp kết luận", "concluded"),
        Inspection.CaseState.NoticeIssued => LocalizedText.Of("đã ban hành thông báo kết luận", "conclusion notice issued"),
        Inspection.CaseState.DisciplineRecorded => LocalizedText.Of("đã quyết định, đề nghị kỷ luật", "discipline decided or proposed"),
        Inspection.CaseState.FollowingUp => LocalizedText.Of("đang theo dõi thực hiện kết luận", "following up the conclusion"),
        Inspection.CaseState.Closed => LocalizedText.Of("kết thúc", "closed"),
        Inspection.CaseState.TakenUp => LocalizedText.Of("cấp trên thụ lý", "taken up by the higher level"),
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, "Unknown case state."),
    };

    /// <summary>A kind of calendar day as readers see it: "nghỉ lễ, tết" / "public holiday"…</summary>
    public static LocalizedText Of(Calendar.DayKind kind) => kind switch
    {
        Calendar.DayKind.WorkingDay => LocalizedText.Of("ngày làm việc", "working day"),
        Calendar.DayKind.MakeUpWorkday => LocalizedText.Of("ngày làm bù", "make-up workday"),
        Calendar.DayKind.WeeklyRestDay => LocalizedText.Of("nghỉ hằng tuần", "weekly rest day"),
        Calendar.DayKind.PublicHoliday => LocalizedText.Of("nghỉ lễ, tết", "public holiday"),
        Calendar.DayKind.CompensatoryDayOff => LocalizedText.Of("nghỉ bù", "compensatory day off"),
        Calendar.DayKind.SwappedDayOff => LocalizedText.Of("nghỉ hoán đổi", "swapped day off"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown day kind."),
    };

    /// <summary>The level of a party organisation as readers see it: "chi bộ cơ sở" / "grassroots party cell"…</summary>
    public static LocalizedText Of(Organization.OrganizationKind kind) => Terms.Of(kind);

    /// <summary>
    /// The features of a party organisation not implied by its kind, as readers see them (<i>đặc điểm tổ chức</i>):
    /// "có ban thường vụ, có ủy ban kiểm tra" / "standing committee, inspection commission"; "—" for none.
    /// </summary>
    /// <param name="organization">The organisation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="organization"/> is null.</exception>
    public static LocalizedText FeaturesOf(Organization.PartyOrganization organization)
    {
        ArgumentNullException.ThrowIfNull(organization);
        var set = organization.Features.Select(FeatureText).ToList();
        return set.Count == 0
            ? LocalizedText.Of("—", "—")
            : LocalizedText.Of(string.Join(", ", set.Select(n => n.Vietnamese)), string.Join(", ", set.Select(n => n.English)));
    }

    /// <summary>
    /// A feature named in <see cref="Organization.PartyOrganization.FeatureNames"/> as readers see it (the list and its order
    /// are the core's; only the words are the report's).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The name is not one of <see cref="Organization.PartyOrganization.FeatureNames"/>.</exception>
    internal static LocalizedText FeatureText(string feature) => feature switch
    {
        "DelegatedPowers" => LocalizedText.Of("được giao quyền cấp trên cơ sở", "delegated powers of the level above grassroots"),
        "StandingCommittee" => LocalizedText.Of("có ban thường vụ", "standing committee"),
        "InspectionCommission" => LocalizedText.Of("có ủy ban kiểm tra", "inspection commission"),
        "CellCommittee" => LocalizedText.Of("có chi ủy", "cell committee"),
        _ => throw new ArgumentOutOfRangeException(nameof(feature), feature, $"'{feature}' is not an organisation feature; the features are {string.Join(", ", Organization.PartyOrganization.FeatureNames)}."),
    };

    /// <summary>A deadline's status as readers see it: "quá hạn" / "overdue"…</summary>
    public static LocalizedText Of(Deadlines.DeadlineStatus status) => Terms.Of(status);

    /// <summary>Where a recommendation comes from, as readers see it: "kiểm tra của Đảng" / "party inspection"…</summary>
    public static LocalizedText Of(FollowUp.RecommendationSource source) => Terms.Of(source);

    /// <summary>A form of discipline as readers see it: "Khiển trách" / "Reprimand"…</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined form.</exception>
    public static LocalizedText Of(Discipline.DisciplineForm form) => Terms.Of(form);

    /// <summary>A one-line reason for a listed unit: its reason and the records that did not count.</summary>
    public static string UnitReason(ReportUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var notCounted = unit.Facts.Where(f => !f.Counted).Select(f => $"{f.RecordId}: {f.Note.Vietnamese}").ToList();
        return notCounted.Count == 0 ? unit.Reason.Vietnamese : $"{unit.Reason.Vietnamese} — {string.Join("; ", notCounted)}";
    }
}
