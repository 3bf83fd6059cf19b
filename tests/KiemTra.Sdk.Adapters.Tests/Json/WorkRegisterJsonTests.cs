using System.Text;
using System.Text.Json;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Register;
using KiemTra.Sdk.Reporting;
using KiemTra.Sdk.Serialization.SystemTextJson;

namespace KiemTra.Sdk.Adapters.Tests.Json;

/// <summary>The register document (<see cref="WorkRegisterJson"/>): every fact and link round-trips, errors name source, pointer, line, field and value.</summary>
public class WorkRegisterJsonTests
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ConfigureForKiemTra();

    internal static string Write(WorkRegister register, bool indented = true)
    {
        using var stream = new MemoryStream();
        WorkRegisterJson.Write(register, stream, indented);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    internal static WorkRegister Read(string json, string source = "register.json") => WorkRegisterJson.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), source);

    [Fact]
    public void RichRegister_WriteReadWrite_GivesIdenticalBytes()
    {
        // R-S2, R-S6–R-S8, R-D6, R-D8, R-F1–F3, R-H8, R-T3–T5, R-T7: every kind of fact in one document, written back byte for byte.
        var first = Write(RichRegister.Build());
        var second = Write(Read(first));
        Assert.Equal(first, second);
        Assert.Equal(Write(RichRegister.Build(), indented: false), Write(Read(first), indented: false));
    }

    [Fact]
    public void RichRegister_RoundTrip_KeepsEveryFactKindAndCount()
    {
        var original = RichRegister.Build();
        var back = Read(Write(original));

        // Counted by hand from RichRegister.Build: nothing is dropped, every kind is present.
        Assert.Equal(
            (4, 1, 3, 1, 1, 3, 1, 1, 2, 2, 3, 1, 1, 2, 1, 3, 2, 2, 2, 2, 2, 1, 1, 2, 1, 2),
            (back.Cases.Count, back.Programs.Count, back.Programs.SelectMany(p => p.Items, (p, i) => back.CarrierOf(p.Id, i.Id)).Count(c => c is not null), back.Documents.Count, back.Assignments.Count, back.AssigneeReports.Count,
             back.LocalityMeetings.Count, back.LocalityFiles.Count, back.InformationReceived.Count, back.VettingOpinions.Count, back.Decisions.Count,
             back.Complaints.Count, back.ComplaintResolutions.Count, back.Denunciations.Count, back.DenunciationEscalations.Count, back.Recommendations.Count,
             back.Recommendations.Count(r => r.AmountToRecoverVnd is not null), back.CaseFindings.Count, back.Directives.Count, back.InspectionStaff.Count, back.ImplementationPlans.Count,
             back.ImplementationReports.Count, back.Meetings.Count, back.Tasks.Count, back.DigitalFigures.Count, back.AnnualReturns.Count));
    }

    [Fact]
    public void RichRegister_RoundTrip_KeepsEveryLink()
    {
        var back = Read(Write(RichRegister.Build()));

        // Programme items → cases (plan completion is derived from these, never typed).
        Assert.Equal(CaseId.From("GS-01"), back.CarrierOf(ProgramId.From("CT-UBKT-2025"), ProgramItemId.From("I1")));
        Assert.Equal(CaseId.From("KT-02"), back.CarrierOf(ProgramId.From("CT-UBKT-2025"), ProgramItemId.From("I2")));

        // Hand-over: both cases name each other (R-S4).
        Assert.Equal([CaseId.From("KT-01")], back.FindCase(CaseId.From("GS-01"))!.HandedOverTo);
        Assert.Equal(CaseId.From("GS-01"), back.FindCase(CaseId.From("KT-01"))!.Origin!.CaseId);

        // Decisions: one through the case's typed outcome, one on the case's proposal, one by another path (R-D1, R-D7).
        Assert.Equal(CaseId.From("KT-01"), back.CaseOfDecision(DecisionId.From("QD-01")));
        Assert.Equal(CaseId.From("KT-02"), back.CaseOfDecision(DecisionId.From("QD-02")));
        Assert.Null(back.CaseOfDecision(DecisionId.From("QD-03")));
        var outcome = Assert.Single(back.FindCase(CaseId.From("KT-02"))!.DisciplineOutcomes);
        Assert.False(outcome.Decided);
        Assert.Equal("12-TTr/UBKT", outcome.Reference);
        Assert.True(back.FindCase(CaseId.From("GS-01"))!.Subjects[1].IsCommitteeMember);

        // Recommendations and their completion and amounts (R-F1, R-F2); findings (R-F3).
        Assert.Equal(CaseId.From("KT-01"), back.CaseOfRecommendation(RecommendationId.From("KN-01")));
        Assert.Null(back.CaseOfRecommendation(RecommendationId.From("KN-TT-01")));
        Assert.Equal(new NodaTime.LocalDate(2025, 7, 10), back.Recommendations.Single(r => r.Id == RecommendationId.From("KN-01")).CompletedOn);
        Assert.Equal(125_500_000, back.Recommendations.Single(r => r.Id == RecommendationId.From("KN-TT-01")).AmountToRecoverVnd);

        // Complaint → decision, resolution → complaint, with the form the rules give (R-D5).
        Assert.Equal(DecisionId.From("QD-01"), back.Complaints.Single().Decision.Id);
        Assert.Equal(Discipline.DisciplineForm.Reprimand, back.ComplaintResolutions.Single().ResultingForm);

        // Denunciation → case, sealed (R-D6); escalation (R-D8).
        Assert.Equal(CaseId.From("KT-01"), back.CaseOfDenunciation(DenunciationId.From("TC-01")));
        Assert.True(back.Denunciations.Single(d => d.Id == DenunciationId.From("TC-01")).InformantWithheld);
        Assert.Equal(DenunciationId.From("TC-02"), back.DenunciationEscalations.Single().DenunciationId);

        // R-H8 training fields and rotation; R-T7 plan reports.
        Assert.Equal(["land", "finance"], back.InspectionStaff[0].TrainingFields);
        Assert.True(back.InspectionStaff[0].Rotated);
        Assert.True(back.InspectionStaff[1].NewlyElected);
        Assert.Equal(RecordId<ImplementationPlan>.From("KH-01"), back.ImplementationReports.Single().PlanId);
    }

    [Fact]
    public void RichRegister_RoundTrip_GivesTheSameStatistics()
    {
        // R-D7: the statistics computed from the register read back equal those of the original.
        var original = RichRegister.Build();
        var back = Read(Write(original));
        var a = Stats(original);
        var b = Stats(back);
        ValueEquality.AssertEqual(a, b, nameof(WorkStatistics));

        // Hand-counted: two of three plan items carried out (I3's case is still open); 165.5 million đồng to recover, 60 million recovered.
        Assert.Equal((3L, 2L), (b.PlanCompletion.Denominator, b.PlanCompletion.Numerator));
        Assert.Equal((165_500_000L, 60_000_000L), (b.AmountToRecoverVnd, b.AmountRecoveredVnd));
    }

    private static WorkStatistics Stats(WorkRegister register) =>
        WorkStatistics.Compute(IndicatorDataSet.Create(RichRegister.Hierarchy(), RichRegister.AsOf, register), RichRegister.Commune, ReportingPeriod.Year(2025), RichRegister.Forms);

    [Fact]
    public void Write_NamedDenunciation_NeverWritesTheInformant()
    {
        // R-D6: the verifiers' copy only.
        var json = Write(RichRegister.Build());
        Assert.DoesNotContain(RichRegister.PlantedName, json, StringComparison.Ordinal);
        Assert.DoesNotContain("0912 000 111", json, StringComparison.Ordinal);
        Assert.Contains("\"informantWithheld\": true", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DenunciationCarryingAnIdentity_IsRefused()
    {
        // R-D6: a document that carries an identity is refused, not read with the identity dropped.
        var json = Write(RichRegister.Build()).Replace("\"informantWithheld\": true", "\"informantWithheld\": true, \"informant\": {\"fullName\": \"Trần Thị B\"}", StringComparison.Ordinal);
        var ex = Assert.Throws<DataFormatException>(() => Read(json));
        Assert.StartsWith("register.json: /denunciations/0/denunciation/informant (line ", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Trần Thị B", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_StartsWithTheFormatVersion_AndWritesEverySection()
    {
        var json = Write(WorkRegister.Empty, indented: false);
        Assert.StartsWith("{\"formatVersion\":1,\"cases\":[],\"programmes\":[]", json, StringComparison.Ordinal);
        Assert.EndsWith("\"digitalFigures\":[],\"annualReturns\":[]}", json, StringComparison.Ordinal);
        Assert.Equal(27, JsonDocument.Parse(json).RootElement.EnumerateObject().Count());
    }

    [Fact]
    public void Read_AbsentSections_ReadAsEmpty()
    {
        var register = Read("{\"formatVersion\": 1}");
        Assert.Empty(register.Cases);
        Assert.Empty(register.Decisions);
    }

    [Fact]
    public void AnAssignment_KeepsItsTermsNestedUnderAssignment_AsFormatVersion1HasThem()
    {
        // The core records the terms on RecordedAssignment itself; the document keeps the shape documents and stored
        // rows were written in, so one written before reads and one written now is read by an older reader.
        var json = Write(RichRegister.Build());
        var document = JsonDocument.Parse(json);
        var assignment = document.RootElement.GetProperty("assignments")[0];

        Assert.Equal(["id", "assignment", "bodyId", "field"], assignment.EnumerateObject().Select(p => p.Name).ToArray());
        Assert.Equal(["assignee", "locality", "assignedBy", "from", "to"], assignment.GetProperty("assignment").EnumerateObject().Select(p => p.Name).ToArray());
    }

    [Fact]
    public void Read_OtherFormatVersion_IsRefusedNamingIt()
    {
        var ex = Assert.Throws<DataFormatException>(() => Read("{\"formatVersion\": 2, \"cases\": []}", "nam-2025.json"));
        Assert.StartsWith("nam-2025.json: /formatVersion (line 1): ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Value: '2'", ex.Message, StringComparison.Ordinal);

        // The code is given where the error is raised, and the Vietnamese text says the same as the English.
        Assert.Equal(ErrorCodes.DocumentVersionUnsupported, ex.Code);
        Assert.Equal("phiên bản định dạng (formatVersion) không được hỗ trợ; trình đọc này đọc phiên bản 1", ex.Problem.Vietnamese);
    }

    [Fact]
    public void Read_DanglingItemLink_NamesThePointerFieldAndValue()
    {
        // R-I2: plan completion follows the link, so a link to a case not in the register is refused where it is written.
        var json = Write(RichRegister.Build()).Replace("\"caseId\": \"GS-03\"", "\"caseId\": \"GS-99\"", StringComparison.Ordinal);
        var ex = Assert.Throws<DataFormatException>(() => Read(json));
        Assert.StartsWith("register.json: /programmeItemLinks/2/caseId (line ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'GS-99'", ex.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.DocumentReferenceUnknown, ex.Code);
        Assert.Equal("hồ sơ 'GS-99' không có trong sổ", ex.Problem.Vietnamese);
        Assert.Equal("The case 'GS-99' is not in the register.", ex.Problem.English);
    }

    [Fact]
    public void ProgramScope_IsWrittenTermOrYear_AndAnotherKindOfPeriodIsRefused()
    {
        // R-I2: a programme's "scope" keeps its published values ("Year", "Term"); a reporting period's other kinds are not
        // a programme's span and are refused where they are written.
        var json = Write(RichRegister.Build());
        Assert.Contains("\"scope\": \"Year\"", json, StringComparison.Ordinal);
        Assert.Equal(ReportingPeriodKind.Term, Assert.Single(Read(json.Replace("\"scope\": \"Year\"", "\"scope\": \"Term\"", StringComparison.Ordinal)).Programs).Scope);
        var ex = Assert.Throws<DataFormatException>(() => Read(json.Replace("\"scope\": \"Year\"", "\"scope\": \"Quarter\"", StringComparison.Ordinal)));
        Assert.StartsWith("register.json: /programmes/0", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Quarter", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CaseOrigin_KeepsItsPublishedKind_ReadAsTheStepThatOpenedTheCase()
    {
        // R-S4, R-I4: a case link's "kind" is written as format version 1 has it; the core reads it as the originating
        // case's step (hand-over or take-up), and the step's own name is not a kind.
        var json = Write(RichRegister.Build());
        const string handedOver = "\"kind\": \"HandedOverFromSupervision\"";
        Assert.Contains(handedOver, json, StringComparison.Ordinal);
        Assert.Equal(CaseStep.HandOverForInspection, Read(json).FindCase(CaseId.From("KT-01"))!.Origin!.Step);
        Assert.Equal(CaseStep.TakeUp, Read(json.Replace(handedOver, "\"kind\": \"TakenUpFromLowerLevel\"", StringComparison.Ordinal)).FindCase(CaseId.From("KT-01"))!.Origin!.Step);
        var ex = Assert.Throws<DataFormatException>(() => Read(json.Replace(handedOver, "\"kind\": \"HandOverForInspection\"", StringComparison.Ordinal)));
        Assert.Contains("/origin/kind (line ", ex.Message, StringComparison.Ordinal);
        Assert.Equal(ErrorCodes.DocumentValueInvalid, ex.Code);
        Assert.Contains("HandedOverFromSupervision, TakenUpFromLowerLevel", ex.Problem.English, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_RepeatedDecisionId_IsRefusedByTheBuilderAtTheEntry()
    {
        var json = Write(RichRegister.Build()).Replace("\"id\": \"QD-03\"", "\"id\": \"QD-02\"", StringComparison.Ordinal);
        var ex = Assert.Throws<DataFormatException>(() => Read(json));
        Assert.StartsWith("register.json: /decisions/2 (line ", ex.Message, StringComparison.Ordinal);
        Assert.Contains("QD-02", ex.Message, StringComparison.Ordinal);
        Assert.Contains("decision.Id", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_HistoryThatTheStateMachineRefuses_IsADataFormatErrorAtTheCase()
    {
        // The state machine is the source of truth: a conclusion meeting recorded before the plan is refused on replay.
        var json = Write(RichRegister.Build());
        var at = json.IndexOf("\"step\": \"Open\"", json.IndexOf("\"id\": \"GS-03\"", StringComparison.Ordinal), StringComparison.Ordinal);
        var broken = json[..at] + "\"step\": \"HoldConclusionMeeting\"" + json[(at + "\"step\": \"Open\"".Length)..];
        var ex = Assert.Throws<DataFormatException>(() => Read(broken));
        Assert.StartsWith("register.json: /cases/3 (line ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_DecisionClaimedByAnotherCase_IsRefused()
    {
        // The case's typed outcome names QD-01; the decision entry may not attribute it to another case.
        var json = Write(RichRegister.Build());
        var start = json.IndexOf("\"decisions\"", StringComparison.Ordinal);
        var at = json.IndexOf("\"caseId\": \"KT-01\"", start, StringComparison.Ordinal);
        var broken = json[..at] + "\"caseId\": \"KT-02\"" + json[(at + "\"caseId\": \"KT-01\"".Length)..];
        var ex = Assert.Throws<DataFormatException>(() => Read(broken));
        Assert.StartsWith("register.json: /decisions/0/caseId (line ", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_NfdText_IsReadAsNfc()
    {
        var json = Write(RichRegister.Build());
        const string nfc = "Chi bộ thôn 2 sinh hoạt chuyên đề hằng tháng";
        var back = Read(json.Replace(nfc, nfc.Normalize(NormalizationForm.FormD), StringComparison.Ordinal));
        Assert.Equal(nfc, back.CaseFindings[0].Summary);
    }

    [Fact]
    public void WorkRegister_ThroughConfigureForKiemTra_UsesTheSameDialect()
    {
        var register = RichRegister.Build();
        var viaOptions = JsonSerializer.Serialize(register, Options);
        Assert.Equal(Write(register), Write(Read(viaOptions)));
        Assert.Equal(viaOptions, JsonSerializer.Serialize(JsonSerializer.Deserialize<WorkRegister>(viaOptions, Options)!, Options));
    }

    [Fact]
    public void RegisterProgramme_WithoutItsDateOfIssue_IsAMissingField_AndTheDocumentKeepsItsShape()
    {
        // R-I2: the register records issued programmes: its entry nests the terms under "programme" with "issuedOn"
        // required beside them; recommendations carry no recovery there (it has its own "recoveryAmounts" section).
        var json = System.Text.Json.Nodes.JsonNode.Parse(Write(RichRegister.Build()))!;
        var entry = json["programmes"]![0]!.AsObject();
        Assert.Equal(["programme", "issuedOn", "bodyId"], entry.Select(p => p.Key));
        Assert.DoesNotContain("issuedOn", entry["programme"]!.AsObject().Select(p => p.Key));
        Assert.DoesNotContain("amountToRecoverVnd", json["recommendations"]![0]!["recommendation"]!.AsObject().Select(p => p.Key));
        entry.Remove("issuedOn");
        var ex = Assert.Throws<DataFormatException>(() => Read(json.ToJsonString()));
        Assert.Equal(ErrorCodes.DocumentFieldMissing, ex.Code);
        Assert.Equal("/programmes/0/issuedOn", ex.Path);
    }

    [Fact]
    public void RecoveryAmountFact_Value_IsAPublicTuple()
    {
        // R-F2: a host can read the recovery of a stored row without an internal type.
        var fact = RegisterFactJson.Read("recoveryAmounts", "{\"recommendationId\": \"KN-01\", \"amountVnd\": 40000000, \"recoveredVnd\": 10000000}"u8, "row 7");
        Assert.Equal("KN-01", fact.Id);
        Assert.True(fact.Value is (RecommendationId id, long amount, long recovered) && (id, amount, recovered) == (RecommendationId.From("KN-01"), 40_000_000L, 10_000_000L));
        Assert.IsType<ValueTuple<RecommendationId, long, long>>(fact.Value);
    }

    [Fact]
    public void RegisterFact_WithAnUnknownField_IsADataFormatError_NamingSourcePointerLineAndCode()
    {
        var ex = Assert.Throws<DataFormatException>(() => RegisterFactJson.Read("assigneeReports", "{\n  \"zzUnknown\": 1\n}"u8, "register_facts row 42"));
        Assert.Equal("register_facts row 42", ex.SourceName);
        Assert.Equal("/zzUnknown", ex.Path);
        Assert.Equal(2, ex.Line);
        Assert.Equal(ErrorCodes.DocumentFieldUnknown, ex.Code);
        Assert.StartsWith("register_facts row 42: /zzUnknown (line 2): ", ex.Message, StringComparison.Ordinal);
    }
}
