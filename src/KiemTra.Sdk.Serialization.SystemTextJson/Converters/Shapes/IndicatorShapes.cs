using KiemTra.Sdk.Register;
using System.Collections.Immutable;
using System.Text.Json.Serialization;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Reporting;
using KiemTra.Sdk.Rules;
using NodaTime;
using C = KiemTra.Sdk.Serialization.SystemTextJson.Converters.Shapes.Codecs;

namespace KiemTra.Sdk.Serialization.SystemTextJson.Converters.Shapes;

/// <summary>
/// JSON shapes of the indicator types (<i>chỉ tiêu</i>): definitions, targets, the activity records and evaluation tree
/// they are evaluated over, results and catalogue evaluations, and the report rows. A <see cref="ReportingPeriod"/> is
/// written as its code (<c>"2026"</c>, <c>"2026-Q1"</c>, <c>"2025-2030"</c>) and read with <see cref="ReportingPeriod.Parse"/>.
/// Definitions are read with <see cref="IndicatorDefinition.Create"/> against the built-in measure set.
/// </summary>
internal static class IndicatorShapes
{
    public static readonly Codec<ReportingPeriod> Period = new(
        n =>
        {
            var text = DomainJson.String(n);
            return ReportingPeriod.TryParse(text, out var period)
                ? period
                : throw DomainJson.Error(n.DisplayPath, n.Line, text, "Expected a reporting period code such as \"2026\", \"2026-Q1\" or \"2025-2030\".");
        },
        (w, v) => w.WriteStringValue(v.Code));

    public static readonly Shape<IndicatorTarget> Target = new Shape<IndicatorTarget>(nameof(IndicatorTarget), r =>
            IndicatorTarget.Of(r.Get<decimal>("value"), r.Get<TargetComparator>("comparator"), r.Get<IndicatorUnit>("unit")))
        .Field("value", C.Decimal, t => t.Value)
        .Field("comparator", C.Enum<TargetComparator>(), t => t.Comparator)
        .Field("unit", C.Enum<IndicatorUnit>(), t => t.Unit)
        .Derived(nameof(IndicatorTarget.Text));

    public static readonly Shape<IndicatorApplicability> Applicability = new Shape<IndicatorApplicability>(nameof(IndicatorApplicability), r =>
            IndicatorApplicability.Of(r.Get<ImmutableArray<OrganizationKind>>("organizationKinds"), r.Get<BodyKind?>("body"), r.Get<bool>("subordinatesOnly"),
                r.Get<ImmutableArray<AdvisoryAgencyKind>?>("excludedAgencies") ?? []))
        .Field("organizationKinds", C.Array(C.Enum<OrganizationKind>()), a => a.OrganizationKinds)
        .Field("body", C.NullableEnum<BodyKind>(), a => a.Body)
        .Field("subordinatesOnly", C.Boolean, a => a.SubordinatesOnly)
        .Field("excludedAgencies", C.OrNullValue(C.Array(C.Enum<AdvisoryAgencyKind>())), a => a.ExcludedAgencies);

    public static readonly Shape<RatingGate> Gate = new Shape<RatingGate>(nameof(RatingGate), r => RatingGate.Of(r.Get<string>("ratingCode"), r.Get<LocalizedText>("rating")))
        .Field("ratingCode", C.String, g => g.RatingCode)
        .Field("rating", C.Text, g => g.Rating);

    public static readonly Shape<IndicatorDefinition> Definition = new Shape<IndicatorDefinition>(nameof(IndicatorDefinition), r =>
        {
            var definition = IndicatorDefinition.Create(r.Get<string>("code"), r.Get<LocalizedText>("text"), r.Get<IndicatorTarget>("target"), r.Get<string>("measure"),
                r.Get<LocalizedText>("numerator"), r.Get<LocalizedText>("denominator"), r.Get<IndicatorPeriodKind>("periodKind"), r.Get<int>("validFromYear"),
                r.Get<int>("validToYear"), r.Get<IndicatorApplicability>("appliesTo"), r.Get<RuleCitation>("source"), r.Get<ImmutableArray<RatingGate>>("gates"));
            return r.Get<LocalizedText?>("notMeasured") is { } notMeasured ? definition.WithNotMeasured(notMeasured) : definition;
        })
        .Field("code", C.String, d => d.Code)
        .Field("text", C.Text, d => d.Text)
        .Field("target", Target.Codec, d => d.Target)
        .Field("measure", C.String, d => d.Measure)
        .Field("numerator", C.Text, d => d.Numerator)
        .Field("denominator", C.Text, d => d.Denominator)
        .Field("periodKind", C.Enum<IndicatorPeriodKind>(), d => d.PeriodKind)
        .Field("validFromYear", C.Int32, d => d.ValidFromYear)
        .Field("validToYear", C.Int32, d => d.ValidToYear)
        .Field("appliesTo", Applicability.Codec, d => d.AppliesTo)
        .Field("source", C.Citation, d => d.Source)
        .Field("gates", C.Array(Gate.Codec), d => d.Gates)
        .Field("notMeasured", C.NullableText, d => d.NotMeasured)
        .Derived(nameof(IndicatorDefinition.Verified));

    public static readonly Shape<FactItem> Fact = new Shape<FactItem>(nameof(FactItem), r => new FactItem(r.Get<string>("recordId"), r.Get<bool>("counted"), r.Get<LocalizedText>("note")))
        .Field("recordId", C.String, f => f.RecordId)
        .Field("counted", C.Boolean, f => f.Counted)
        .Field("note", C.Text, f => f.Note);

    public static readonly Shape<UnitFacts> Unit = new Shape<UnitFacts>(nameof(UnitFacts), r =>
            new UnitFacts(r.Get<string>("unitId"), r.Get<string>("unitName"), r.Get<OrganizationId>("organization"), r.Get<BodyKind?>("body"), L(r, "numerator"), L(r, "denominator"),
                r.Get<bool>("dataMissing"), r.Get<ImmutableArray<FactItem>>("facts")))
        .Field("unitId", C.String, u => u.UnitId)
        .Field("unitName", C.String, u => u.UnitName)
        .Field("organization", C.OrganizationId, u => u.Organization)
        .Field("body", C.NullableEnum<BodyKind>(), u => u.Body)
        .Field("numerator", C.Int64, u => u.Numerator)
        .Field("denominator", C.Int64, u => u.Denominator)
        .Field("dataMissing", C.Boolean, u => u.DataMissing)
        .Field("facts", C.Array(Fact.Codec), u => u.Facts);

    public static readonly Shape<IndicatorResult> Result = new Shape<IndicatorResult>(nameof(IndicatorResult), r =>
        {
            // The constructor reads only the id and name of the scope organisation; the kind and bodies are not part of a result.
            var scope = new EvaluationOrganization(r.Get<OrganizationId>("scope"), null, OrganizationKind.Province, r.Get<string>("scopeName"), []);
            return new IndicatorResult(r.Get<IndicatorDefinition>("indicator"), r.Get<ReportingPeriod>("period"), scope, r.Get<IndicatorStatus>("status"), L(r, "numerator"),
                L(r, "denominator"), r.Get<decimal?>("value"), N(r, "unitsCounted"), N(r, "unitsMissed"), N(r, "unitsMissingData"), r.Get<ImmutableArray<UnitFacts>>("misses"),
                r.Get<ImmutableArray<UnitFacts>>("missingData"), r.Get<LocalizedText>("reason"));
        })
        .Field("indicator", Definition.Codec, x => x.Indicator)
        .Field("period", Period, x => x.Period)
        .Field("scope", C.OrganizationId, x => x.Scope)
        .Field("scopeName", C.String, x => x.ScopeName)
        .Field("status", C.Enum<IndicatorStatus>(), x => x.Status)
        .Field("numerator", C.Int64, x => x.Numerator)
        .Field("denominator", C.Int64, x => x.Denominator)
        .Field("value", C.NullableDecimal, x => x.Value)
        .Field("unitsCounted", C.Int32, x => x.UnitsCounted)
        .Field("unitsMissed", C.Int32, x => x.UnitsMissed)
        .Field("unitsMissingData", C.Int32, x => x.UnitsMissingData)
        .Field("misses", C.Array(Unit.Codec), x => x.Misses)
        .Field("missingData", C.Array(Unit.Codec), x => x.MissingData)
        .Field("reason", C.Text, x => x.Reason)
        .Derived(nameof(IndicatorResult.Target), nameof(IndicatorResult.Met));

    public static readonly Shape<RatingOutcome> Rating = new Shape<RatingOutcome>(nameof(RatingOutcome), r =>
            new RatingOutcome(r.Get<RatingGate>("gate"), r.Get<RatingStatus>("status"), r.Get<ImmutableArray<string>>("blocking"), r.Get<ImmutableArray<string>>("undetermined")))
        .Field("gate", Gate.Codec, x => x.Gate)
        .Field("status", C.Enum<RatingStatus>(), x => x.Status)
        .Field("blocking", C.Array(C.String), x => x.Blocking)
        .Field("undetermined", C.Array(C.String), x => x.Undetermined);

    public static readonly Shape<CatalogueEvaluation> Evaluation = new Shape<CatalogueEvaluation>(nameof(CatalogueEvaluation), r =>
            new CatalogueEvaluation(r.Get<OrganizationId>("scope"), r.Get<string>("scopeName"), r.Get<ReportingPeriod>("period"), r.Get<LocalDate>("dataAsOf"),
                r.Get<ImmutableArray<IndicatorResult>>("results"), r.Get<ImmutableArray<RatingOutcome>>("ratings")))
        .Field("scope", C.OrganizationId, x => x.Scope)
        .Field("scopeName", C.String, x => x.ScopeName)
        .Field("period", Period, x => x.Period)
        .Field("dataAsOf", C.Date, x => x.DataAsOf)
        .Field("results", C.Array(Result.Codec), x => x.Results)
        .Field("ratings", C.Array(Rating.Codec), x => x.Ratings);

    public static readonly Shape<SubtreeIndicatorCounts> SubtreeCounts = new Shape<SubtreeIndicatorCounts>(nameof(SubtreeIndicatorCounts), r =>
            new SubtreeIndicatorCounts(r.Get<OrganizationId>("organization"), r.Get<string>("name"), L(r, "numerator"), L(r, "denominator"), N(r, "unitsMissed"), N(r, "unitsMissingData")))
        .Field("organization", C.OrganizationId, x => x.Organization)
        .Field("name", C.String, x => x.Name)
        .Field("numerator", C.Int64, x => x.Numerator)
        .Field("denominator", C.Int64, x => x.Denominator)
        .Field("unitsMissed", C.Int32, x => x.UnitsMissed)
        .Field("unitsMissingData", C.Int32, x => x.UnitsMissingData);

    public static readonly Shape<EvaluationBody> Body = new Shape<EvaluationBody>(nameof(EvaluationBody), r => new EvaluationBody(r.Get<string>("id"), r.Get<BodyKind>("kind"), r.Get<string>("name"), r.Get<AdvisoryAgencyKind?>("agency")))
        .Field("id", C.String, b => b.Id)
        .Field("kind", C.Enum<BodyKind>(), b => b.Kind)
        .Field("name", C.String, b => b.Name)
        .Field("agency", C.NullableEnum<AdvisoryAgencyKind>(), b => b.Agency);

    public static readonly Shape<EvaluationOrganization> Organization = new Shape<EvaluationOrganization>(nameof(EvaluationOrganization), r =>
            new EvaluationOrganization(r.Get<OrganizationId>("id"), r.Get<OrganizationId?>("parent"), r.Get<OrganizationKind>("kind"), r.Get<string>("name"), r.Get<IReadOnlyList<EvaluationBody>>("bodies")))
        .Field("id", C.OrganizationId, o => o.Id)
        .Field("parent", C.NullableOrganizationId, o => o.Parent)
        .Field("kind", C.Enum<OrganizationKind>(), o => o.Kind)
        .Field("name", C.String, o => o.Name)
        .Field("bodies", C.List(Body.Codec), o => o.Bodies);

    /// <summary>The tree as its organisations in tree order (parents first), rebuilt and checked by <see cref="EvaluationTree.Create"/>.</summary>
    public static readonly Shape<EvaluationTree> Tree = new Shape<EvaluationTree>(nameof(EvaluationTree), r => EvaluationTree.Create(r.Get<IReadOnlyList<EvaluationOrganization>>("organizations")))
        .Field("organizations", C.List(Organization.Codec), t => Enumerable.Range(0, t.Count).Select(i => t[i]).ToList())
        .Derived(nameof(EvaluationTree.Count), nameof(EvaluationTree.BodyCount), "Item");

    public static readonly Shape<PlanItemRecord> PlanItem = new Shape<PlanItemRecord>(nameof(PlanItemRecord), r =>
            new PlanItemRecord(r.Get<string>("id"), r.Get<OrganizationId>("organization"), r.Get<string?>("bodyId"), r.Get<ActivityKind>("activity"), r.Get<OrganizationId?>("target"),
                r.Get<LocalDate>("dueOn"), r.Get<LocalDate?>("completedOn"), r.Get<bool?>("planned") ?? true))
        .Field("id", C.String, x => x.Id)
        .Field("organization", C.OrganizationId, x => x.Organization)
        .Field("bodyId", C.NullableString, x => x.BodyId)
        .Field("activity", C.Enum<ActivityKind>(), x => x.Activity)
        .Field("target", C.NullableOrganizationId, x => x.Target)
        .Field("dueOn", C.Date, x => x.DueOn)
        .Field("completedOn", C.NullableDate, x => x.CompletedOn)
        .Field("planned", C.NullableBoolean, x => x.Planned);

    public static readonly Shape<IssuedDocument> GovernanceDocument = new Shape<IssuedDocument>(nameof(IssuedDocument), r =>
            new IssuedDocument(r.Get<string>("id"), r.Get<OrganizationId>("organization"), r.Get<string?>("bodyId"), r.Get<GovernanceDocumentKind>("kind"), r.Get<LocalDate>("issuedOn")))
        .Field("id", C.String, x => x.Id)
        .Field("organization", C.OrganizationId, x => x.Organization)
        .Field("bodyId", C.NullableString, x => x.BodyId)
        .Field("kind", C.Enum<GovernanceDocumentKind>(), x => x.Kind)
        .Field("issuedOn", C.Date, x => x.IssuedOn);

    public static readonly Shape<DirectiveDissemination> Directive = new Shape<DirectiveDissemination>(nameof(DirectiveDissemination), r =>
            new DirectiveDissemination(r.Get<string>("id"), r.Get<OrganizationId>("organization"), r.Get<LocalDate>("receivedOn"), r.Get<LocalDate?>("disseminatedOn")))
        .Field("id", C.String, x => x.Id)
        .Field("organization", C.OrganizationId, x => x.Organization)
        .Field("receivedOn", C.Date, x => x.ReceivedOn)
        .Field("disseminatedOn", C.NullableDate, x => x.DisseminatedOn);

    public static readonly Shape<InspectionStaffYear> InspectionStaff = new Shape<InspectionStaffYear>(nameof(InspectionStaffYear), r =>
            new InspectionStaffYear(r.Get<string>("id"), r.Get<OrganizationId>("organization"), r.Get<int>("year"), r.Get<bool>("trained"), r.Get<bool?>("meetsStandards"))
            {
                // Absent in documents written before training fields and rotation were recorded.
                TrainingFields = r.Get<IReadOnlyList<string>?>("trainingFields") ?? [],
                Rotated = r.Get<bool?>("rotated") ?? false,
                NewlyElected = r.Get<bool?>("newlyElected") ?? false,
            })
        .Field("id", C.String, x => x.Id)
        .Field("organization", C.OrganizationId, x => x.Organization)
        .Field("year", C.Int32, x => x.Year)
        .Field("trained", C.Boolean, x => x.Trained)
        .Field("meetsStandards", C.NullableBoolean, x => x.MeetsStandards)
        .Field("trainingFields", C.OrNull(C.List(C.String)), x => x.TrainingFields)
        .Field("rotated", C.NullableBoolean, x => x.Rotated)
        .Field("newlyElected", C.NullableBoolean, x => x.NewlyElected);

    public static readonly Shape<ConclusionFollowUpRecord> ConclusionFollowUp = new Shape<ConclusionFollowUpRecord>(nameof(ConclusionFollowUpRecord), r =>
            new ConclusionFollowUpRecord(r.Get<string>("id"), r.Get<OrganizationId>("organization"), r.Get<LocalDate>("dueOn"), r.Get<LocalDate?>("completedOn")))
        .Field("id", C.String, x => x.Id)
        .Field("organization", C.OrganizationId, x => x.Organization)
        .Field("dueOn", C.Date, x => x.DueOn)
        .Field("completedOn", C.NullableDate, x => x.CompletedOn);

    public static readonly Shape<LocalityAssignmentRecord> LocalityAssignment = new Shape<LocalityAssignmentRecord>(nameof(LocalityAssignmentRecord), r =>
            new LocalityAssignmentRecord(r.Get<string>("id"), r.Get<OrganizationId>("organization"), r.Get<string?>("bodyId"), r.Get<OrganizationId>("locality"), r.Get<LocalDate>("from"), r.Get<LocalDate?>("to")))
        .Field("id", C.String, x => x.Id)
        .Field("organization", C.OrganizationId, x => x.Organization)
        .Field("bodyId", C.NullableString, x => x.BodyId)
        .Field("locality", C.OrganizationId, x => x.Locality)
        .Field("from", C.Date, x => x.From)
        .Field("to", C.NullableDate, x => x.To);

    public static readonly Shape<MeetingAttendanceRecord> MeetingAttendance = new Shape<MeetingAttendanceRecord>(nameof(MeetingAttendanceRecord), r =>
            new MeetingAttendanceRecord(r.Get<string>("assignmentId"), r.Get<LocalDate>("date")))
        .Field("assignmentId", C.String, x => x.AssignmentId)
        .Field("date", C.Date, x => x.Date);

    public static readonly Shape<DigitalProcessingFigures> DigitalTransformation = new Shape<DigitalProcessingFigures>(nameof(DigitalProcessingFigures), r =>
            new DigitalProcessingFigures { Organization = r.Get<OrganizationId>("organization"), Year = r.Get<int>("year"), ProceduresTotal = N(r, "proceduresTotal"), ProceduresDigital = N(r, "proceduresDigital"), DocumentsTotal = N(r, "documentsTotal"), DocumentsDigitised = N(r, "documentsDigitised"), DataBasedSupervision = r.Get<bool?>("dataBasedSupervision") })
        .Field("organization", C.OrganizationId, x => x.Organization)
        .Field("year", C.Int32, x => x.Year)
        .Field("proceduresTotal", C.Int32, x => x.ProceduresTotal)
        .Field("proceduresDigital", C.Int32, x => x.ProceduresDigital)
        .Field("documentsTotal", C.Int32, x => x.DocumentsTotal)
        .Field("documentsDigitised", C.Int32, x => x.DocumentsDigitised)
        .Field("dataBasedSupervision", C.NullableBoolean, x => x.DataBasedSupervision);

    public static readonly Shape<Meeting> Meeting = new Shape<Meeting>(nameof(Meeting), r =>
            new Meeting(r.Get<string>("id"), r.Get<OrganizationId>("organization"), r.Get<string?>("bodyId"), r.Get<MeetingKind>("kind"), r.Get<LocalDate>("date"), r.Get<decimal>("lengthInDays")))
        .Field("id", C.String, x => x.Id)
        .Field("organization", C.OrganizationId, x => x.Organization)
        .Field("bodyId", C.NullableString, x => x.BodyId)
        .Field("kind", C.Enum<MeetingKind>(), x => x.Kind)
        .Field("date", C.Date, x => x.Date)
        .Field("lengthInDays", C.Decimal, x => x.LengthInDays);

    public static readonly Shape<AssignedTask> Task = new Shape<AssignedTask>(nameof(AssignedTask), r =>
            new AssignedTask(r.Get<string>("id"), r.Get<OrganizationId>("organization"), r.Get<LocalDate>("assignedOn"), r.Get<string?>("content"), r.Get<string?>("leadAgency"),
                r.Get<IReadOnlyList<string>>("coordinatingAgencies"), r.Get<LocalDate?>("completionDate"), r.Get<string?>("product"), r.Get<string?>("resources"), r.Get<string?>("responsiblePerson"),
                r.Get<string?>("handlingAuthority"), r.Get<string?>("responsibleCollective")))
        .Field("id", C.String, x => x.Id)
        .Field("organization", C.OrganizationId, x => x.Organization)
        .Field("assignedOn", C.Date, x => x.AssignedOn)

        // A task specification may be incomplete (R-T checks report the missing elements): text fields may be empty.
        .Field("content", C.NullableAnyString, x => x.Content)
        .Field("leadAgency", C.NullableAnyString, x => x.LeadAgency)
        .Field("coordinatingAgencies", C.List(C.AnyString), x => x.CoordinatingAgencies)
        .Field("completionDate", C.NullableDate, x => x.CompletionDate)
        .Field("product", C.NullableAnyString, x => x.Product)
        .Field("resources", C.NullableAnyString, x => x.Resources)
        .Field("responsiblePerson", C.NullableAnyString, x => x.ResponsiblePerson)
        .Field("handlingAuthority", C.NullableAnyString, x => x.HandlingAuthority)
        .Field("responsibleCollective", C.NullableAnyString, x => x.ResponsibleCollective);

    public static readonly Shape<ReportedDataRecord> Reported = new Shape<ReportedDataRecord>(nameof(ReportedDataRecord), r =>
            new ReportedDataRecord(r.Get<OrganizationId>("organization"), r.Get<RecordKind>("kind"), r.Get<int>("year")))
        .Field("organization", C.OrganizationId, x => x.Organization)
        .Field("kind", C.Enum<RecordKind>(), x => x.Kind)
        .Field("year", C.Int32, x => x.Year);

    public static readonly Shape<ActivityRecords> Records = new Shape<ActivityRecords>(nameof(ActivityRecords), r => new ActivityRecords
        {
            PlanItems = r.Get<ImmutableArray<PlanItemRecord>>("planItems"),
            GovernanceDocuments = r.Get<ImmutableArray<IssuedDocument>>("governanceDocuments"),
            Directives = r.Get<ImmutableArray<DirectiveDissemination>>("directives"),
            InspectionStaff = r.Get<ImmutableArray<InspectionStaffYear>>("inspectionStaff"),
            ConclusionFollowUps = r.Get<ImmutableArray<ConclusionFollowUpRecord>>("conclusionFollowUps"),
            LocalityAssignments = r.Get<ImmutableArray<LocalityAssignmentRecord>>("localityAssignments"),
            MeetingAttendance = r.Get<ImmutableArray<MeetingAttendanceRecord>>("meetingAttendance"),
            DigitalTransformation = r.Get<ImmutableArray<DigitalProcessingFigures>>("digitalTransformation"),
            Meetings = r.Get<ImmutableArray<Meeting>>("meetings"),
            Tasks = r.Get<ImmutableArray<AssignedTask>>("tasks"),
            Reported = r.Get<ImmutableArray<ReportedDataRecord>>("reported"),
        })
        .Field("planItems", C.Array(PlanItem.Codec), x => x.PlanItems)
        .Field("governanceDocuments", C.Array(GovernanceDocument.Codec), x => x.GovernanceDocuments)
        .Field("directives", C.Array(Directive.Codec), x => x.Directives)
        .Field("inspectionStaff", C.Array(InspectionStaff.Codec), x => x.InspectionStaff)
        .Field("conclusionFollowUps", C.Array(ConclusionFollowUp.Codec), x => x.ConclusionFollowUps)
        .Field("localityAssignments", C.Array(LocalityAssignment.Codec), x => x.LocalityAssignments)
        .Field("meetingAttendance", C.Array(MeetingAttendance.Codec), x => x.MeetingAttendance)
        .Field("digitalTransformation", C.Array(DigitalTransformation.Codec), x => x.DigitalTransformation)
        .Field("meetings", C.Array(Meeting.Codec), x => x.Meetings)
        .Field("tasks", C.Array(Task.Codec), x => x.Tasks)
        .Field("reported", C.Array(Reported.Codec), x => x.Reported);

    /// <summary>The data an evaluation runs over, rebuilt and checked by <see cref="IndicatorDataSet.Create(EvaluationTree, LocalDate, ActivityRecords)"/>.</summary>
    /// <remarks>
    /// A data set made from a register (<see cref="IndicatorDataSet.Create(EvaluationTree, LocalDate, WorkRegister)"/>) is
    /// written with its register and no records (they are the register's projection, recomputed on reading); one made
    /// from records alone is written with its records and a null register. Exactly one of the two is given.
    /// </remarks>
    public static readonly Shape<IndicatorDataSet> DataSet = new Shape<IndicatorDataSet>(nameof(IndicatorDataSet), r =>
        {
            var records = r.Get<ActivityRecords?>("records");
            var register = r.Get<WorkRegister?>("register");
            return (records, register) switch
            {
                (null, { } g) => IndicatorDataSet.Create(r.Get<EvaluationTree>("tree"), r.Get<LocalDate>("asOf"), g),
                ({ } a, null) => IndicatorDataSet.Create(r.Get<EvaluationTree>("tree"), r.Get<LocalDate>("asOf"), a),
                _ => throw new ArgumentException("A data set gives exactly one of its records and its register.", "register"),
            };
        })
        .Field("tree", Tree.Codec, d => d.Tree)
        .Field("asOf", C.Date, d => d.AsOf)
        .Field("records", C.OrNull(Records.Codec), d => d.Register is null ? d.Records : null)
        .Field("register", C.OrNull(RegisterDocument.Codec), d => d.Register)
        .Derived(nameof(IndicatorDataSet.YearsReported));

    public static readonly Shape<DisciplineTally> Tally = new Shape<DisciplineTally>(nameof(DisciplineTally), r =>
            new DisciplineTally(r.Get<string>("formCode"), r.Get<LocalizedText>("form"), N(r, "organizations"), N(r, "members")))
        .Field("formCode", C.String, x => x.FormCode)
        .Field("form", C.Text, x => x.Form)
        .Field("organizations", C.Int32, x => x.Organizations)
        .Field("members", C.Int32, x => x.Members);

    public static readonly Shape<ReportCoverageRow> CoverageRow = new Shape<ReportCoverageRow>(nameof(ReportCoverageRow), r =>
            new ReportCoverageRow(r.Get<string>("id"), r.Get<string>("name"), L(r, "covered"), L(r, "total"), N(r, "missingData")))
        .Field("id", C.String, x => x.Id)
        .Field("name", C.String, x => x.Name)
        .Field("covered", C.Int64, x => x.Covered)
        .Field("total", C.Int64, x => x.Total)
        .Field("missingData", C.Int32, x => x.MissingData);

    public static readonly Shape<ReportFact> ReportFact = new Shape<ReportFact>(nameof(Reporting.ReportFact), r =>
            new ReportFact(r.Get<string>("recordId"), r.Get<bool>("counted"), r.Get<LocalizedText>("note")))
        .Field("recordId", C.String, f => f.RecordId)
        .Field("counted", C.Boolean, f => f.Counted)
        .Field("note", C.Text, f => f.Note);

    public static readonly Shape<ReportUnit> ReportUnit = new Shape<ReportUnit>(nameof(Reporting.ReportUnit), r =>
            new ReportUnit(r.Get<string>("id"), r.Get<string>("name"), L(r, "numerator"), L(r, "denominator"), r.Get<LocalizedText>("reason"), r.Get<ImmutableArray<ReportFact>>("facts")))
        .Field("id", C.String, u => u.Id)
        .Field("name", C.String, u => u.Name)
        .Field("numerator", C.Int64, u => u.Numerator)
        .Field("denominator", C.Int64, u => u.Denominator)
        .Field("reason", C.Text, u => u.Reason)
        .Field("facts", C.Array(ReportFact.Codec), u => u.Facts);

    public static readonly Shape<ReportIndicatorRow> IndicatorRow = new Shape<ReportIndicatorRow>(nameof(ReportIndicatorRow), r =>
            new ReportIndicatorRow(r.Get<string>("code"), r.Get<LocalizedText>("text"), r.Get<IndicatorStatus>("status"), L(r, "numerator"), L(r, "denominator"), r.Get<decimal?>("value"),
                r.Get<IndicatorTarget>("target"), r.Get<bool?>("met"), N(r, "unitsCounted"), N(r, "unitsMissed"), N(r, "unitsMissingData"), r.Get<RuleCitation>("source"),
                r.Get<bool>("verified"), r.Get<LocalizedText>("reason"), r.Get<ImmutableArray<ReportUnit>>("misses"), r.Get<ImmutableArray<ReportUnit>>("missingData")))
        .Field("code", C.String, x => x.Code)
        .Field("text", C.Text, x => x.Text)
        .Field("status", C.Enum<IndicatorStatus>(), x => x.Status)
        .Field("numerator", C.Int64, x => x.Numerator)
        .Field("denominator", C.Int64, x => x.Denominator)
        .Field("value", C.NullableDecimal, x => x.Value)
        .Field("target", Target.Codec, x => x.Target)
        .Field("met", C.NullableBoolean, x => x.Met)
        .Field("unitsCounted", C.Int32, x => x.UnitsCounted)
        .Field("unitsMissed", C.Int32, x => x.UnitsMissed)
        .Field("unitsMissingData", C.Int32, x => x.UnitsMissingData)
        .Field("source", C.Citation, x => x.Source)
        .Field("verified", C.Boolean, x => x.Verified)
        .Field("reason", C.Text, x => x.Reason)
        .Field("misses", C.Array(ReportUnit.Codec), x => x.Misses)
        .Field("missingData", C.Array(ReportUnit.Codec), x => x.MissingData);

    public static readonly Shape<ReportRatingRow> RatingRow = new Shape<ReportRatingRow>(nameof(ReportRatingRow), r =>
            new ReportRatingRow(r.Get<string>("code"), r.Get<LocalizedText>("rating"), r.Get<RatingStatus>("status"), r.Get<ImmutableArray<string>>("blocking"), r.Get<ImmutableArray<string>>("undetermined")))
        .Field("code", C.String, x => x.Code)
        .Field("rating", C.Text, x => x.Rating)
        .Field("status", C.Enum<RatingStatus>(), x => x.Status)
        .Field("blocking", C.Array(C.String), x => x.Blocking)
        .Field("undetermined", C.Array(C.String), x => x.Undetermined);

    public static IEnumerable<JsonConverter> Converters()
    {
        yield return new CodecConverter<ReportingPeriod>(Period);
        yield return ShapeConverter.Of(Target);
        yield return ShapeConverter.Of(Applicability);
        yield return ShapeConverter.Of(Gate);
        yield return ShapeConverter.Of(Definition);
        yield return ShapeConverter.Of(Fact);
        yield return ShapeConverter.Of(Unit);
        yield return ShapeConverter.Of(Result);
        yield return ShapeConverter.Of(Rating);
        yield return ShapeConverter.Of(Evaluation);
        yield return ShapeConverter.Of(SubtreeCounts);
        yield return ShapeConverter.Of(Body);
        yield return ShapeConverter.Of(Organization);
        yield return ShapeConverter.Of(Tree);
        yield return ShapeConverter.Of(PlanItem);
        yield return ShapeConverter.Of(GovernanceDocument);
        yield return ShapeConverter.Of(Directive);
        yield return ShapeConverter.Of(InspectionStaff);
        yield return ShapeConverter.Of(ConclusionFollowUp);
        yield return ShapeConverter.Of(LocalityAssignment);
        yield return ShapeConverter.Of(MeetingAttendance);
        yield return ShapeConverter.Of(DigitalTransformation);
        yield return ShapeConverter.Of(Meeting);
        yield return ShapeConverter.Of(Task);
        yield return ShapeConverter.Of(Reported);
        yield return ShapeConverter.Of(Records);
        yield return ShapeConverter.Of(DataSet);
        yield return ShapeConverter.Of(Tally);
        yield return ShapeConverter.Of(CoverageRow);
        yield return ShapeConverter.Of(ReportFact);
        yield return ShapeConverter.Of(ReportUnit);
        yield return ShapeConverter.Of(IndicatorRow);
        yield return ShapeConverter.Of(RatingRow);
    }

    private static int N<T>(Shape<T>.ShapeReader r, string name)
        where T : notnull
        => Counts.NonNegative(r.Get<int>(name), name);

    private static long L<T>(Shape<T>.ShapeReader r, string name)
        where T : notnull
        => Counts.NonNegative(r.Get<long>(name), name);
}
