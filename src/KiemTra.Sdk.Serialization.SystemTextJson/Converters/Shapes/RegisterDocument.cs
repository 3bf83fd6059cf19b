using KiemTra.Sdk.Inspection;
using System.Text.Json;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Discipline.Complaints;
using KiemTra.Sdk.Register;
using KiemTra.Sdk.Rules;
using static KiemTra.Sdk.Serialization.SystemTextJson.Converters.DomainJson;

namespace KiemTra.Sdk.Serialization.SystemTextJson.Converters.Shapes;

/// <summary>
/// The register document (<see cref="WorkRegisterJson"/>): <c>formatVersion</c> and one array per kind of fact, in the
/// order of <see cref="WorkRegister"/>'s properties. Reading adds every fact through <see cref="WorkRegisterBuilder"/>
/// (each fact rebuilt by its own factory first: cases replayed through the state machine, decisions against the form
/// policy of their date, complaint resolutions through <see cref="DisciplineRules.ResolveComplaint"/>), so every domain guard
/// applies; a refusal becomes a <see cref="DocumentError"/> at the fact's JSON pointer and line.
/// </summary>
internal static class RegisterDocument
{
    /// <summary>The only version this package reads and writes.</summary>
    public const int Version = 1;

    private static readonly string[] Sections =
    [
        "formatVersion", "cases", "programmes", "programmeItemLinks", "documents", "assignments", "assigneeReports", "localityMeetings", "localityFiles",
        "informationReceived", "vettingOpinions", "decisions", "complaints", "complaintResolutions", "denunciations", "denunciationEscalations",
        "recommendations", "recoveryAmounts", "caseFindings", "directives", "inspectionStaff", "implementationPlans", "implementationReports", "meetings",
        "tasks", "digitalFigures", "annualReturns",
    ];

    public static readonly Codec<WorkRegister> Codec = new(Read, Write);

    public static void Write(Utf8JsonWriter w, WorkRegister register)
    {
        w.WriteStartObject();
        w.WriteNumber("formatVersion", Version);
        Section(w, "cases", register.Cases, CaseShapes.OversightCase.Codec);
        Section(w, "programmes", register.Programs, CaseShapes.RegisterProgram.Codec);
        Section(w, "programmeItemLinks", RegisterShapes.ItemLinkEntry.Of(register), RegisterShapes.ItemLink.Codec);
        Section(w, "documents", register.Documents, IndicatorShapes.GovernanceDocument.Codec);
        Section(w, "assignments", register.Assignments, RegisterShapes.Assignment.Codec);
        Section(w, "assigneeReports", register.AssigneeReports, RegisterShapes.AssigneeReport.Codec);
        Section(w, "localityMeetings", register.LocalityMeetings, CaseShapes.LocalityMeeting.Codec);
        Section(w, "localityFiles", register.LocalityFiles, RegisterShapes.LocalityFile.Codec);
        Section(w, "informationReceived", register.InformationReceived, RegisterShapes.Information.Codec);
        Section(w, "vettingOpinions", register.VettingOpinions, RegisterShapes.Vetting.Codec);
        Section(w, "decisions", register.Decisions.Select(d => new RegisterShapes.DecisionEntry(register.CaseOfDecision(d.Id), d)), RegisterShapes.Decision.Codec);
        Section(w, "complaints", register.Complaints.Select(RegisterShapes.ComplaintEntry.Of), RegisterShapes.Complaint.Codec);
        Section(w, "complaintResolutions", register.ComplaintResolutions.Select(RegisterShapes.ResolutionEntry.Of), RegisterShapes.Resolution.Codec);

        // The verifiers' copy only ("informantWithheld"); the denunciation shape has no field for an identity.
        Section(w, "denunciations", register.Denunciations.Select(d => new RegisterShapes.DenunciationEntry(register.CaseOfDenunciation(d.Id), d)), RegisterShapes.Denunciation.Codec);
        Section(w, "denunciationEscalations", register.DenunciationEscalations, RegisterShapes.Escalation.Codec);
        Section(w, "recommendations", register.Recommendations.Select(r => new RegisterShapes.RecommendationEntry(register.CaseOfRecommendation(r.Id), r)), RegisterShapes.Recommendation.Codec);
        Section(w, "recoveryAmounts", RegisterShapes.RecoveryEntry.Of(register.Recommendations), RegisterShapes.Recovery.Codec);
        Section(w, "caseFindings", register.CaseFindings, RegisterShapes.Finding.Codec);
        Section(w, "directives", register.Directives, IndicatorShapes.Directive.Codec);
        Section(w, "inspectionStaff", register.InspectionStaff, IndicatorShapes.InspectionStaff.Codec);
        Section(w, "implementationPlans", register.ImplementationPlans, RegisterShapes.Plan.Codec);
        Section(w, "implementationReports", register.ImplementationReports, RegisterShapes.PlanReport.Codec);
        Section(w, "meetings", register.Meetings, IndicatorShapes.Meeting.Codec);
        Section(w, "tasks", register.Tasks, IndicatorShapes.Task.Codec);
        Section(w, "digitalFigures", register.DigitalFigures, IndicatorShapes.DigitalTransformation.Codec);
        Section(w, "annualReturns", register.AnnualReturns, RegisterShapes.AnnualReturn.Codec);
        w.WriteEndObject();
    }

    public static WorkRegister Read(LineAwareJson root)
    {
        root.ExpectObject(Error, Sections);
        var version = root.Required("formatVersion", Error);
        if (version.Kind != JsonValueKind.Number || version.Text != "1")
        {
            throw Error(version.DisplayPath, version.Line, version.Describe(), DocumentProblem.Of(ErrorCodes.DocumentVersionUnsupported, $"phiên bản định dạng (formatVersion) không được hỗ trợ; trình đọc này đọc phiên bản {Version}", $"Unsupported formatVersion; this reader reads formatVersion {Version}."));
        }

        var reading = new Reading();
        var b = reading.Builder;
        foreach (var n in reading.Items(root, "cases"))
        {
            // The case shape reads a missing list as "written before outcomes were typed"; a register always has it, so
            // no discipline step can lose its typed outcome silently.
            if (n.Kind == JsonValueKind.Object && n.Optional("disciplineOutcomes") is null)
            {
                throw Error($"{n.Path}/disciplineOutcomes", n.Line, string.Empty, DocumentProblem.Of(ErrorCodes.DocumentFieldMissing, "tài liệu sổ phải có trường 'disciplineOutcomes' (danh sách rỗng khi hồ sơ không có quyết định kỷ luật)", "The field 'disciplineOutcomes' is required in a register document (an empty list when the case recorded no discipline)."));
            }

            var c = Guard(n, () => CaseShapes.OversightCase.Codec.Read(n));
            reading.Add(n, "case", c.Id, () => b.AddCase(c));
            if (c.Origin is { } origin)
            {
                reading.Ref(n, "origin/caseId", "case", origin.CaseId);
            }

            for (var i = 0; i < c.HandedOverTo.Count; i++)
            {
                reading.Ref(n, $"handedOverTo/{i}", "case", c.HandedOverTo[i]);
            }

            for (var i = 0; i < c.DisciplineOutcomes.Count; i++)
            {
                if (c.DisciplineOutcomes[i].DecisionId is { } decisionId)
                {
                    reading.Ref(n, $"disciplineOutcomes/{i}/decisionId", "decision", decisionId);
                    reading.CaseOfOutcome.TryAdd(decisionId, c.Id);
                }
            }
        }

        foreach (var n in reading.Items(root, "programmes"))
        {
            var p = Guard(n, () => CaseShapes.RegisterProgram.Codec.Read(n));
            reading.Add(n, "programme", p.Id, () => b.AddProgram(p));
            foreach (var item in p.Items)
            {
                reading.Known("programme item", $"{p.Id.Value}/{item.Id.Value}");
            }
        }

        foreach (var n in reading.Items(root, "programmeItemLinks"))
        {
            var l = Guard(n, () => RegisterShapes.ItemLink.Codec.Read(n));
            reading.Ref(n, "programmeId", "programme", l.ProgramId);
            reading.Ref(n, "itemId", "programme item", $"{l.ProgramId.Value}/{l.ItemId.Value}");
            reading.Ref(n, "caseId", "case", l.CaseId);
            reading.Add(n, null, null, () => b.LinkProgramItem(l.ProgramId, l.ItemId, l.CaseId));
        }

        reading.Simple(root, "documents", IndicatorShapes.GovernanceDocument, d => b.AddDocument(d));
        foreach (var n in reading.Items(root, "assignments"))
        {
            var a = Guard(n, () => RegisterShapes.Assignment.Codec.Read(n));
            reading.Add(n, "assignment", a.Id, () => b.AddAssignment(a));
        }

        reading.Simple(root, "assigneeReports", RegisterShapes.AssigneeReport, r => b.AddAssigneeReport(r), (n, r) => reading.Ref(n, "assignmentId", "assignment", r.AssignmentId));
        reading.Simple(root, "localityMeetings", CaseShapes.LocalityMeeting, m => b.AddLocalityMeeting(m));
        reading.Simple(root, "localityFiles", RegisterShapes.LocalityFile, f => b.AddLocalityFile(f), (n, f) => reading.Ref(n, "assignmentId", "assignment", f.AssignmentId));
        reading.Simple(root, "informationReceived", RegisterShapes.Information, i => b.AddInformation(i), (n, i) =>
        {
            if (i.AssignmentId is { } assignment)
            {
                reading.Ref(n, "assignmentId", "assignment", assignment);
            }
        });
        reading.Simple(root, "vettingOpinions", RegisterShapes.Vetting, v => b.AddVettingOpinion(v));

        var decisions = new Dictionary<RecordId<DisciplineDecision>, DisciplineDecision>();
        foreach (var n in reading.Items(root, "decisions"))
        {
            var e = Guard(n, () => RegisterShapes.Decision.Codec.Read(n));
            reading.Add(n, "decision", e.Decision.Id, () => b.AddDecision(e.Decision, e.CaseId));
            decisions[e.Decision.Id] = e.Decision;
            if (e.CaseId is { } caseId)
            {
                reading.Ref(n, "caseId", "case", caseId);
                reading.CaseOfEntry.Add((n, e.Decision.Id, caseId));
            }
        }

        var complaints = new Dictionary<RecordId<DisciplineComplaint>, DisciplineComplaint>();
        foreach (var n in reading.Items(root, "complaints"))
        {
            var e = Guard(n, () => RegisterShapes.Complaint.Codec.Read(n));
            var decision = decisions.GetValueOrDefault(e.DecisionId) ?? throw Missing(n, "decisionId", e.DecisionId.Value, "decision");
            var complaint = Guard(n, () => DisciplineComplaint.Create(e.Id, decision, e.DecisionReceivedOn, e.FiledOn, e.FiledBySubject, e.Signed, e.PreviouslyResolvedByCentralCommittee));
            reading.Add(n, "complaint", complaint.Id, () => b.AddComplaint(complaint));
            complaints[complaint.Id] = complaint;
        }

        foreach (var n in reading.Items(root, "complaintResolutions"))
        {
            var e = Guard(n, () => RegisterShapes.Resolution.Codec.Read(n));
            var complaint = complaints.GetValueOrDefault(e.ComplaintId) ?? throw Missing(n, "complaintId", e.ComplaintId.Value, "complaint");
            var resolution = Guard(n, () => DisciplineRules.FromRules(RuleBook.BuiltIn, e.ResolvedOn)
                .ResolveComplaint(complaint, e.Outcome, e.NewForm, e.ResolvedOn));
            reading.Add(n, null, null, () => b.AddComplaintResolution(resolution));
        }

        foreach (var n in reading.Items(root, "denunciations"))
        {
            RefuseIdentity(n);
            var e = Guard(n, () => RegisterShapes.Denunciation.Codec.Read(n));
            reading.Add(n, "denunciation", e.Denunciation.Id, () => b.AddDenunciation(e.Denunciation, e.CaseId));
            if (e.CaseId is { } caseId)
            {
                reading.Ref(n, "caseId", "case", caseId);
            }
        }

        reading.Simple(root, "denunciationEscalations", RegisterShapes.Escalation, x => b.AddDenunciationEscalation(x), (n, x) => reading.Ref(n, "denunciationId", "denunciation", x.DenunciationId));
        foreach (var n in reading.Items(root, "recommendations"))
        {
            var e = Guard(n, () => RegisterShapes.Recommendation.Codec.Read(n));
            reading.Add(n, "recommendation", e.Recommendation.Id, () => b.AddRecommendation(e.Recommendation, e.CaseId));
            if (e.CaseId is { } caseId)
            {
                reading.Ref(n, "caseId", "case", caseId);
            }
        }

        reading.Simple(root, "recoveryAmounts", RegisterShapes.Recovery, x => b.RecordRecovery(x.RecommendationId, x.AmountVnd, x.RecoveredVnd), (n, x) => reading.Ref(n, "recommendationId", "recommendation", x.RecommendationId));
        reading.Simple(root, "caseFindings", RegisterShapes.Finding, x => b.AddCaseFinding(x), (n, x) => reading.Ref(n, "caseId", "case", x.CaseId));
        reading.Simple(root, "directives", IndicatorShapes.Directive, x => b.AddDirective(x));
        reading.Simple(root, "inspectionStaff", IndicatorShapes.InspectionStaff, x => b.AddInspectionStaff(x));
        foreach (var n in reading.Items(root, "implementationPlans"))
        {
            var p = Guard(n, () => RegisterShapes.Plan.Codec.Read(n));
            reading.Add(n, "implementation plan", p.Id, () => b.AddImplementationPlan(p));
        }

        reading.Simple(root, "implementationReports", RegisterShapes.PlanReport, x => b.AddImplementationReport(x), (n, x) => reading.Ref(n, "planId", "implementation plan", x.PlanId));
        reading.Simple(root, "meetings", IndicatorShapes.Meeting, x => b.AddMeeting(x));
        reading.Simple(root, "tasks", IndicatorShapes.Task, x => b.AddTask(x));
        reading.Simple(root, "digitalFigures", IndicatorShapes.DigitalTransformation, x => b.AddDigitalFigures(x));
        reading.Simple(root, "annualReturns", RegisterShapes.AnnualReturn, x => b.AddAnnualReturn(x));

        reading.CheckLinks();

        // The builder checks every link again (it is the authority); the reader's check above only locates the culprit.
        return Guard(root, b.Build);
    }

    /// <summary>A denunciation carrying anything that looks like the informant's identity is refused outright, never read or dropped.</summary>
    private static void RefuseIdentity(LineAwareJson entry)
    {
        foreach (var node in new[] { entry, entry.Kind == JsonValueKind.Object ? entry.Optional("denunciation") : null })
        {
            if (node is not { Kind: JsonValueKind.Object })
            {
                continue;
            }

            foreach (var (name, value) in node.Properties!)
            {
                if (name.StartsWith("informant", StringComparison.OrdinalIgnoreCase) && name != "informantWithheld")
                {
                    throw Error(value.Path, value.Line, name,
                        DocumentProblem.Of(ErrorCodes.DocumentValueInvalid, "tài liệu sổ chỉ mang bản dành cho người xác minh của đơn tố cáo (\"informantWithheld\"); danh tính người tố cáo được niêm phong, tài liệu có danh tính bị từ chối", "A register document carries the verifiers' copy of a denunciation only (\"informantWithheld\"); the informant's identity is sealed and a document carrying it is refused."));
                }
            }
        }
    }

    /// <summary>
    /// The problem of a reference to a fact the register does not hold. <paramref name="what"/> is the kind of fact as
    /// the readers name it ("case", "decision", …); its Vietnamese name comes from the same table.
    /// </summary>
    internal static DocumentProblem NotInRegister(string what, string value, string englishTail)
    {
        var vietnamese = what switch
        {
            "assignment" => "nhiệm vụ được giao",
            "case" => "hồ sơ",
            "complaint" => "khiếu nại",
            "decision" => "quyết định",
            "denunciation" => "tố cáo",
            "implementation plan" => "kế hoạch thực hiện",
            "programme" => "chương trình",
            "recommendation" => "kiến nghị",
            _ => what,
        };
        return DocumentProblem.Of(ErrorCodes.DocumentReferenceUnknown, $"{vietnamese} '{value}' không có trong sổ", $"The {what} '{value}' is not in the register{englishTail}.");
    }

    private static DocumentError Missing(LineAwareJson node, string field, string value, string what) =>
        (DocumentError)Error($"{node.Path}/{field}", node.Optional(field)?.Line ?? node.Line, value, NotInRegister(what, value, " (no " + what + " with this id is recorded above)"));

    /// <summary>Runs a domain factory or builder step, turning its guard-clause exception into a <see cref="DocumentError"/> at <paramref name="node"/>.</summary>
    internal static T Guard<T>(LineAwareJson node, Func<T> action)
    {
        try
        {
            return action();
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException or KeyNotFoundException or OverflowException || (ex is FormatException and not DocumentError))
        {
            throw DocumentError.RuleViolated(node, ex);
        }
    }

    private static void Section<T>(Utf8JsonWriter w, string name, IEnumerable<T> items, Codec<T> codec)
    {
        w.WriteStartArray(name);
        foreach (var item in items)
        {
            codec.Write(w, item);
        }

        w.WriteEndArray();
    }

    /// <summary>The state of one read: the builder, the ids seen per kind and the links to check once every section is read.</summary>
    private sealed class Reading
    {
        private readonly Dictionary<string, HashSet<string>> _known = new(StringComparer.Ordinal);
        private readonly List<(LineAwareJson Node, string Field, string Kind, string Value)> _refs = [];

        public WorkRegisterBuilder Builder { get; } = WorkRegister.CreateBuilder();

        /// <summary>Decision id → the case whose discipline outcome names it.</summary>
        public Dictionary<RecordId<DisciplineDecision>, RecordId<OversightCase>> CaseOfOutcome { get; } = [];

        /// <summary>Decision entries naming their case.</summary>
        public List<(LineAwareJson Node, RecordId<DisciplineDecision> DecisionId, RecordId<OversightCase> CaseId)> CaseOfEntry { get; } = [];

        public List<LineAwareJson> Items(LineAwareJson root, string section)
        {
            foreach (var (name, value) in root.Properties!)
            {
                if (name == section)
                {
                    return value.AsArray(Error);
                }
            }

            return [];
        }

        public void Simple<T>(LineAwareJson root, string section, Shape<T> shape, Action<T> add, Action<LineAwareJson, T>? links = null)
            where T : notnull
        {
            foreach (var n in Items(root, section))
            {
                var value = Guard(n, () => shape.Codec.Read(n));
                links?.Invoke(n, value);
                Add(n, null, null, () => add(value));
            }
        }

        public void Add(LineAwareJson node, string? kind, string? id, Func<WorkRegisterBuilder> add)
        {
            Guard(node, add);
            if (kind is not null && id is not null)
            {
                Known(kind, id);
            }
        }

        public void Add(LineAwareJson node, string? kind, string? id, Action add) => Add(node, kind, id, () =>
        {
            add();
            return Builder;
        });

        public void Known(string kind, string id)
        {
            if (!_known.TryGetValue(kind, out var set))
            {
                _known[kind] = set = new HashSet<string>(StringComparer.Ordinal);
            }

            set.Add(id);
        }

        public void Ref(LineAwareJson node, string field, string kind, string value) => _refs.Add((node, field, kind, value));

        public void Ref<TRecord>(LineAwareJson node, string field, string kind, RecordId<TRecord> value)
            where TRecord : class
            => Ref(node, field, kind, value.Value);

        public void Add<TRecord>(LineAwareJson node, string kind, RecordId<TRecord> id, Func<WorkRegisterBuilder> add)
            where TRecord : class
            => Add(node, kind, id.Value, add);

        public void Add<TRecord>(LineAwareJson node, string kind, RecordId<TRecord> id, Action add)
            where TRecord : class
            => Add(node, kind, id.Value, add);

        /// <summary>The value at <paramref name="path"/> (<c>origin/caseId</c>, <c>handedOverTo/0</c>) under <paramref name="node"/>, for its line; the node itself when absent.</summary>
        private static LineAwareJson Locate(LineAwareJson node, string path)
        {
            var at = node;
            foreach (var segment in path.Split('/'))
            {
                var next = at.Kind switch
                {
                    JsonValueKind.Object => at.Optional(segment),
                    JsonValueKind.Array when int.TryParse(segment, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var i) && i < at.Items!.Count => at.Items[i],
                    _ => null,
                };
                if (next is null)
                {
                    return at;
                }

                at = next;
            }

            return at;
        }

        public void CheckLinks()
        {
            foreach (var (node, field, kind, value) in _refs)
            {
                if (!_known.TryGetValue(kind, out var set) || !set.Contains(value))
                {
                    throw Error($"{node.Path}/{field}", Locate(node, field).Line, value, NotInRegister(kind, value, string.Empty));
                }
            }

            foreach (var (node, decisionId, caseId) in CaseOfEntry)
            {
                if (CaseOfOutcome.TryGetValue(decisionId, out var linked) && linked != caseId)
                {
                    throw Error($"{node.Path}/caseId", Locate(node, "caseId").Line, caseId.Value, DocumentProblem.Of(ErrorCodes.DocumentValueInvalid, $"quyết định '{decisionId}' do hồ sơ '{linked}' ban hành (kết quả kỷ luật của hồ sơ đó nêu nó), không phải hồ sơ '{caseId}'", $"Decision '{decisionId}' is produced by case '{linked}' (its discipline outcome names it), not by case '{caseId}'."));
                }
            }
        }
    }
}
