using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Discipline.Complaints;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Register;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Serialization.SystemTextJson.Converters;
using KiemTra.Sdk.Serialization.SystemTextJson.Converters.Shapes;
using NodaTime;

namespace KiemTra.Sdk.Serialization.SystemTextJson;

/// <summary>
/// One fact of the register of the work read from its JSON form (<i>một dữ kiện của sổ theo dõi dạng JSON</i>): the entry
/// of one section of a <see cref="WorkRegisterJson"/> document, checked by the core's factory for its kind, with the key a
/// store files it under. Made by <see cref="RegisterFactJson.Read"/>.
/// </summary>
public sealed class RegisterFact
{
    private readonly Func<WorkRegisterBuilder, WorkRegisterBuilder> _add;

    internal RegisterFact(string kind, string id, OrganizationId? organization, LocalDate? on, object value, string json, Func<WorkRegisterBuilder, WorkRegisterBuilder> add)
    {
        Kind = kind;
        Id = id;
        Organization = organization;
        On = on;
        Value = value;
        Json = json;
        _add = add;
    }

    /// <summary>The kind: the name of its section in a register document (<c>assigneeReports</c>, <c>decisions</c>, …).</summary>
    public string Kind { get; }

    /// <summary>
    /// The fact's key within its kind: its id, or for a kind without one the fields that identify it
    /// (<c>inspectionStaff</c> and <c>digitalFigures</c>, <c>annualReturns</c>: <c>id@year</c> / <c>organisation@year</c>;
    /// <c>recoveryAmounts</c>: the recommendation id; <c>complaintResolutions</c>: the complaint id;
    /// <c>localityMeetings</c>: <c>locality@date</c>; <c>denunciationEscalations</c>: <c>denunciation/kind/date</c>).
    /// </summary>
    public string Id { get; }

    /// <summary>The organisation the fact names (owner, locality, deciding or lodged-with organisation), or null when it names one only through a link.</summary>
    public OrganizationId? Organization { get; }

    /// <summary>The date the fact is dated by (issued, submitted, received, decided, filed…), or null for a yearly figure or an amount.</summary>
    public LocalDate? On { get; }

    /// <summary>
    /// The domain value (<c>AssigneeReport</c>, <c>DisciplineDecision</c>, <c>ComplaintResolution</c>, …); for
    /// <c>recoveryAmounts</c>, which the core records on the recommendation (<c>Recommendation.AmountToRecoverVnd</c>,
    /// <c>RecoveredVnd</c>, set when the fact is added to a builder), the tuple
    /// <c>(RecordId&lt;Recommendation&gt; RecommendationId, long AmountToRecoverVnd, long RecoveredVnd)</c> (a
    /// <see cref="ValueTuple{T1, T2, T3}"/> of <see cref="RecordId{TRecord}"/>, <see cref="long"/>, <see cref="long"/>: test it with
    /// <c>fact.Value is (RecordId&lt;Recommendation&gt; id, long amount, long recovered)</c>), the recommendation id's text also being <see cref="Id"/>.
    /// </summary>
    public object Value { get; }

    /// <summary>The entry as the register document writes it (one line, UTF-8 text): what a store keeps and reads back.</summary>
    public string Json { get; }

    /// <summary>Adds the fact to a register being built (the builder checks ids and, when it builds, links).</summary>
    /// <param name="builder">The builder.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="builder"/> is null.</exception>
    /// <exception cref="ArgumentException">The builder refuses the fact (a repeated id, an invalid field).</exception>
    public WorkRegisterBuilder AddTo(WorkRegisterBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return _add(builder);
    }
}

/// <summary>
/// Reads and writes one fact of the register at a time in the dialect of <see cref="WorkRegisterJson"/> (<i>từng dữ kiện
/// của sổ theo dõi dạng JSON</i>): the entry of one section of a register document, for a store that keeps facts one per
/// row. Reading goes through the same shapes and core factories as the whole document, so a fact accepted here is accepted
/// there and the other way round.
/// </summary>
/// <remarks>
/// Cases, programmes and their item links, recommendations and denunciations are not read one at a time here: a case is a
/// history replayed through the state machine, a programme carries its items, and a denunciation's informant is sealed and
/// never carried by this format. Complaints and complaint resolutions need the decision and complaint they name.
/// </remarks>
public static class RegisterFactJson
{
    private delegate RegisterFact Reader(LineAwareJson node, Func<RecordId<DisciplineDecision>, DisciplineDecision?> decisions, Func<RecordId<DisciplineComplaint>, DisciplineComplaint?> complaints);

    private static readonly Dictionary<string, Reader> Readers = new(StringComparer.Ordinal)
    {
        ["documents"] = Simple(IndicatorShapes.GovernanceDocument, "documents", d => d.Id.Value, d => d.Organization, d => d.IssuedOn, (b, d) => b.AddDocument(d)),
        ["assignments"] = Simple(RegisterShapes.Assignment, "assignments", a => a.Id.Value, a => a.AssignedBy.Organization, a => a.From, (b, a) => b.AddAssignment(a)),
        ["assigneeReports"] = Simple(RegisterShapes.AssigneeReport, "assigneeReports", r => r.Id.Value, _ => null, r => r.SubmittedOn, (b, r) => b.AddAssigneeReport(r)),
        ["localityMeetings"] = Simple(CaseShapes.LocalityMeeting, "localityMeetings", m => $"{m.Locality.Value}@{Iso(m.On)}", m => m.Locality, m => m.On, (b, m) => b.AddLocalityMeeting(m)),
        ["localityFiles"] = Simple(RegisterShapes.LocalityFile, "localityFiles", f => f.Id.Value, _ => null, f => f.OpenedOn, (b, f) => b.AddLocalityFile(f)),
        ["informationReceived"] = Simple(RegisterShapes.Information, "informationReceived", i => i.Id.Value, i => i.Locality, i => i.ReceivedOn, (b, i) => b.AddInformation(i)),
        ["vettingOpinions"] = Simple(RegisterShapes.Vetting, "vettingOpinions", v => v.Id.Value, v => v.GivenBy, v => v.GivenOn, (b, v) => b.AddVettingOpinion(v)),
        ["decisions"] = Simple(RegisterShapes.Decision, "decisions", e => e.Decision.Id.Value, e => e.Decision.DecidedBy, e => e.Decision.DecidedOn, (b, e) => b.AddDecision(e.Decision, e.CaseId), e => e.Decision),
        ["complaints"] = ReadComplaint,
        ["complaintResolutions"] = ReadResolution,
        ["denunciationEscalations"] = Simple(RegisterShapes.Escalation, "denunciationEscalations", e => $"{e.DenunciationId}/{e.Kind}/{Iso(e.On)}", e => e.LodgedWith, e => e.On, (b, e) => b.AddDenunciationEscalation(e)),
        ["recoveryAmounts"] = Simple(RegisterShapes.Recovery, "recoveryAmounts", a => a.RecommendationId.Value, _ => null, _ => null, (b, a) => b.RecordRecovery(a.RecommendationId, a.AmountVnd, a.RecoveredVnd),
            a => (a.RecommendationId, a.AmountVnd, a.RecoveredVnd)),
        ["caseFindings"] = Simple(RegisterShapes.Finding, "caseFindings", f => f.Id.Value, _ => null, f => f.On, (b, f) => b.AddCaseFinding(f)),
        ["directives"] = Simple(IndicatorShapes.Directive, "directives", d => d.Id.Value, d => d.Organization, d => d.ReceivedOn, (b, d) => b.AddDirective(d)),
        ["inspectionStaff"] = Simple(IndicatorShapes.InspectionStaff, "inspectionStaff", s => $"{s.Id}@{Year(s.Year)}", s => s.Organization, _ => null, (b, s) => b.AddInspectionStaff(s)),
        ["implementationPlans"] = Simple(RegisterShapes.Plan, "implementationPlans", p => p.Id.Value, p => p.Organization, p => p.DueOn, (b, p) => b.AddImplementationPlan(p)),
        ["implementationReports"] = Simple(RegisterShapes.PlanReport, "implementationReports", r => r.Id.Value, _ => null, r => r.DueOn, (b, r) => b.AddImplementationReport(r)),
        ["meetings"] = Simple(IndicatorShapes.Meeting, "meetings", m => m.Id.Value, m => m.Organization, m => m.Date, (b, m) => b.AddMeeting(m)),
        ["tasks"] = Simple(IndicatorShapes.Task, "tasks", t => t.Id.Value, t => t.Organization, t => t.AssignedOn, (b, t) => b.AddTask(t)),
        ["digitalFigures"] = Simple(IndicatorShapes.DigitalTransformation, "digitalFigures", f => $"{f.Organization.Value}@{Year(f.Year)}", f => f.Organization, _ => null, (b, f) => b.AddDigitalFigures(f)),
        ["annualReturns"] = Simple(RegisterShapes.AnnualReturn, "annualReturns", r => $"{r.Organization.Value}@{Year(r.Year)}", r => r.Organization, r => r.SubmittedOn, (b, r) => b.AddAnnualReturn(r)),
    };

    /// <summary>The kinds <see cref="Read"/> reads, by their section names in a register document, in the document's order.</summary>
    public static IReadOnlyList<string> Kinds { get; } = [.. Readers.Keys];

    /// <summary>Reads one entry of a register document's section.</summary>
    /// <param name="kind">The section (one of <see cref="Kinds"/>).</param>
    /// <param name="utf8Json">The entry, UTF-8 JSON, as the section holds it.</param>
    /// <param name="sourceName">The name put at the start of every error message.</param>
    /// <param name="findDecision">For <c>complaints</c>: the decision of an id, or null when none is recorded.</param>
    /// <param name="findComplaint">For <c>complaintResolutions</c>: the complaint of an id, or null when none is recorded.</param>
    /// <returns>The fact, checked by the core's factory for its kind.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sourceName"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not one of <see cref="Kinds"/>.</exception>
    /// <exception cref="DataFormatException">The entry is malformed, or refused by the domain, or names a decision or complaint not
    /// found: it names the source, the JSON pointer, the line and the value, with a code from <see cref="ErrorCodes"/>.</exception>
    public static RegisterFact Read(string kind, ReadOnlySpan<byte> utf8Json, string sourceName, Func<RecordId<DisciplineDecision>, DisciplineDecision?>? findDecision = null, Func<RecordId<DisciplineComplaint>, DisciplineComplaint?>? findComplaint = null)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        if (kind is null || !Readers.TryGetValue(kind, out var reader))
        {
            throw new ArgumentException($"'{kind}' is not a kind of fact read one at a time; expected one of: {string.Join(", ", Readers.Keys)}.", nameof(kind));
        }

        try
        {
            var root = LineAwareJson.Parse(utf8Json, DomainJson.Error);
            return reader(root, findDecision ?? (_ => null), findComplaint ?? (_ => null));
        }
        catch (Exception ex) when (ex is DocumentError or JsonException)
        {
            throw DomainJson.ToDataFormat(ex, sourceName);
        }
    }

    private static Reader Simple<T>(Shape<T> shape, string kind, Func<T, string> id, Func<T, OrganizationId?> organization, Func<T, LocalDate?> on,
        Func<WorkRegisterBuilder, T, WorkRegisterBuilder> add, Func<T, object>? value = null)
        where T : notnull
        => (node, _, _) =>
        {
            var fact = RegisterDocument.Guard(node, () => shape.Codec.Read(node));
            return new RegisterFact(kind, id(fact), organization(fact), on(fact), value?.Invoke(fact) ?? fact, Write(w => shape.Codec.Write(w, fact)), b => add(b, fact));
        };

    private static RegisterFact ReadComplaint(LineAwareJson node, Func<RecordId<DisciplineDecision>, DisciplineDecision?> decisions, Func<RecordId<DisciplineComplaint>, DisciplineComplaint?> complaints)
    {
        var e = RegisterDocument.Guard(node, () => RegisterShapes.Complaint.Codec.Read(node));
        var decision = decisions(e.DecisionId) ?? throw NotFound(node, "decisionId", e.DecisionId.Value, "decision");
        var complaint = RegisterDocument.Guard(node, () => DisciplineComplaint.Create(e.Id, decision, e.DecisionReceivedOn, e.FiledOn, e.FiledBySubject, e.Signed, e.PreviouslyResolvedByCentralCommittee));
        return new RegisterFact("complaints", complaint.Id.Value, decision.DecidedBy, complaint.FiledOn, complaint,
            Write(w => RegisterShapes.Complaint.Codec.Write(w, RegisterShapes.ComplaintEntry.Of(complaint))), b => b.AddComplaint(complaint));
    }

    private static RegisterFact ReadResolution(LineAwareJson node, Func<RecordId<DisciplineDecision>, DisciplineDecision?> decisions, Func<RecordId<DisciplineComplaint>, DisciplineComplaint?> complaints)
    {
        var e = RegisterDocument.Guard(node, () => RegisterShapes.Resolution.Codec.Read(node));
        var complaint = complaints(e.ComplaintId) ?? throw NotFound(node, "complaintId", e.ComplaintId.Value, "complaint");

        // The same path as the register document: the rules in force on the day of resolution decide the resulting form.
        var resolution = RegisterDocument.Guard(node, () => DisciplineRules.FromRules(RuleBook.BuiltIn, e.ResolvedOn)
            .ResolveComplaint(complaint, e.Outcome, e.NewForm, e.ResolvedOn));
        return new RegisterFact("complaintResolutions", complaint.Id.Value, complaint.Decision.DecidedBy, resolution.ResolvedOn, resolution,
            Write(w => RegisterShapes.Resolution.Codec.Write(w, RegisterShapes.ResolutionEntry.Of(resolution))), b => b.AddComplaintResolution(resolution));
    }

    private static DocumentError NotFound(LineAwareJson node, string field, string value, string what) =>
        (DocumentError)DomainJson.Error($"{node.Path}/{field}", node.Optional(field)?.Line ?? node.Line, value, RegisterDocument.NotInRegister(what, value, string.Empty));

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);
}
