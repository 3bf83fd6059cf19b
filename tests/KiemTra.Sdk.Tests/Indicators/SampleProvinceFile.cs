using System.Collections.Immutable;
using System.Text.Json;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Documents;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Register;

namespace KiemTra.Sdk.Tests.Indicators;

/// <summary>
/// Reads the hand-built test fixture <c>TestData/sample-province.json</c> ("Tỉnh Mẫu") straight into the columns the
/// indicator measures read, through the core's internal <c>IndicatorDataSet.Create(tree, asOf, ActivityRecords)</c>, like
/// the other measure tests that hand-make rows. The file is in the SDK's earlier indicator data-set format, which the SDK
/// no longer reads (hosts record the work in a <see cref="WorkRegister"/>): its facts cannot be written as register facts
/// without inventing some (plan items without a programme's type, start or content areas; assignments without an
/// assignee; returns without a submission day), and its hand counts are what the indicator tests check. A test fixture
/// only: it reports a bad file with the first problem, not with the shipped readers' paths and codes.
/// </summary>
internal static class SampleProvinceFile
{
    /// <summary>Reads the fixture into the measures' columns (<see cref="ActivityRecords"/>) and indexes them.</summary>
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
            return IndicatorDataSet.Create(EvaluationTree.Create(organizations), asOf, records);
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

    private static string Message(ArgumentException ex) => ex.Message.Split(" (Parameter", 2)[0];

    private static OrganizationId? OptionalOrg(JsonFields f, string name) => f.TryGet(name, out _) ? Org(f, name) : null;
}
