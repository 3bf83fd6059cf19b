using System.Collections.Immutable;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Discipline.Complaints;
using KiemTra.Sdk.FollowUp;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Reporting;
using NodaTime;

namespace KiemTra.Sdk.Register;

/// <summary>
/// The statistics of the work for a scope and a period (<i>số liệu thống kê công tác kiểm tra, giám sát, kỷ luật</i>),
/// computed from the register a data set was projected from: discipline by form and subject, inspections and
/// supervisions by subject, complaints, denunciations, amounts to recover, policy recommendations and
/// positive findings, and plan completion — the last by the same measure as the plan-completion indicator,
/// so the two cannot disagree.
/// </summary>
/// <remarks>
/// Scope: facts attributed to an organisation of the scope's subtree (a decision by its deciding organisation, a case by
/// its conducting organisation, a complaint by the decision's, a denunciation by its subject's when an organisation, else
/// by the receiving organisation). Period: a fact counts when its date (decision, conclusion, resolution, first receipt)
/// falls in the period and not after the data's <see cref="IndicatorDataSet.AsOf"/>.
/// </remarks>
public sealed class WorkStatistics
{
    /// <summary>The measure of the plan-completion indicators (KL34 target 2).</summary>
    public const string PlanCompletionMeasure = "plan-items-completed";

    private WorkStatistics(OrganizationId scope, ReportingPeriod period, LocalDate asOf, DisciplineStatistics discipline, IndicatorResult plan, OversightStatistics oversight,
        IReadOnlyDictionary<BodyKind, OversightStatistics> oversightByBody, FollowUpReport followUp, ComplaintStatistics complaints, DenunciationStatistics denunciations, long toRecover, long recovered, int policy, int positive, int reports, int reportsOnTime)
    {
        AssigneeReports = reports;
        AssigneeReportsOnTime = reportsOnTime;
        Scope = scope;
        Period = period;
        AsOf = asOf;
        Discipline = discipline;
        PlanCompletion = plan;
        Oversight = oversight;
        OversightByBody = oversightByBody;
        FollowUp = followUp;
        Complaints = complaints;
        Denunciations = denunciations;
        AmountToRecoverVnd = toRecover;
        AmountRecoveredVnd = recovered;
        PolicyRecommendations = policy;
        PositiveFindings = positive;
    }

    /// <summary>The organisation whose subtree is counted.</summary>
    public OrganizationId Scope { get; }

    /// <summary>The period.</summary>
    public ReportingPeriod Period { get; }

    /// <summary>The date the register was read as of.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Discipline by form and subject.</summary>
    public DisciplineStatistics Discipline { get; }

    /// <summary>
    /// Planned inspections and supervisions and how many were carried out (<i>số cuộc kiểm tra, giám sát theo kế hoạch và
    /// đã hoàn thành</i>): the plan-completion indicator's own result for the scope and period, so the statistics and the
    /// indicator cannot disagree. <see cref="IndicatorResult.Denominator"/> is the items of the yearly programmes due in
    /// the period, <see cref="IndicatorResult.Numerator"/> those carried out (the linked case concluded) by the period's
    /// end, and <see cref="IndicatorResult.Reason"/> explains the count.
    /// </summary>
    public IndicatorResult PlanCompletion { get; }

    /// <summary>Inspections and supervisions by subject.</summary>
    public OversightStatistics Oversight { get; }

    /// <summary>
    /// Inspections and supervisions by the kind of body that conducted them (<i>theo chủ thể tiến hành</i>: cấp ủy, ban
    /// thường vụ, ủy ban kiểm tra, cơ quan tham mưu, chi bộ), keyed by the kind of body, only the kinds that conducted a
    /// case, enumerated in the order of <see cref="BodyKind"/>; they add up to <see cref="Oversight"/>.
    /// </summary>
    public IReadOnlyDictionary<BodyKind, OversightStatistics> OversightByBody { get; }

    /// <summary>
    /// Follow-up of conclusions and recommendations issued in the period (<i>theo dõi thực hiện kết luận, kiến nghị</i>):
    /// the <see cref="FollowUpReport"/> of the recommendations issued in the period to organisations of the scope, read on
    /// the period's last day or <see cref="AsOf"/> when earlier (its <see cref="FollowUpReport.AsOf"/>), without a due-soon
    /// window. Its five figures are <see cref="FollowUpReport.Issued"/>, <see cref="FollowUpReport.MetOnTime"/>,
    /// <see cref="FollowUpReport.MetLate"/>, <see cref="FollowUpReport.Overdue"/> and <see cref="FollowUpReport.NotYetDue"/>;
    /// a recommendation carried out after that day counts as not carried out.
    /// </summary>
    public FollowUpReport FollowUp { get; }

    /// <summary>Complaints against discipline resolved in the period.</summary>
    public ComplaintStatistics Complaints { get; }

    /// <summary>Denunciations first received in the period.</summary>
    public DenunciationStatistics Denunciations { get; }

    /// <summary>Amounts ordered recovered by recommendations issued in the period, in đồng.</summary>
    public long AmountToRecoverVnd { get; }

    /// <summary>Of which recovered, in đồng.</summary>
    public long AmountRecoveredVnd { get; }

    /// <summary>Policy recommendations made by cases in the period.</summary>
    public int PolicyRecommendations { get; }

    /// <summary>Positive findings (new factors, good practices) of cases in the period.</summary>
    public int PositiveFindings { get; }

    /// <summary>Assignees' reports (periodic and ad hoc) submitted in the period under assignments made in the scope.</summary>
    public int AssigneeReports { get; }

    /// <summary>Of which submitted by their due date.</summary>
    public int AssigneeReportsOnTime { get; }

    /// <summary>Denunciations that went over level in the period, lodged with an organisation of the scope.</summary>
    public int DenunciationsOverLevel { get; private init; }

    /// <summary>Denunciations found prolonged in the period, lodged with an organisation of the scope.</summary>
    public int DenunciationsProlonged { get; private init; }

    /// <summary>Subordinate bodies' implementation plans of the scope due in the period.</summary>
    public int ImplementationPlansDue { get; private init; }

    /// <summary>Of which issued by their due date.</summary>
    public int ImplementationPlansOnTime { get; private init; }

    /// <summary>Opinions on cadres given in the period by organisations of the scope.</summary>
    public int VettingOpinions { get; private init; }

    /// <summary>Information received in the period about organisations of the scope, by channel, rumours left out.</summary>
    public IReadOnlyDictionary<InformationChannel, int> InformationByChannel { get; private init; } = new Dictionary<InformationChannel, int>();

    /// <summary>Computes the statistics of a scope and period from the register a data set was projected from.</summary>
    /// <param name="data">A data set made by <see cref="IndicatorDataSet.Create(PartyDataset, LocalDate, WorkRegister)"/>.</param>
    /// <param name="scope">The organisation whose subtree is counted.</param>
    /// <param name="period">The period.</param>
    /// <param name="disciplineRules">The discipline rules in force (order and list of forms).</param>
    /// <param name="catalog">
    /// The catalogue whose plan-completion indicator (measure <see cref="PlanCompletionMeasure"/>) decides which units plan
    /// completion counts; <see cref="IndicatorCatalog.BuiltIn"/> when null. When it has no such indicator for the period,
    /// every organisation of the scope is counted.
    /// </param>
    /// <returns>The statistics.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The scope is not in the data set.</exception>
    public static WorkStatistics Compute(IndicatorDataSet data, OrganizationId scope, ReportingPeriod period, DisciplineRules disciplineRules, IndicatorCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(period);
        ArgumentNullException.ThrowIfNull(disciplineRules);
        var register = data.HasRegister ? data.Register : throw new ArgumentException("The data set was built from activity records, not from a register of the work; create it with IndicatorDataSet.Create(hierarchy, asOf, register).", nameof(data));
        var tree = data.Tree;
        var root = tree.IndexOf(scope);
        if (root < 0)
        {
            throw new ArgumentException($"The scope '{scope}' is not in the data set.", nameof(scope));
        }

        var end = tree.SubtreeEnd(root);
        bool InScope(OrganizationId o)
        {
            var i = tree.IndexOf(o);
            return i >= root && i < end;
        }

        var from = period.Start;
        var to = period.End < data.AsOf ? period.End : data.AsOf;
        bool InPeriod(LocalDate d) => d >= from && d <= to;

        var decisions = register.Decisions.Where(d => InScope(d.DecidedBy) && InPeriod(d.DecidedOn));
        var discipline = DisciplineStatistics.Compute(decisions, period.Start, period.End, disciplineRules);

        var byBody = new SortedDictionary<BodyKind, int[]>();
        foreach (var c in register.Cases)
        {
            if (!CaseOutcomes.IsCoveringActivity(c.Activity) || CaseOutcomes.ConcludedOn(c) is not { } on || !InPeriod(on) || !InScope(c.ConductedBy))
            {
                continue;
            }

            if (!byBody.TryGetValue(c.Body, out var t))
            {
                t = new int[8];
                byBody.Add(c.Body, t);
            }

            var supervision = CaseStateMachine.IsSupervision(c.Activity);
            var k = supervision ? 4 : 0;
            foreach (var s in c.Subjects)
            {
                var isOrganization = s.Organization is not null;
                t[k] += isOrganization ? 1 : 0;
                t[k + 1] += isOrganization ? 0 : 1;
                t[k + 2] += s.IsCommitteeMember ? 1 : 0;
            }

            if (supervision ? c.Conclusion!.SignsOfViolation : c.Conclusion!.ViolationFound)
            {
                t[k + 3]++;
            }
        }

        var bodies = byBody.ToImmutableSortedDictionary(p => p.Key, p => Figures(p.Value));
        var totals = new int[8];
        foreach (var t in byBody.Values)
        {
            for (var i = 0; i < totals.Length; i++)
            {
                totals[i] += t[i];
            }
        }

        var followUp = FollowUpReport.Of(register.Recommendations.Where(r => InScope(r.Addressee) && InPeriod(r.Deadline.EventDate)), DeadlineMonitor.SeenOn(to));

        var complaints = ComplaintStatistics.Compute(register.ComplaintResolutions.Where(r => InPeriod(r.ResolvedOn) && InScope(r.Complaint.Decision.DecidedBy)));
        var denunciations = DenunciationStatistics.Compute(register.Denunciations.Where(d =>
            d.Receipts.Count > 0 && InPeriod(d.Receipts.Min(r => r.On))
            && (d.Subject.Organization is { } o ? InScope(o) : d.Receipts.Any(r => InScope(r.ReceivedBy)))));

        long toRecover = 0, recovered = 0;
        foreach (var r in register.Recommendations)
        {
            if (r.AmountToRecoverVnd is { } amount && InScope(r.Addressee) && InPeriod(r.Deadline.EventDate))
            {
                toRecover += amount;
                recovered += r.RecoveredVnd;
            }
        }

        var findings = register.CaseFindings.Where(f => InPeriod(f.On) && register.FindCase(f.CaseId) is { } c && InScope(c.ConductedBy)).ToList();
        var assignedInScope = register.Assignments.Where(a => InScope(a.AssignedBy.Organization)).Select(a => a.Id).ToHashSet();
        var reports = register.AssigneeReports.Where(r => InPeriod(r.SubmittedOn) && assignedInScope.Contains(r.AssignmentId)).ToList();
        var plan = PlanCompletionOf(data, scope, period, catalog ?? IndicatorCatalog.BuiltIn);
        var escalations = register.DenunciationEscalations.Where(e => InPeriod(e.On) && InScope(e.LodgedWith)).ToList();
        var plans = register.ImplementationPlans.Where(p => InPeriod(p.DueOn) && InScope(p.Organization)).ToList();
        return new WorkStatistics(scope, period, data.AsOf, discipline, plan, Figures(totals), bodies, followUp, complaints, denunciations,
            toRecover, recovered, findings.Count(f => f.Kind == CaseFindingKind.PolicyRecommendation), findings.Count(f => f.Kind == CaseFindingKind.PositiveFinding),
            reports.Count, reports.Count(r => r.IsOnTime))
        {
            DenunciationsOverLevel = escalations.Count(e => e.Kind == DenunciationEscalationKind.OverLevel),
            DenunciationsProlonged = escalations.Count(e => e.Kind == DenunciationEscalationKind.Prolonged),
            ImplementationPlansDue = plans.Count,
            ImplementationPlansOnTime = plans.Count(p => FollowUpRules.CarriedOutBy(p.IssuedOn, p.DueOn)),
            VettingOpinions = register.VettingOpinions.Count(v => InPeriod(v.GivenOn) && InScope(v.GivenBy)),
            InformationByChannel = register.InformationReceived
                .Where(i => !i.IsRumor && InPeriod(i.ReceivedOn) && InScope(i.Locality))
                .GroupBy(i => i.Channel)
                .OrderBy(g => g.Key)
                .ToDictionary(g => g.Key, g => g.Count()),
        };
    }

    private static OversightStatistics Figures(int[] t) => new()
    {
        OrganizationsInspected = t[0],
        MembersInspected = t[1],
        InspectedCommitteeMembers = t[2],
        InspectionsFindingViolation = t[3],
        OrganizationsSupervised = t[4],
        MembersSupervised = t[5],
        SupervisedCommitteeMembers = t[6],
        SupervisionsWithSignsOfViolation = t[7],
    };

    /// <summary>Plan completion by the plan-completion indicator itself: its result is <see cref="PlanCompletion"/>, by construction.</summary>
    private static IndicatorResult PlanCompletionOf(IndicatorDataSet data, OrganizationId scope, ReportingPeriod period, IndicatorCatalog catalog)
    {
        var indicator = catalog.Indicators
            .Where(i => i.Measure == PlanCompletionMeasure && i.AppliesDuring(period.Start.Year, period.End.Year))
            .OrderBy(i => i.Code, StringComparer.Ordinal)
            .FirstOrDefault() ?? AllUnits.Value;
        return IndicatorEvaluator.Create(listLimit: 0).Evaluate(indicator, data, scope, period);
    }

    private static readonly Lazy<IndicatorDefinition> AllUnits = new(() => IndicatorDefinition.Create(
        "PLAN-COMPLETION",
        LocalizedText.Of("Hoàn thành các cuộc kiểm tra, giám sát theo chương trình, kế hoạch", "Planned inspections and supervisions carried out"),
        IndicatorTarget.Of(1.0m, TargetComparator.AtLeast, IndicatorUnit.Percent),
        PlanCompletionMeasure,
        LocalizedText.Of("Số cuộc đã hoàn thành", "Carried out"),
        LocalizedText.Of("Số cuộc theo kế hoạch", "Planned"),
        ReportingPeriodKind.Year,
        IndicatorDataSet.FirstReportableYear,
        IndicatorDataSet.LastReportableYear,
        IndicatorApplicability.Of([]),
        Rules.RuleCitation.Of(RecordId<Rules.RuleSet>.FromValidated("KL-34-2022"), "Kết luận 34-KL/TW", "§II.2(2)", verified: false),
        []));
}
