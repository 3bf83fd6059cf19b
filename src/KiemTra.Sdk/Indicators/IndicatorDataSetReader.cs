using System.Collections.Immutable;
using System.Text.Json;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Organization;

namespace KiemTra.Sdk.Indicators;

/// <summary>
/// Reads an indicator data set from JSON (<i>đọc bộ dữ liệu đánh giá</i>), checking every field (unknown fields are
/// rejected, naming their path), then every reference through <see cref="IndicatorDataSet.Create"/>.
/// </summary>
/// <remarks>
/// <code>
/// { "asOf": "2027-01-15",
///   "organizations": [ { "id": "TM", "parent": null, "kind": "Province", "name": "Đảng bộ tỉnh …",
///                        "bodies": [ { "id": "TM.UBKT", "kind": "InspectionCommission", "name": "…" } ] } ],
///   "planItems": [ { "id", "organization", "body"?, "activity", "target"?, "dueOn", "completedOn"? } ],
///   "governanceDocuments": [ { "id", "organization", "body"?, "kind", "issuedOn" } ],
///   "directives": [ { "id", "organization", "receivedOn", "disseminatedOn"? } ],
///   "inspectionStaff": [ { "id", "organization", "year", "trained", "meetsStandards"? } ],
///   "conclusionFollowUps": [ { "id", "organization", "dueOn", "completedOn"? } ],
///   "localityAssignments": [ { "id", "organization", "body"?, "locality", "from", "to"? } ],
///   "meetingAttendance": [ { "assignment", "date" } ],
///   "digitalTransformation": [ { "organization", "year", "proceduresTotal", "proceduresDigital", "documentsTotal", "documentsDigitised", "dataBasedSupervision"? } ],
///   "meetings": [ { "id", "organization", "body"?, "kind", "date", "lengthInDays" } ],
///   "tasks": [ { "id", "organization", "assignedOn", "content"?, "leadAgency"?, "coordinatingAgencies": [], "completionDate"?, "product"?, "resources"?, "responsiblePerson"? } ],
///   "reported": [ { "organization", "kinds": [ "PlanItems", … ], "years": [ 2025 ] } ] }
/// </code>
/// Every list is optional. Enum values are written by name (<c>GrassrootsCommittee</c>, <c>RegularSupervision</c>).
/// </remarks>
public static class IndicatorDataSetReader
{
    /// <summary>Reads a data set.</summary>
    /// <param name="utf8Json">The JSON.</param>
    /// <param name="sourceName">A name for messages, e.g. the file name.</param>
    /// <exception cref="IndicatorDataFormatException">The JSON is malformed, or a field is unknown, missing or bad, or a record names something not in the data set; the message names the path and value.</exception>
    public static IndicatorDataSet Read(Stream utf8Json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        using (var document = JsonFields.Parse(utf8Json, sourceName))
        {
            var root = new JsonFields(document.RootElement, "$", sourceName);
            var asOf = root.Date("asOf");
            var organizations = root.Array("organizations").Select(x => ReadOrganization(new JsonFields(x.Item, x.Path, sourceName))).ToList();
            var records = new ActivityRecords
            {
                PlanItems = Each(root, "planItems", f => new PlanItemRecord(f.String("id"), Org(f, "organization"), f.OptionalString("body"), f.Enum<ActivityKind>("activity"), OptionalOrg(f, "target"), f.Date("dueOn"), f.OptionalDate("completedOn"))),
                GovernanceDocuments = Each(root, "governanceDocuments", f => new GovernanceDocumentRecord(f.String("id"), Org(f, "organization"), f.OptionalString("body"), f.Enum<GovernanceDocumentKind>("kind"), f.Date("issuedOn"))),
                Directives = Each(root, "directives", f => new DirectiveRecord(f.String("id"), Org(f, "organization"), f.Date("receivedOn"), f.OptionalDate("disseminatedOn"))),
                InspectionStaff = Each(root, "inspectionStaff", f => new InspectionStaffRecord(f.String("id"), Org(f, "organization"), f.Year("year"), f.Boolean("trained"), f.OptionalBoolean("meetsStandards"))),
                ConclusionFollowUps = Each(root, "conclusionFollowUps", f => new ConclusionFollowUpRecord(f.String("id"), Org(f, "organization"), f.Date("dueOn"), f.OptionalDate("completedOn"))),
                LocalityAssignments = Each(root, "localityAssignments", f => new LocalityAssignmentRecord(f.String("id"), Org(f, "organization"), f.OptionalString("body"), Org(f, "locality"), f.Date("from"), f.OptionalDate("to"))),
                MeetingAttendance = Each(root, "meetingAttendance", f => new MeetingAttendanceRecord(f.String("assignment"), f.Date("date"))),
                DigitalTransformation = Each(root, "digitalTransformation", f => new DigitalTransformationRecord(Org(f, "organization"), f.Year("year"), f.NonNegativeInt("proceduresTotal"), f.NonNegativeInt("proceduresDigital"), f.NonNegativeInt("documentsTotal"), f.NonNegativeInt("documentsDigitised"), f.OptionalBoolean("dataBasedSupervision"))),
                Meetings = Each(root, "meetings", f => new MeetingRecord(f.String("id"), Org(f, "organization"), f.OptionalString("body"), f.Enum<MeetingKind>("kind"), f.Date("date"), f.Decimal("lengthInDays"))),
                Tasks = Each(root, "tasks", f => new TaskRecord(f.String("id"), Org(f, "organization"), f.Date("assignedOn"), f.OptionalString("content"), f.OptionalString("leadAgency"), f.Array("coordinatingAgencies", required: false).Select(a => a.Item.ValueKind == JsonValueKind.String ? Json.JsonInput.Nfc(a.Item.GetString()!) : throw new IndicatorDataFormatException(sourceName, a.Path, a.Item.GetRawText(), "expected a string")).ToImmutableArray(), f.OptionalDate("completionDate"), f.OptionalString("product"), f.OptionalString("resources"), f.OptionalString("responsiblePerson"))),
                Reported = root.Array("reported", required: false).SelectMany(x => ReadReported(new JsonFields(x.Item, x.Path, sourceName))).ToImmutableArray(),
            };
            root.RejectUnknown();
            try
            {
                return IndicatorDataSet.Create(EvaluationTree.Create(organizations), asOf, records);
            }
            catch (ArgumentException ex)
            {
                throw new IndicatorDataFormatException(sourceName, "$", null, ex.Message.Split(" (Parameter", 2)[0]);
            }
        }
    }

    private static EvaluationOrganization ReadOrganization(JsonFields f)
    {
        var id = Org(f, "id");
        var parent = OptionalOrg(f, "parent");
        var kind = f.Enum<OrganizationKind>("kind");
        var name = f.String("name");
        var bodies = f.Array("bodies", required: false).Select(b =>
        {
            var bf = new JsonFields(b.Item, b.Path, f.Source);
            var body = new EvaluationBody(bf.String("id"), bf.Enum<BodyKind>("kind"), bf.String("name"));
            bf.RejectUnknown();
            return body;
        }).ToList();
        f.RejectUnknown();
        return new EvaluationOrganization(id, parent, kind, name, bodies);
    }

    private static IEnumerable<ReportedDataRecord> ReadReported(JsonFields f)
    {
        var org = Org(f, "organization");
        var kinds = f.Array("kinds").Select(k => JsonFields.ParseEnum<RecordKind>(k.Item.ValueKind == JsonValueKind.String ? k.Item.GetString()! : k.Item.GetRawText(), k.Path, f.Source)).ToList();
        var years = f.Array("years").Select(y => y.Item.ValueKind == JsonValueKind.Number && y.Item.TryGetInt32(out var v) && Json.JsonInput.CheckYear(v) is null ? v : throw new IndicatorDataFormatException(f.Source, y.Path, y.Item.GetRawText(), "expected a year")).ToList();
        f.RejectUnknown();
        return kinds.SelectMany(k => years.Select(y => new ReportedDataRecord(org, k, y))).ToList();
    }

    private static ImmutableArray<T> Each<T>(JsonFields root, string name, Func<JsonFields, T> read)
        => root.Array(name, required: false).Select(x =>
        {
            var f = new JsonFields(x.Item, x.Path, root.Source);
            var value = read(f);
            f.RejectUnknown();
            return value;
        }).ToImmutableArray();

    private static OrganizationId Org(JsonFields f, string name)
    {
        var text = f.String(name);
        try
        {
            return OrganizationId.From(text);
        }
        catch (ArgumentException ex)
        {
            throw f.Error(name, text, ex.Message.Split(" (Parameter", 2)[0]);
        }
    }

    private static OrganizationId? OptionalOrg(JsonFields f, string name) => f.TryGet(name, out _) ? Org(f, name) : null;
}
