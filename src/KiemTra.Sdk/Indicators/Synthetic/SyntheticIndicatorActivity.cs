using KiemTra.Sdk.Register;
using System.Collections.Immutable;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Organization.Synthetic;
using KiemTra.Sdk.Reporting;
using NodaTime;

namespace KiemTra.Sdk.Indicators.Synthetic;

/// <summary>
/// Deterministic, synthetic activity records for a tree of organisations (<i>dữ liệu hoạt động giả lập</i>): plans and
/// their completion, programmes, assignments and attendance, staff, conclusions, digital figures, meetings and tasks,
/// with most targets met, a few missed and a few organisations not reporting (MISSING). For demonstrations, tests and
/// benchmarks only: every report built on it must say the data is synthetic.
/// </summary>
/// <remarks>
/// The same tree, years, date and seed always give the same records. Nothing is generated after <c>asOf</c>.
/// Work is linear in the number of organisations.
/// </remarks>
public static class SyntheticIndicatorActivity
{
    /// <summary>A note to print on every report built on this data.</summary>
    public static LocalizedText Note { get; } = LocalizedText.Of(
        "Số liệu hoạt động là dữ liệu mô phỏng (giả lập) để minh họa, không phải số liệu thật.",
        "Activity figures are synthetic demonstration data, not real figures.");

    /// <summary>
    /// Generates a data set for the years <paramref name="firstYear"/>–<paramref name="lastYear"/>, none after <paramref name="asOf"/>
    /// (temporary: until the sample year is written as a register of the work by driving the domain API).
    /// </summary>
    /// <param name="tree">The organisations.</param>
    /// <param name="firstYear">First year generated.</param>
    /// <param name="lastYear">Last year generated.</param>
    /// <param name="asOf">Nothing is generated after this date.</param>
    /// <param name="seed">The random seed.</param>
    /// <returns>The data set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tree"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The years are reversed or outside the reportable years.</exception>
    public static IndicatorDataSet CreateDataSet(EvaluationTree tree, int firstYear, int lastYear, LocalDate asOf, ulong seed)
        => IndicatorDataSet.Create(tree, asOf, Generate(tree, firstYear, lastYear, asOf, seed));

    /// <summary>Generates records for the years <paramref name="firstYear"/>–<paramref name="lastYear"/>, none after <paramref name="asOf"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="tree"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The years are reversed or outside the reportable years.</exception>
    internal static ActivityRecords Generate(EvaluationTree tree, int firstYear, int lastYear, LocalDate asOf, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(tree);
        if (lastYear < firstYear || firstYear < IndicatorDataSet.FirstReportableYear || lastYear > IndicatorDataSet.LastReportableYear)
        {
            throw new ArgumentOutOfRangeException(nameof(lastYear), lastYear, $"Years {firstYear}–{lastYear} are reversed or outside {IndicatorDataSet.FirstReportableYear}–{IndicatorDataSet.LastReportableYear}.");
        }

        var g = new Generator(tree, asOf, new SplitMix64(seed));
        for (var year = firstYear; year <= lastYear && new LocalDate(year, 1, 1) <= asOf; year++)
        {
            g.Year(year);
        }

        return g.Build();
    }

    /// <summary>
    /// Synthetic discipline counts by form for a period, shaped like Thái Nguyên's 2020–2025 figures (seed 002: per term,
    /// organisations reprimand 16, warning 8; members reprimand 783, warning 164, removal 8, expulsion 197) scaled to the
    /// period's length and the tree's size, with ±20% noise.
    /// </summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<DisciplineTally> DisciplineTallies(EvaluationTree tree, ReportingPeriod period, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(period);
        var rng = new SplitMix64(seed ^ 0x5EEDUL ^ (ulong)period.Start.Year);
        var years = (Period.DaysBetween(period.Start, period.End) + 1) / 365.25;
        var scale = years / 5.0 * Math.Max(0.05, tree.Count / 6_500.0);
        int Scaled(int termFigure) => (int)Math.Round(termFigure * scale * (0.8 + (0.4 * rng.NextDouble())));
        return
        [
            new("Reprimand", LocalizedText.Of("Khiển trách", "Reprimand"), Scaled(16), Scaled(783)),
            new("Warning", LocalizedText.Of("Cảnh cáo", "Warning"), Scaled(8), Scaled(164)),
            new("RemovalFromPost", LocalizedText.Of("Cách chức", "Removal from post"), 0, Scaled(8)),
            new("Expulsion", LocalizedText.Of("Khai trừ", "Expulsion"), 0, Scaled(197)),
            new("Dissolution", LocalizedText.Of("Giải tán", "Dissolution"), 0, 0),
        ];
    }

    private sealed class Generator(EvaluationTree tree, LocalDate asOf, SplitMix64 rng)
    {
        private static readonly RecordKind[] Kinds = Enum.GetValues<RecordKind>().Where(k => k != RecordKind.DigitalTransformation).ToArray();

        private readonly ImmutableArray<PlanItemRecord>.Builder _plans = ImmutableArray.CreateBuilder<PlanItemRecord>();
        private readonly ImmutableArray<IssuedDocument>.Builder _documents = ImmutableArray.CreateBuilder<IssuedDocument>();
        private readonly ImmutableArray<DirectiveDissemination>.Builder _directives = ImmutableArray.CreateBuilder<DirectiveDissemination>();
        private readonly ImmutableArray<InspectionStaffYear>.Builder _staff = ImmutableArray.CreateBuilder<InspectionStaffYear>();
        private readonly ImmutableArray<ConclusionFollowUpRecord>.Builder _conclusions = ImmutableArray.CreateBuilder<ConclusionFollowUpRecord>();
        private readonly ImmutableArray<LocalityAssignmentRecord>.Builder _assignments = ImmutableArray.CreateBuilder<LocalityAssignmentRecord>();
        private readonly ImmutableArray<MeetingAttendanceRecord>.Builder _attendance = ImmutableArray.CreateBuilder<MeetingAttendanceRecord>();
        private readonly ImmutableArray<DigitalProcessingFigures>.Builder _digital = ImmutableArray.CreateBuilder<DigitalProcessingFigures>();
        private readonly ImmutableArray<Meeting>.Builder _meetings = ImmutableArray.CreateBuilder<Meeting>();
        private readonly ImmutableArray<AssignedTask>.Builder _tasks = ImmutableArray.CreateBuilder<AssignedTask>();
        private readonly ImmutableArray<ReportedDataRecord>.Builder _reported = ImmutableArray.CreateBuilder<ReportedDataRecord>();
        private int _serial;

        public void Year(int year)
        {
            for (var o = 0; o < tree.Count; o++)
            {
                if (tree.KindOf(o) == OrganizationKind.SubCommittee)
                {
                    // A sub-committee plans the supervision of its cells, and reports nothing else.
                    _reported.Add(new ReportedDataRecord(tree[o].Id, RecordKind.PlanItems, year));
                    Plans(o, year);
                    continue;
                }

                if (!Leads(tree.KindOf(o)))
                {
                    continue;
                }

                var org = tree[o];
                foreach (var kind in Kinds)
                {
                    // A few organisations (0.5%) leave the dissemination report out for a year: MISSING, not a fail.
                    if (kind != RecordKind.Directives || !Chance(0.005))
                    {
                        _reported.Add(new ReportedDataRecord(org.Id, kind, year));
                    }
                }

                Documents(o, year);
                Plans(o, year);
                Directives(org.Id, year);
                Staff(o, year);
                Conclusions(org.Id, year);
                Assignments(o, year);
                Digital(o, year);
                Meetings(o, year);
                Tasks(org.Id, year);
            }
        }

        public ActivityRecords Build() => new()
        {
            PlanItems = _plans.ToImmutable(),
            GovernanceDocuments = _documents.ToImmutable(),
            Directives = _directives.ToImmutable(),
            InspectionStaff = _staff.ToImmutable(),
            ConclusionFollowUps = _conclusions.ToImmutable(),
            LocalityAssignments = _assignments.ToImmutable(),
            MeetingAttendance = _attendance.ToImmutable(),
            DigitalTransformation = _digital.ToImmutable(),
            Meetings = _meetings.ToImmutable(),
            Tasks = _tasks.ToImmutable(),
            Reported = _reported.ToImmutable(),
        };

        private static bool Leads(OrganizationKind kind) => kind is not (OrganizationKind.SubCommittee or OrganizationKind.Cell or OrganizationKind.PartyGroup);

        private bool Chance(double p) => rng.NextDouble() < p;

        private LocalDate Day(int year, int fromMonth, int toMonth)
        {
            var start = new LocalDate(year, fromMonth, 1);
            var end = new LocalDate(year, toMonth, 1).PlusMonths(1).PlusDays(-1);
            return start.PlusDays(rng.Next(Period.DaysBetween(start, end) + 1));
        }

        private LocalDate? Until(LocalDate date) => date <= asOf ? date : null;

        private string Id(string prefix, OrganizationId org) => $"{prefix}-{org}-{++_serial}";

        private IEnumerable<EvaluationBody> Bodies(int o, params BodyKind[] kinds)
        {
            var (start, end) = tree.BodiesOf(o);
            for (var b = start; b < end; b++)
            {
                if (kinds.Contains(tree.Body(b).Kind))
                {
                    yield return tree.Body(b);
                }
            }
        }

        private void Documents(int o, int year)
        {
            var id = tree[o].Id;
            foreach (var body in Bodies(o, BodyKind.Committee, BodyKind.InspectionCommission, BodyKind.AdvisoryAgency))
            {
                // Inspection commissions always issue their programme; committees and advisory agencies almost always.
                if ((body.Kind == BodyKind.InspectionCommission || Chance(0.97)) && Until(Day(year, 1, 2)) is { } issued)
                {
                    _documents.Add(new IssuedDocument(Id("CT", id), id, body.Id, GovernanceDocumentKind.InspectionSupervisionProgramme, issued));
                }

                // Assignment decisions and regulations are issued once, after the congress of the term (late 2025).
                if (year == 2025 && Chance(0.9) && Until(Day(year, 10, 12)) is { } assigned)
                {
                    _documents.Add(new IssuedDocument(Id("PC", id), id, body.Id, GovernanceDocumentKind.LocalityAssignment, assigned));
                    if (body.Kind != BodyKind.Committee && Chance(0.92))
                    {
                        _documents.Add(new IssuedDocument(Id("QC", id), id, body.Id, GovernanceDocumentKind.LocalityWorkRegulation, assigned));
                    }
                }
            }
        }

        private void Plans(int o, int year)
        {
            var id = tree[o].Id;
            var actor = Bodies(o, BodyKind.InspectionCommission).FirstOrDefault() ?? Bodies(o, BodyKind.Committee, BodyKind.Cell).FirstOrDefault();
            for (var child = o + 1; child < tree.SubtreeEnd(o); child = tree.SubtreeEnd(child))
            {
                // Each subordinate is planned for about two years in three, so a term covers nearly all of them.
                if (tree.KindOf(child) == OrganizationKind.PartyGroup || !Chance(0.66))
                {
                    continue;
                }

                var activity = rng.Next(4) switch
                {
                    0 => ActivityKind.ThematicSupervision,
                    1 => ActivityKind.ComplianceInspection,
                    _ => ActivityKind.RegularSupervision,
                };
                var due = Day(year, 3, 11);
                var completed = Chance(0.97) ? Until(due.PlusDays(-rng.Next(40))) : null;
                _plans.Add(new PlanItemRecord(Id("KH", id), id, actor?.Id, activity, tree[child].Id, due, completed));
            }

            if (actor is not null && tree.KindOf(o) == OrganizationKind.GrassrootsCommittee && Chance(0.95))
            {
                var due = Day(year, 5, 10);
                _plans.Add(new PlanItemRecord(Id("GSTX", id), id, actor.Id, ActivityKind.RegularSupervision, null, due, Until(due.PlusDays(-rng.Next(20)))));
            }
        }

        private void Directives(OrganizationId id, int year)
        {
            for (var i = rng.Between(2, 4); i > 0; i--)
            {
                var received = Day(year, 1, 11);
                if (received > asOf)
                {
                    continue;
                }

                _directives.Add(new DirectiveDissemination(Id("VB", id), id, received, Until(received.PlusDays(rng.Between(5, 30)))));
            }
        }

        private void Staff(int o, int year)
        {
            if (!Bodies(o, BodyKind.InspectionCommission).Any())
            {
                return;
            }

            var id = tree[o].Id;
            for (var i = 1; i <= rng.Between(1, 3); i++)
            {
                bool? meets = Chance(0.05) ? null : Chance(0.93);
                _staff.Add(new InspectionStaffYear($"CBKT-{id}-{i}", id, year, true, meets));
            }
        }

        private void Conclusions(OrganizationId id, int year)
        {
            for (var i = rng.Next(3); i > 0; i--)
            {
                var due = Day(year, 2, 12);
                var done = due.PlusDays(Chance(0.92) ? -rng.Next(30) : rng.Between(1, 40));
                _conclusions.Add(new ConclusionFollowUpRecord(Id("KLKN", id), id, due, Until(done)));
            }
        }

        private void Assignments(int o, int year)
        {
            var id = tree[o].Id;
            var bodies = Bodies(o, BodyKind.Committee, BodyKind.AdvisoryAgency, BodyKind.InspectionCommission).ToList();
            if (bodies.Count == 0 || tree.KindOf(o) is OrganizationKind.GrassrootsCell)
            {
                return;
            }

            var index = 0;
            for (var child = o + 1; child < tree.SubtreeEnd(o); child = tree.SubtreeEnd(child))
            {
                var body = bodies[index++ % bodies.Count];
                var assignment = new LocalityAssignmentRecord(Id("PCDB", id), id, body.Id, tree[child].Id, new LocalDate(year, 1, 1), new LocalDate(year, 12, 31));
                _assignments.Add(assignment);
                if (Chance(0.95) && Until(Day(year, 2, 11)) is { } attended)
                {
                    _attendance.Add(new MeetingAttendanceRecord(assignment.Id, attended));
                }
            }
        }

        private void Digital(int o, int year)
        {
            if (Chance(0.01) || new LocalDate(year, 12, 31) > asOf)
            {
                return;
            }

            var procedures = rng.Between(20, 200);
            var documents = rng.Between(50, 600);
            var procedureRate = Chance(0.85) ? 0.95 + (0.05 * rng.NextDouble()) : 0.85 + (0.1 * rng.NextDouble());
            var documentRate = Chance(0.9) ? 0.95 + (0.05 * rng.NextDouble()) : 0.85 + (0.1 * rng.NextDouble());
            bool? dataBased = Bodies(o, BodyKind.InspectionCommission).Any() ? Chance(0.85) : null;
            _digital.Add(new DigitalProcessingFigures(tree[o].Id, year, procedures, (int)Math.Ceiling(procedures * procedureRate), documents, (int)Math.Ceiling(documents * documentRate), dataBased));
        }

        private void Meetings(int o, int year)
        {
            var id = tree[o].Id;
            foreach (var kind in new[] { MeetingKind.Dissemination, MeetingKind.Professional, MeetingKind.Important })
            {
                var date = Day(year, 1, 12);
                if (date > asOf || !Chance(0.5))
                {
                    continue;
                }

                var length = kind switch
                {
                    MeetingKind.Dissemination => Chance(0.96) ? 0.5m : 1m,
                    MeetingKind.Professional => Chance(0.96) ? 1m : 1.5m,
                    _ => Chance(0.96) ? 1.5m : 2m,
                };
                _meetings.Add(new Meeting(Id("HN", id), id, null, kind, date, length));
            }
        }

        private void Tasks(OrganizationId id, int year)
        {
            for (var i = rng.Between(1, 2); i > 0; i--)
            {
                var assigned = Day(year, 1, 10);
                if (assigned > asOf)
                {
                    continue;
                }

                var complete = Chance(0.92);
                var gap = rng.Next(7);
                _tasks.Add(new AssignedTask(
                    Id("NV", id),
                    id,
                    assigned,
                    "Nhiệm vụ giả lập",
                    complete || gap != 1 ? "Cơ quan chủ trì" : null,
                    complete || gap != 2 ? ["Cơ quan phối hợp"] : [],
                    complete || gap != 3 ? assigned.PlusMonths(6) : null,
                    complete || gap != 4 ? "Báo cáo kết quả" : null,
                    complete || gap != 5 ? "Ngân sách" : null,
                    complete || gap != 6 ? "Người đứng đầu" : null));
            }
        }
    }
}
