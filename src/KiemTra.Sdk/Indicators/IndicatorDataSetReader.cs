using KiemTra.Sdk.Register;
using System.Collections.Immutable;
using System.Text.Json;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Documents;
using KiemTra.Sdk.Organization;

namespace KiemTra.Sdk.Indicators;

/// <summary>
/// Reads an indicator data set from JSON (<i>đọc bộ dữ liệu đánh giá</i>), checking every field (unknown fields are
/// rejected, naming their path), then every reference through <see cref="IndicatorDataSet.Create(EvaluationTree, NodaTime.LocalDate, ActivityRecords)"/>.
/// </summary>
/// <remarks>
/// <code>
/// { "asOf": "2027-01-15",
///   "organizations": [ { "id": "TM", "parent": null, "kind": "Province", "name": "Đảng bộ tỉnh …",
///                        "bodies": [ { "id": "TM.UBKT", "kind": "InspectionCommission", "name": "…" }, { "id": "TM.VP", "kind": "AdvisoryAgency", "name": "…", "agency": "Office" } ] } ],
///   "planItems": [ { "id", "organization", "body"?, "activity", "target"?, "dueOn", "completedOn"? } ],
///   "governanceDocuments": [ { "id", "organization", "body"?, "kind", "issuedOn" } ],
///   "directives": [ { "id", "organization", "receivedOn", "disseminatedOn"? } ],
///   "inspectionStaff": [ { "id", "organization", "year", "trained", "meetsStandards"? } ],
///   "conclusionFollowUps": [ { "id", "organization", "dueOn", "completedOn"? } ],
///   "localityAssignments": [ { "id", "organization", "body"?, "locality", "from", "to"? } ],
///   "meetingAttendance": [ { "assignment", "date" } ],
///   "digitalTransformation": [ { "organization", "year", "proceduresTotal", "proceduresDigital", "documentsTotal", "documentsDigitised", "dataBasedSupervision"? } ],
///   "meetings": [ { "id", "organization", "body"?, "kind", "date", "lengthInDays" } ],
///   "tasks": [ { "id", "organization", "assignedOn", "content"?, "leadAgency"?, "coordinatingAgencies": [], "completionDate"?, "product"?, "resources"?, "responsiblePerson"?, "handlingAuthority"?, "responsibleCollective"? } ],
///   "reported": [ { "organization", "kinds": [ "PlanItems", … ], "years": [ 2025 ] } ] }
/// </code>
/// Every list is optional. Enum values are written by name (<c>GrassrootsCommittee</c>, <c>RegularSupervision</c>).
/// <para>
/// The earlier format, read for one more release (the CLI's <c>--dataset FILE</c>); new data is a
/// <see cref="Register.WorkRegister"/> evaluated through <see cref="IndicatorDataSet.Create(EvaluationTree, NodaTime.LocalDate, Register.WorkRegister)"/>.
/// It stays in the core, the one public JSON reader left there, because its facts cannot be rewritten as register facts
/// without inventing some: a plan item is a register fact only as an item of an issued yearly programme (with a type
/// code, a start and content areas it does not have, and a subject it may lack) and is completed only through the case
/// linked to it; a programme document without items is refused by the register; a locality assignment needs an
/// assignee, and attendance is recorded per assignee, not per assignment; a data return needs the day it was submitted;
/// and its bodies have free ids, while the public tree (<see cref="EvaluationTree.From"/>) derives body ids from the
/// hierarchy. It goes when the CLI stops reading the format.
/// </para>
/// </remarks>
public static class IndicatorDataSetReader
{
    /// <summary>Reads a data set.</summary>
    /// <param name="utf8Json">The JSON.</param>
    /// <param name="sourceName">A name for messages, e.g. the file name.</param>
    /// <exception cref="DataFormatException">The JSON is malformed, or a field is unknown, missing or bad, or a record names something not in the data set; the message names the path and value.</exception>
    public static IndicatorDataSet Read(Stream utf8Json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        using (var document = JsonFields.Parse(utf8Json, sourceName))
        {
            var root = JsonFields.Root(document, sourceName);
            var asOf = root.Date("asOf");
            var organizations = root.Array("organizations").Select(x => ReadOrganization(root.Item(x))).ToList();
            var records = new ActivityRecords
            {
                PlanItems = Each(root, "planItems", f => new PlanItemRecord(f.String("id"), Org(f, "organization"), f.OptionalString("body"), f.Enum<ActivityKind>("activity"), OptionalOrg(f, "target"), f.Date("dueOn"), f.OptionalDate("completedOn"))),
                GovernanceDocuments = Each(root, "governanceDocuments", f => new IssuedDocument(f.String("id"), Org(f, "organization"), f.OptionalString("body"), f.Enum<GovernanceDocumentKind>("kind"), f.Date("issuedOn"))),
                Directives = Each(root, "directives", f => new DirectiveDissemination(f.String("id"), Org(f, "organization"), f.Date("receivedOn"), f.OptionalDate("disseminatedOn"))),
                InspectionStaff = Each(root, "inspectionStaff", f => new InspectionStaffYear(f.String("id"), Org(f, "organization"), f.Year("year"), f.Boolean("trained"), f.OptionalBoolean("meetsStandards"))),
                ConclusionFollowUps = Each(root, "conclusionFollowUps", f => new ConclusionFollowUpRecord(f.String("id"), Org(f, "organization"), f.Date("dueOn"), f.OptionalDate("completedOn"))),
                LocalityAssignments = Each(root, "localityAssignments", f => new LocalityAssignmentRecord(f.String("id"), Org(f, "organization"), f.OptionalString("body"), Org(f, "locality"), f.Date("from"), f.OptionalDate("to"))),
                MeetingAttendance = Each(root, "meetingAttendance", f => new MeetingAttendanceRecord(f.String("assignment"), f.Date("date"))),
                DigitalTransformation = Each(root, "digitalTransformation", f => new DigitalProcessingFigures { Organization = Org(f, "organization"), Year = f.Year("year"), ProceduresTotal = f.NonNegativeInt("proceduresTotal"), ProceduresDigital = f.NonNegativeInt("proceduresDigital"), DocumentsTotal = f.NonNegativeInt("documentsTotal"), DocumentsDigitised = f.NonNegativeInt("documentsDigitised"), DataBasedSupervision = f.OptionalBoolean("dataBasedSupervision") }),
                Meetings = Each(root, "meetings", f => new Meeting(f.String("id"), Org(f, "organization"), f.OptionalString("body"), f.Enum<MeetingKind>("kind"), f.Date("date"), f.Decimal("lengthInDays"))),
                Tasks = Each(root, "tasks", f => new AssignedTask(f.String("id"), Org(f, "organization"), f.Date("assignedOn"), f.OptionalString("content"), f.OptionalString("leadAgency"), f.Array("coordinatingAgencies", required: false).Select(f.StringItem).ToImmutableArray(), f.OptionalDate("completionDate"), f.OptionalString("product"), f.OptionalString("resources"), f.OptionalString("responsiblePerson"), f.OptionalString("handlingAuthority"), f.OptionalString("responsibleCollective"))),
                Reported = root.Array("reported", required: false).SelectMany(x => ReadReported(root.Item(x))).ToImmutableArray(),
            };
            root.RejectUnknown();
            EvaluationTree tree;
            try
            {
                tree = EvaluationTree.Create(organizations);
            }
            catch (ArgumentException ex)
            {
                throw DanglingParent(root) ?? root.Error("organizations", null, ErrorCodes.DocumentRuleViolated, $"vi phạm quy tắc: {Message(ex)}", Message(ex));
            }

            try
            {
                return IndicatorDataSet.Create(tree, asOf, records);
            }
            catch (ArgumentException ex)
            {
                // The core checks the records without knowing where they came from; find the record in the document
                // so that the message names its real path (only on failure: the happy path keeps no paths).
                throw DanglingReference(root, tree) ?? root.Fail(root.Element, string.Empty, null, ErrorCodes.DocumentRuleViolated, $"vi phạm quy tắc: {Message(ex)}", Message(ex));
            }
        }
    }

    /// <summary>Record arrays and their fields naming an organisation.</summary>
    private static readonly (string Array, string[] Fields)[] OrganizationReferences =
    [
        ("planItems", ["organization", "target"]),
        ("governanceDocuments", ["organization"]),
        ("directives", ["organization"]),
        ("inspectionStaff", ["organization"]),
        ("conclusionFollowUps", ["organization"]),
        ("localityAssignments", ["organization", "locality"]),
        ("digitalTransformation", ["organization"]),
        ("meetings", ["organization"]),
        ("tasks", ["organization"]),
        ("reported", ["organization"]),
    ];

    /// <summary>Record arrays whose optional <c>body</c> must be a body of the record's organisation.</summary>
    private static readonly string[] BodyReferences = ["planItems", "governanceDocuments", "localityAssignments", "meetings"];

    /// <summary>The first organisation whose parent is not in the document, or null (the tree failed for another reason).</summary>
    private static DataFormatException? DanglingParent(JsonFields f)
    {
        var organizations = f.Element.GetProperty("organizations");
        var ids = organizations.EnumerateArray().Select(o => o.GetProperty("id").GetString()!).ToHashSet(StringComparer.Ordinal);
        var i = 0;
        foreach (var o in organizations.EnumerateArray())
        {
            if (o.TryGetProperty("parent", out var p) && p.ValueKind == JsonValueKind.String && !ids.Contains(p.GetString()!))
            {
                return f.Fail(p, $"/organizations/{i}/parent", p.GetString(), ErrorCodes.DocumentReferenceUnknown, NotInDataSet.Vietnamese, NotInDataSet.English);
            }

            i++;
        }

        return null;
    }

    /// <summary>The first record naming an organisation, body or assignment not in the data set, or null (the data set failed for another reason).</summary>
    private static DataFormatException? DanglingReference(JsonFields f, EvaluationTree tree)
    {
        var root = f.Element;
        foreach (var (array, fields) in OrganizationReferences)
        {
            var i = 0;
            foreach (var record in Records(root, array))
            {
                foreach (var field in fields)
                {
                    if (record.TryGetProperty(field, out var value) && value.ValueKind == JsonValueKind.String && tree.IndexOf(OrganizationId.From(value.GetString()!)) < 0)
                    {
                        return f.Fail(value, $"/{array}/{i}/{field}", value.GetString(), ErrorCodes.DocumentReferenceUnknown, NotInDataSet.Vietnamese, NotInDataSet.English);
                    }
                }

                i++;
            }
        }

        foreach (var array in BodyReferences)
        {
            var i = 0;
            foreach (var record in Records(root, array))
            {
                if (record.TryGetProperty("body", out var body) && body.ValueKind == JsonValueKind.String)
                {
                    var b = tree.BodyIndexOf(JsonInput.Nfc(body.GetString()!));
                    var organization = record.GetProperty("organization").GetString()!;
                    if (b < 0 || tree.OrganizationOfBody(b) != tree.IndexOf(OrganizationId.From(organization)))
                    {
                        return f.Fail(body, $"/{array}/{i}/body", body.GetString(), ErrorCodes.DocumentReferenceUnknown, $"không phải là cơ quan của '{organization}'", $"names a body that is not a body of '{organization}'");
                    }
                }

                i++;
            }
        }

        var assignments = Records(root, "localityAssignments").Select(a => JsonInput.Nfc(a.GetProperty("id").GetString()!)).ToHashSet(StringComparer.Ordinal);
        var n = 0;
        foreach (var record in Records(root, "meetingAttendance"))
        {
            var assignment = record.GetProperty("assignment").GetString()!;
            if (!assignments.Contains(JsonInput.Nfc(assignment)))
            {
                return f.Fail(record.GetProperty("assignment"), $"/meetingAttendance/{n}/assignment", assignment, ErrorCodes.DocumentReferenceUnknown, "không có phân công địa bàn này trong bộ dữ liệu", "names a locality assignment that is not in the data set");
            }

            n++;
        }

        return null;
    }

    private static IEnumerable<JsonElement> Records(JsonElement root, string array)
        => root.TryGetProperty(array, out var value) && value.ValueKind == JsonValueKind.Array ? value.EnumerateArray() : [];

    private static EvaluationOrganization ReadOrganization(JsonFields f)
    {
        var id = Org(f, "id");
        var parent = OptionalOrg(f, "parent");
        var kind = f.Enum<OrganizationKind>("kind");
        var name = f.String("name");
        var bodies = f.Array("bodies", required: false).Select(b =>
        {
            var bf = f.Item(b);
            var kind = bf.Enum<BodyKind>("kind");
            var agency = bf.OptionalEnum<AdvisoryAgencyKind>("agency");
            if (agency is not null && kind != BodyKind.AdvisoryAgency)
            {
                throw bf.Error("agency", agency.ToString(), ErrorCodes.DocumentRuleViolated, $"chỉ cơ quan tham mưu mới nêu loại cơ quan, không phải {kind}", $"only an advisory agency names its agency kind, not a {kind}");
            }

            var body = new EvaluationBody(bf.String("id"), kind, bf.String("name"), agency);
            bf.RejectUnknown();
            return body;
        }).ToList();
        f.RejectUnknown();
        return new EvaluationOrganization(id, parent, kind, name, bodies);
    }

    private static IEnumerable<ReportedDataRecord> ReadReported(JsonFields f)
    {
        var org = Org(f, "organization");
        var kinds = f.Array("kinds").Select(k => f.ParseEnum<RecordKind>(k.Item, f.StringItem(k), k.Path)).ToList();
        var years = f.Array("years").Select(y => y.Item.ValueKind == JsonValueKind.Number && y.Item.TryGetInt32(out var v) && JsonInput.CheckYear(v) is null ? v : throw f.Fail(y.Item, y.Path, y.Item.GetRawText(), ErrorCodes.DocumentValueInvalid, "phải là một năm", "expected a year")).ToList();
        f.RejectUnknown();
        return kinds.SelectMany(k => years.Select(y => new ReportedDataRecord(org, k, y))).ToList();
    }

    private static ImmutableArray<T> Each<T>(JsonFields root, string name, Func<JsonFields, T> read)
        => root.Array(name, required: false).Select(x =>
        {
            var f = root.Item(x);
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
            throw f.Error(name, text, ErrorCodes.DocumentValueInvalid, $"mã tổ chức không hợp lệ: {Message(ex)}", Message(ex));
        }
    }

    private static readonly LocalizedText NotInDataSet = LocalizedText.Of("không có tổ chức này trong bộ dữ liệu", "names an organisation that is not in the data set");

    private static string Message(ArgumentException ex) => ex.Message.Split(" (Parameter", 2)[0];

    private static OrganizationId? OptionalOrg(JsonFields f, string name) => f.TryGet(name, out _) ? Org(f, name) : null;
}
