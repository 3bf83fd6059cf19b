using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.FollowUp;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Serialization.SystemTextJson;

namespace KiemTra.Sdk.Adapters.Tests.Json;

/// <summary>What the case-area converters refuse, and how they say so: a <see cref="JsonException"/> naming the JSON pointer.</summary>
public class CaseConverterTests
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ConfigureForKiemTra();

    private static T Sample<T>(Func<T, bool>? where = null) => DomainSamples.Of(typeof(T)).Cast<T>().First(x => where?.Invoke(x) ?? true);

    private static JsonObject Tree<T>(T value) => JsonNode.Parse(JsonSerializer.Serialize(value, Options))!.AsObject();

    private static JsonException Rejects<T>(JsonNode json) => Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<T>(json.ToJsonString(), Options));

    [Fact]
    public void OversightCase_WithAStepTheStateMachineForbids_IsRejected_NamingTheStep()
    {
        // R-S1/R-I1: a stored history is replayed through the state machine; a case cannot skip to its conclusion.
        var json = Tree(Sample<OversightCase>(c => c.History.Count >= 3));
        var history = json["history"]!.AsArray();
        history[1]!["step"] = "HoldConclusionMeeting";
        var ex = Rejects<OversightCase>(json);
        Assert.Contains("HoldConclusionMeeting", ex.Message, StringComparison.Ordinal);
        Assert.Contains("is not allowed in state Opened", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OversightCase_WithAPlanButNoApprovalStep_IsRejected()
    {
        var json = Tree(Sample<OversightCase>(c => c.Plan is null));
        json["plan"] = Tree(Sample<CasePlan>());
        var ex = Rejects<OversightCase>(json);
        Assert.Contains("ApprovePlan", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OversightCase_ReadBack_HasTheStateOfItsLastStep()
    {
        var original = Sample<OversightCase>(c => c.History.Count >= 4);
        var back = JsonSerializer.Deserialize<OversightCase>(JsonSerializer.Serialize(original, Options), Options)!;
        Assert.Equal(original.State, back.State);
        Assert.Equal(original.AllowedSteps, back.AllowedSteps);
        Assert.Equal(original.HistoryText(), back.HistoryText());
    }

    [Fact]
    public void Allegation_ConcludedWithoutADate_IsRejected_AtItsPath()
    {
        // R-D5: a conclusion is recorded with its date.
        var json = Tree(Sample<Denunciation>());
        json["allegations"]![0]!["conclusion"] = "TrueWithViolation";
        json["allegations"]![0]!["concludedOn"] = null;
        var ex = Rejects<Denunciation>(json);
        Assert.StartsWith("/allegations/0", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Denunciation_ConcludedBeforeIntake_IsRejected()
    {
        var json = Tree(Sample<Denunciation>());
        json["intake"] = null;
        json["allegations"]![0]!["conclusion"] = "NoBasis";
        json["allegations"]![0]!["concludedOn"] = "2026-06-01";
        var ex = Rejects<Denunciation>(json);
        Assert.Contains("not yet taken in", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AnonymousDenunciation_ClaimingAWithheldInformant_IsRejected()
    {
        var json = Tree(Sample<Denunciation>());
        json["source"] = "Anonymous";
        json["informantWithheld"] = true;
        var ex = Rejects<Denunciation>(json);
        Assert.Contains("informantWithheld", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DisciplineDecision_WithAFormTheSubjectCannotReceive_IsRejected()
    {
        // R-D1: removal from post applies only to a member holding a post; the form policy of the decision date is applied on reading.
        var json = Tree(Sample<DisciplineDecision>(d => d.Subject.IsMember && !d.Subject.IsProbationary));
        json["subject"]!["holdsPost"] = false;
        json["subject"]!["isCommitteeMember"] = false;
        json["form"] = "RemovalFromPost";
        var ex = Rejects<DisciplineDecision>(json);
        Assert.Contains("holds no post", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DisciplineSubject_MemberKindWithAnOrganisation_IsRejected()
    {
        var json = JsonNode.Parse("""{"kind":"FullMember","member":null,"organization":"SP","holdsPost":false,"isCommitteeMember":false}""")!;
        var ex = Rejects<DisciplineSubject>(json);
        Assert.Contains("FullMember", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Recommendation_CompletedBeforeIssue_IsRejected_AndTheDeadlineIsNotRecalculated()
    {
        // R-F1: the deadline stored is the one calculated at issue.
        var original = Sample<Recommendation>();
        var back = JsonSerializer.Deserialize<Recommendation>(JsonSerializer.Serialize(original, Options), Options)!;
        Assert.Equal(original.Deadline.Due, back.Deadline.Due);
        var json = Tree(original);
        json["completedOn"] = original.Deadline.EventDate.PlusDays(-1).ToString("yyyy-MM-dd", null);
        var ex = Rejects<Recommendation>(json);
        Assert.Contains("before it was issued", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("referenceFrom", "referenceTo")]
    [InlineData("start", "end")]
    public void CasePlan_WithAReversedPeriod_IsRejected_NamingTheFieldAndBothDates(string fromField, string toField)
    {
        // R-I2: a plan's period examined and its schedule each end on or after their start.
        var json = Tree(Sample<CasePlan>());
        json[fromField] = "2025-06-30";
        json[toField] = "2025-06-01";
        var ex = Rejects<CasePlan>(json);
        Assert.StartsWith($"/{toField}", ex.Message, StringComparison.Ordinal);
        Assert.Contains($"'{toField}' (2025-06-01) is before '{fromField}' (2025-06-30)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OversightProgram_OnItsOwn_IsFlat_WithOptionalIssue()
    {
        // R-I2: a programme written on its own keeps its flat shape (id, owner, scope, from, to, items) with the date of
        // issue and issuing body beside them; a programme written before, without them, reads as a draft.
        var issued = Assert.Single(RichRegister.Build().Programs);
        var json = Tree(issued);
        Assert.Equal(["id", "owner", "scope", "from", "to", "items", "issuedOn", "bodyId"], json.Select(p => p.Key));
        Assert.Equal("2025-01-10", (string?)json["issuedOn"]);
        var back = JsonSerializer.Deserialize<OversightProgram>(json.ToJsonString(), Options)!;
        Assert.Equal((issued.Id, issued.IssuedOn, issued.BodyId, issued.Items.Count), (back.Id, back.IssuedOn, back.BodyId, back.Items.Count));

        json.Remove("issuedOn");
        json.Remove("bodyId");
        var draft = JsonSerializer.Deserialize<OversightProgram>(json.ToJsonString(), Options)!;
        Assert.False(draft.IsIssued);
        Assert.Equal(issued.Items.Count, draft.Items.Count);
    }

    [Fact]
    public void Recommendation_OnItsOwn_KeepsItsRecovery()
    {
        // R-F2: the amount ordered recovered and the amount recovered are facts of the recommendation: written and read back.
        var ordered = RichRegister.Build().Recommendations.Single(r => r.Id == RecommendationId.From("KN-TT-01"));
        var json = Tree(ordered);
        Assert.Equal(125_500_000L, (long)json["amountToRecoverVnd"]!);
        Assert.Equal(20_000_000L, (long)json["recoveredVnd"]!);
        var back = JsonSerializer.Deserialize<Recommendation>(json.ToJsonString(), Options)!;
        Assert.Equal((125_500_000L, 20_000_000L), (back.AmountToRecoverVnd!.Value, back.RecoveredVnd));

        var none = Tree(Sample<Recommendation>(r => r.AmountToRecoverVnd is null));
        Assert.True(none.ContainsKey("amountToRecoverVnd"));
        Assert.Null(none["amountToRecoverVnd"]);
        none.Remove("amountToRecoverVnd");
        none.Remove("recoveredVnd");
        Assert.Null(JsonSerializer.Deserialize<Recommendation>(none.ToJsonString(), Options)!.AmountToRecoverVnd);
        none["recoveredVnd"] = 5;
        Assert.Contains("no amount to recover", Rejects<Recommendation>(none).Message, StringComparison.Ordinal);

        // Half a recovery is refused rather than read as nothing recovered.
        none.Remove("recoveredVnd");
        none["amountToRecoverVnd"] = 5_000_000;
        Assert.Contains("not the amount recovered", Rejects<Recommendation>(none).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedDate_DeepInACase_NamesThePointerAndTheValue()
    {
        var json = Tree(Sample<OversightCase>());
        json["history"]![0]!["on"] = "2026-02-30";
        var ex = Rejects<OversightCase>(json);
        Assert.StartsWith("/history/0/on", ex.Message, StringComparison.Ordinal);
        Assert.Contains("2026-02-30", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NumberForAnEnum_IsRejected()
    {
        var json = Tree(Sample<DisciplineDecision>());
        json["form"] = 2;
        var ex = Rejects<DisciplineDecision>(json);
        Assert.StartsWith("/form", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void VietnameseTypedAsNfd_IsReadAsNfc()
    {
        // Text input is normalised to NFC: "Đảng bộ xã" typed with combining marks compares equal once read.
        var recommendation = Sample<Recommendation>();
        var json = Tree(recommendation);
        var nfd = "Đảng bộ xã Đồng Hỷ khắc phục hạn chế".Normalize(NormalizationForm.FormD);
        json["content"] = nfd;
        var back = JsonSerializer.Deserialize<Recommendation>(json.ToJsonString(), Options)!;
        Assert.Equal("Đảng bộ xã Đồng Hỷ khắc phục hạn chế", back.Content);
        Assert.True(back.Content.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void VietnameseText_IsWrittenUnchanged()
    {
        var decision = Sample<DisciplineDecision>();
        var back = JsonSerializer.Deserialize<DisciplineDecision>(JsonSerializer.Serialize(decision, Options), Options)!;
        Assert.Equal(decision.Circumstances.Content, back.Circumstances.Content);
        Assert.Equal(decision.Circumstances.Remediation, back.Circumstances.Remediation);
        Assert.Equal(decision.FormRule.Instrument, back.FormRule.Instrument);

        // With the host's encoder choice (here: no escaping of Vietnamese letters) the text appears as typed, in NFC.
        var relaxed = new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }.ConfigureForKiemTra();
        Assert.Contains("\"content\":\"Vi phạm", JsonSerializer.Serialize(decision, relaxed), StringComparison.Ordinal);
    }

    [Fact]
    public void ListOfCases_RoundTrips_ThroughTheSourceGeneratedContext()
    {
        IReadOnlyList<OversightCase> cases = DomainSamples.Of(typeof(OversightCase)).Cast<OversightCase>().ToList();
        var json = JsonSerializer.Serialize(cases, KiemTraJsonContext.Default.IReadOnlyListOversightCase);
        var back = JsonSerializer.Deserialize(json, KiemTraJsonContext.Default.IReadOnlyListOversightCase)!;
        Assert.Equal(cases.Select(c => c.HistoryText()), back.Select(c => c.HistoryText()));
    }
}
