using System.Collections.Immutable;
using System.Text.Json;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Register;
using NodaTime;
using NodaTime.Text;

namespace KiemTra.Sdk.Tests.Indicators;

/// <summary>
/// Reads the hand-built test fixture <c>TestData/sample-province.json</c> ("Tỉnh Mẫu") straight into the columns the
/// indicator measures read, through the core's internal <c>IndicatorDataSet.Create(tree, asOf, ActivityRecords)</c>, like
/// the other measure tests that hand-make rows; the core checks every row and reference as it does for a register's
/// projection. The file is in the SDK's earlier indicator data-set format, which the SDK no longer reads (hosts record the
/// work in a <see cref="WorkRegister"/>): its facts cannot be written as register facts without inventing some (plan items
/// without a programme's type, start or content areas; assignments without an assignee; returns without a submission
/// day), and its hand counts are what the indicator tests check. A test fixture: plain System.Text.Json, no format checks.
/// </summary>
internal static class SampleProvinceFile
{
    /// <summary>Reads the fixture and indexes it.</summary>
    public static IndicatorDataSet Read(Stream utf8Json)
    {
        using var document = JsonDocument.Parse(utf8Json);
        var root = document.RootElement;
        var organizations = Each(root, "organizations", o => new EvaluationOrganization(
            Org(o, "id"),
            OptionalOrg(o, "parent"),
            Enum<OrganizationKind>(o, "kind"),
            Str(o, "name"),
            [.. Each(o, "bodies", b => new EvaluationBody(Str(b, "id"), Enum<BodyKind>(b, "kind"), Str(b, "name"), OptionalEnum<AdvisoryAgencyKind>(b, "agency")))]));
        var records = new ActivityRecords
        {
            PlanItems = Each(root, "planItems", f => new PlanItemRecord(Str(f, "id"), Org(f, "organization"), OptionalStr(f, "body"), Enum<ActivityKind>(f, "activity"), OptionalOrg(f, "target"), Date(f, "dueOn"), OptionalDate(f, "completedOn"))),
            GovernanceDocuments = Each(root, "governanceDocuments", f => new IssuedDocument(RecordId<IssuedDocument>.From(Str(f, "id")), Org(f, "organization"), (OptionalStr(f, "body") is { } body ? BodyId.From(body) : null), Enum<GovernanceDocumentKind>(f, "kind"), Date(f, "issuedOn"))),
            Directives = Each(root, "directives", f => new DirectiveDissemination(RecordId<DirectiveDissemination>.From(Str(f, "id")), Org(f, "organization"), Date(f, "receivedOn"), OptionalDate(f, "disseminatedOn"))),
            InspectionStaff = Each(root, "inspectionStaff", f => new InspectionStaffYear(RecordId<InspectionStaffYear>.From(Str(f, "id")), Org(f, "organization"), f.GetProperty("year").GetInt32(), f.GetProperty("trained").GetBoolean(), OptionalBool(f, "meetsStandards"))),
            ConclusionFollowUps = Each(root, "conclusionFollowUps", f => new ConclusionFollowUpRecord(Str(f, "id"), Org(f, "organization"), Date(f, "dueOn"), OptionalDate(f, "completedOn"))),
            LocalityAssignments = Each(root, "localityAssignments", f => new LocalityAssignmentRecord(Str(f, "id"), Org(f, "organization"), OptionalStr(f, "body"), Org(f, "locality"), Date(f, "from"), OptionalDate(f, "to"))),
            MeetingAttendance = Each(root, "meetingAttendance", f => new MeetingAttendanceRecord(Str(f, "assignment"), Date(f, "date"))),
            DigitalTransformation = Each(root, "digitalTransformation", f => new DigitalProcessingFigures
            {
                Organization = Org(f, "organization"),
                Year = f.GetProperty("year").GetInt32(),
                ProceduresTotal = f.GetProperty("proceduresTotal").GetInt32(),
                ProceduresDigital = f.GetProperty("proceduresDigital").GetInt32(),
                DocumentsTotal = f.GetProperty("documentsTotal").GetInt32(),
                DocumentsDigitized = f.GetProperty("documentsDigitised").GetInt32(),
                DataBasedSupervision = OptionalBool(f, "dataBasedSupervision"),
            }),
            Meetings = Each(root, "meetings", f => new Meeting(RecordId<Meeting>.From(Str(f, "id")), Org(f, "organization"), (OptionalStr(f, "body") is { } body ? BodyId.From(body) : null), Enum<MeetingKind>(f, "kind"), Date(f, "date"), f.GetProperty("lengthInDays").GetDecimal())),
            Tasks = Each(root, "tasks", f => new AssignedTask { Id = RecordId<AssignedTask>.From(Str(f, "id")), Organization = Org(f, "organization"), AssignedOn = Date(f, "assignedOn"), Content = OptionalStr(f, "content"), LeadAgency = OptionalStr(f, "leadAgency"), CoordinatingAgencies = [.. Each(f, "coordinatingAgencies", a => a.GetString()!)], CompletionDate = OptionalDate(f, "completionDate"), Product = OptionalStr(f, "product"), Resources = OptionalStr(f, "resources"), ResponsiblePerson = OptionalStr(f, "responsiblePerson"), HandlingAuthority = OptionalStr(f, "handlingAuthority"), ResponsibleCollective = OptionalStr(f, "responsibleCollective") }),
            Reported = [.. Each(root, "reported", r => r).SelectMany(r => Each(r, "kinds", k => System.Enum.Parse<RecordKind>(k.GetString()!))
                .SelectMany(kind => Each(r, "years", y => new ReportedDataRecord(Org(r, "organization"), kind, y.GetInt32()))))],
        };
        return IndicatorDataSet.Create(EvaluationTree.Create(organizations), Date(root, "asOf"), records);
    }

    private static ImmutableArray<T> Each<T>(JsonElement parent, string name, Func<JsonElement, T> read)
        => parent.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array ? [.. array.EnumerateArray().Select(read)] : [];

    private static string Str(JsonElement e, string name) => e.GetProperty(name).GetString()!;

    private static string? OptionalStr(JsonElement e, string name)
        => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static OrganizationId Org(JsonElement e, string name) => OrganizationId.From(Str(e, name));

    private static OrganizationId? OptionalOrg(JsonElement e, string name) => OptionalStr(e, name) is { } s ? OrganizationId.From(s) : null;

    private static T Enum<T>(JsonElement e, string name) where T : struct, Enum => System.Enum.Parse<T>(Str(e, name));

    private static T? OptionalEnum<T>(JsonElement e, string name) where T : struct, Enum => OptionalStr(e, name) is { } s ? System.Enum.Parse<T>(s) : null;

    private static LocalDate Date(JsonElement e, string name) => LocalDatePattern.Iso.Parse(Str(e, name)).Value;

    private static LocalDate? OptionalDate(JsonElement e, string name) => OptionalStr(e, name) is { } s ? LocalDatePattern.Iso.Parse(s).Value : null;

    private static bool? OptionalBool(JsonElement e, string name)
        => e.TryGetProperty(name, out var v) && v.ValueKind is JsonValueKind.True or JsonValueKind.False ? v.GetBoolean() : null;
}
