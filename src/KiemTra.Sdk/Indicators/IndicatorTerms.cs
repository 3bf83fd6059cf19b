using KiemTra.Sdk.Authority;

namespace KiemTra.Sdk.Indicators;

/// <summary>Vietnamese and English names of the kinds that appear in explanations, so notes never show code names.</summary>
internal static class IndicatorTerms
{
    // Explanations name a kind per record listed: the texts are made once per kind, not once per fact.
    private static readonly LocalizedText[] RecordKinds = Table<RecordKind>(Create);
    private static readonly LocalizedText[] DocumentKinds = Table<GovernanceDocumentKind>(Create);
    private static readonly LocalizedText[] MeetingKinds = Table<MeetingKind>(Create);
    private static readonly LocalizedText[] ActivityKinds = Table<ActivityKind>(Create);

    public static LocalizedText Of(RecordKind kind) => (uint)kind < (uint)RecordKinds.Length && RecordKinds[(int)kind] is { } text ? text : Create(kind);

    public static LocalizedText Of(GovernanceDocumentKind kind) => (uint)kind < (uint)DocumentKinds.Length && DocumentKinds[(int)kind] is { } text ? text : Create(kind);

    public static LocalizedText Of(MeetingKind kind) => (uint)kind < (uint)MeetingKinds.Length && MeetingKinds[(int)kind] is { } text ? text : Create(kind);

    public static LocalizedText Of(ActivityKind kind) => (uint)kind < (uint)ActivityKinds.Length && ActivityKinds[(int)kind] is { } text ? text : Create(kind);

    private static LocalizedText[] Table<T>(Func<T, LocalizedText> create)
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        var table = new LocalizedText[values.Max(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)) + 1];
        foreach (var v in values)
        {
            table[Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)] = create(v);
        }

        return table;
    }

    private static LocalizedText Create(RecordKind kind) => kind switch
    {
        RecordKind.PlanItems => LocalizedText.Of("kế hoạch kiểm tra, giám sát", "inspection and supervision plan"),
        RecordKind.GovernanceDocuments => LocalizedText.Of("văn bản chương trình, phân công, quy chế", "programmes, assignments and regulations"),
        RecordKind.Directives => LocalizedText.Of("quán triệt văn bản", "dissemination of party texts"),
        RecordKind.InspectionStaff => LocalizedText.Of("cán bộ kiểm tra", "inspection staff"),
        RecordKind.ConclusionFollowUps => LocalizedText.Of("thực hiện kết luận, kiến nghị", "follow-up of conclusions"),
        RecordKind.LocalityAssignments => LocalizedText.Of("phân công theo dõi địa bàn", "locality assignments"),
        RecordKind.DigitalTransformation => LocalizedText.Of("chuyển đổi số", "digital transformation"),
        RecordKind.Meetings => LocalizedText.Of("hội nghị", "meetings"),
        _ => LocalizedText.Of("giao nhiệm vụ", "task assignment"),
    };

    private static LocalizedText Create(GovernanceDocumentKind kind) => kind switch
    {
        GovernanceDocumentKind.InspectionSupervisionProgram => LocalizedText.Of("chương trình, kế hoạch kiểm tra, giám sát", "inspection and supervision programme"),
        GovernanceDocumentKind.LocalityAssignment => LocalizedText.Of("quyết định/thông báo phân công theo dõi địa bàn", "locality-assignment decision"),
        _ => LocalizedText.Of("quy chế công tác địa bàn", "locality-work regulation"),
    };

    private static LocalizedText Create(MeetingKind kind) => kind switch
    {
        MeetingKind.Dissemination => LocalizedText.Of("hội nghị quán triệt", "dissemination meeting"),
        MeetingKind.Professional => LocalizedText.Of("hội nghị chuyên môn", "professional meeting"),
        _ => LocalizedText.Of("hội nghị quan trọng", "important meeting"),
    };

    private static LocalizedText Create(ActivityKind kind) => Terms.Of(kind);
}
