using System.Collections.Immutable;
using System.Globalization;
using KiemTra.Sdk;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Discipline.Complaints;
using KiemTra.Sdk.EarlyWarning;
using KiemTra.Sdk.FollowUp;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Register;
using KiemTra.Sdk.Reporting;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Supervision;
using NodaTime;

namespace KiemTra.SampleProvince;

/// <summary>
/// The sample years of work (<i>dữ liệu công tác mẫu</i>): one deterministic generator that records the years 2025–2026
/// of a synthetic province (by default the embedded Thái Nguyên, <see cref="SyntheticProvince"/>) into a
/// <see cref="WorkRegister"/> by driving the domain API itself — programmes issued with their items, cases opened and
/// advanced step by step through the state machine and linked to the items they carry out, supervisions that find signs
/// of violation handed over to inspections, discipline decisions linked to their case (or decided by a cell on its own
/// member), complaints against some decisions, denunciations (some anonymous), recommendations with deadlines,
/// assignments with assignees' reports, directives, staff, meetings, tasks, digital figures and annual returns.
/// </summary>
/// <remarks>
/// <para>Proportions follow Thái Nguyên's 2020–2025 figures (seed 002) for discipline — about 230 members a year
/// (reprimand 68%, warning 14%, removal 1%, expulsion 17%) and about five organisations — and the old plan-based sample for
/// the rest: each subordinate planned about two years in three, 96% of items carried out. Every case-path decision is on
/// a subject of its case; every decision's deciding body is one the authority rules allow (<see cref="AuthorityRules"/>).</para>
/// <para>Nothing is dated after <c>asOf</c> (31/10/2026 by default): a case whose next step would fall later stays where
/// it is. The 2026 annual returns are the ten-month returns submitted on 25/10/2026. Work is linear in the number of
/// organisations; the same inputs always give the same register.</para>
/// </remarks>
public static class SampleWork
{
    /// <summary>The seed of the embedded sample.</summary>
    public const ulong DefaultSeed = 20250101UL;

    /// <summary>The first year recorded.</summary>
    public const int FirstYear = 2025;

    /// <summary>The last year recorded (up to <see cref="DefaultAsOf"/>).</summary>
    public const int LastYear = 2026;

    /// <summary>The default extraction date: nothing is recorded after it.</summary>
    public static readonly LocalDate DefaultAsOf = new(2026, 10, 31);

    /// <summary>The start of the 2025–2030 term (the coverage warning counts from it).</summary>
    public static readonly LocalDate TermStart = new(2025, 10, 1);

    /// <summary>A note every output built on the sample must carry.</summary>
    public static LocalizedText Note { get; } = LocalizedText.Of(
        "Số liệu hoạt động là dữ liệu mô phỏng (giả lập) để minh họa, không phải số liệu thật.",
        "Activity figures are synthetic demonstration data, not real figures.");

    private static readonly RuleCitation ConclusionTimeLimit = RuleCitation.Of(RecordId<RuleSet>.From("TB-KL-MAU"), "Thông báo kết luận (dữ liệu mẫu)", null, true);

    /// <summary>Generates the sample years over a province.</summary>
    /// <param name="province">The province's hierarchy and members (e.g. <see cref="SyntheticProvince.Generate"/>).</param>
    /// <param name="organizations">The organisations of <paramref name="province"/>, indexed, with no work yet (<c>IndicatorDataSet.Create(province, province.SnapshotDate, WorkRegister.Empty)</c>).</param>
    /// <param name="rules">The rule book (discipline forms, authority, complaints, denunciation intake).</param>
    /// <param name="calculator">The deadline calculator (recommendations, complaints).</param>
    /// <param name="catalogs">The oversight catalogues (case types, content areas).</param>
    /// <param name="seed">The seed.</param>
    /// <param name="asOf">The extraction date; <see cref="DefaultAsOf"/> when null.</param>
    /// <returns>The register and the facts the early warnings read beside it.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="organizations"/> has no organisation or <paramref name="asOf"/> is before 2025.</exception>
    public static SampleWorkData Generate(PartyDataset province, IndicatorDataSet organizations, RuleBook rules, DeadlineCalculator calculator, OversightCatalogs catalogs,
        ulong seed = DefaultSeed, LocalDate? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(province);
        ArgumentNullException.ThrowIfNull(organizations);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(calculator);
        ArgumentNullException.ThrowIfNull(catalogs);
        var until = asOf ?? DefaultAsOf;
        if (organizations.OrganizationCount == 0)
        {
            throw new ArgumentException("The data set has no organisation.", nameof(organizations));
        }

        if (until < new LocalDate(FirstYear, 1, 1))
        {
            throw new ArgumentException($"The extraction date {until.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)} is before {FirstYear}.", nameof(asOf));
        }

        var g = new Generator(province, organizations, rules, calculator, catalogs, new SplitMix64(seed), until);
        for (var year = FirstYear; year <= LastYear && new LocalDate(year, 1, 1) <= until; year++)
        {
            g.Year(year);
        }

        return g.Build();
    }

    private sealed class Generator
    {
        private static readonly RecordKind[] ReturnKinds = Enum.GetValues<RecordKind>().Where(k => k != RecordKind.DigitalTransformation).ToArray();

        private static readonly string[] Violations =
        [
            "Vi phạm quy định về quản lý đất đai", "Vi phạm những điều đảng viên không được làm", "Thiếu trách nhiệm trong công tác cán bộ",
            "Vi phạm quy định về phòng, chống tham nhũng", "Vi phạm quy định về quản lý tài chính, ngân sách",
        ];

        private readonly PartyDataset _province;
        private readonly IndicatorDataSet _organizations;
        private readonly RuleBook _rules;
        private readonly DeadlineCalculator _calculator;
        private readonly OversightCatalogs _catalogs;
        private readonly SplitMix64 _random;
        private readonly LocalDate _asOf;
        private readonly AuthorityRules _authority;
        private readonly WorkRegisterBuilder _b = WorkRegister.CreateBuilder();
        private readonly Dictionary<int, MemberId?> _representative = [];
        private readonly List<DisciplineDecision> _allDecisions = [];
        private readonly List<(Denunciation Letter, RecordId<OversightCase>? CaseId)> _denunciations = [];
        private readonly Dictionary<OrganizationId, IReadOnlyList<string>> _highRisk = [];
        private readonly List<PersonnelAction> _actions = [];
        private int _serial;

        public Generator(PartyDataset province, IndicatorDataSet organizations, RuleBook rules, DeadlineCalculator calculator, OversightCatalogs catalogs, SplitMix64 random, LocalDate asOf)
        {
            _province = province;
            _organizations = organizations;
            _rules = rules;
            _calculator = calculator;
            _catalogs = catalogs;
            _random = random;
            _asOf = asOf;
            _authority = new AuthorityRules(province, rules);
            for (var child = 1; child < organizations.SubtreeEnd(0); child = organizations.SubtreeEnd(child))
            {
                var kind = organizations.KindOf(child);
                if (kind == OrganizationKind.PeoplesCommitteeOrganization)
                {
                    _highRisk[organizations.IdOf(child)] = ["finance", "public-investment", "procurement"];
                }
                else if (kind is OrganizationKind.Commune or OrganizationKind.Ward && random.Next(6) == 0)
                {
                    _highRisk[organizations.IdOf(child)] = [random.Pick(new[] { "land", "natural-resources-minerals", "construction" })];
                }
            }
        }

        public void Year(int year)
        {
            var from = new LocalDate(year, 1, 1);
            var yearEnd = new LocalDate(year, 12, 31);
            var to = yearEnd < _asOf ? yearEnd : _asOf;
            var scale = (Period.DaysBetween(from, to) + 1) / 365.0;
            var forms = DisciplineRules.FromRules(_rules, from);
            var before = _allDecisions.Count;
            var casePathMembers = 0;
            var organizationsDisciplined = 0;

            // A twentieth of the supervisions that find signs of violation is enough to give about 100 members a year through
            // cases; the rest of the discipline is decided by cells on their own members (reprimand, warning).
            for (var o = 0; o < _organizations.OrganizationCount; o++)
            {
                var kind = _organizations.KindOf(o);
                if (kind is OrganizationKind.Cell or OrganizationKind.PartyGroup)
                {
                    continue;
                }

                var id = _organizations.IdOf(o);
                var leads = kind != OrganizationKind.SubCommittee;
                if (leads)
                {
                    Return(o, year);
                    Documents(o, year);
                    Directives(id, year);
                    Staff(o, year);
                    Assignments(o, year);
                    Digital(o, year);
                    Meetings(o, year);
                    Tasks(id, year);
                    ImplementationPlan(o, year);
                }

                // A sub-committee plans the supervision of its cells, and reports nothing else.
                (casePathMembers, organizationsDisciplined) = Program(o, year, to, forms, casePathMembers, organizationsDisciplined, scale);
            }

            CellDiscipline(year, to, forms, scale);
            var yearDecisions = _allDecisions.Skip(before).ToList();
            Complaints(yearDecisions, to);
            Denunciations(year, to, scale);
            PersonnelActions(year, to, yearDecisions);
        }

        public SampleWorkData Build()
        {
            foreach (var (letter, caseId) in _denunciations)
            {
                _b.AddDenunciation(letter, caseId);
            }

            var subordinates = new List<OrganizationId>();
            for (var child = 1; child < _organizations.SubtreeEnd(0); child = _organizations.SubtreeEnd(child))
            {
                subordinates.Add(_organizations.IdOf(child));
            }

            return new SampleWorkData(_b.Build(), _organizations, _asOf, subordinates, _highRisk, _actions);
        }

        // ---- programmes, cases, discipline through cases ----------------------------------------------------------

        private (int Members, int Organizations) Program(int o, int year, LocalDate to, DisciplineRules forms, int members, int organizations, double scale)
        {
            var id = _organizations.IdOf(o);
            var actor = Body(o, BodyKind.InspectionCommission) ?? Body(o, BodyKind.Committee) ?? FirstBody(o);
            var issued = new LocalDate(year, 1, 1).PlusDays(_random.Between(4, 30));
            if (actor is null || issued > _asOf)
            {
                return (members, organizations);
            }

            var isCommission = actor.Kind == BodyKind.InspectionCommission;
            var items = new List<ProgramItem>();
            var grassroots = _organizations.KindOf(o) == OrganizationKind.GrassrootsCommittee;
            var yearEnd = new LocalDate(year, 12, 31);
            for (var child = o + 1; child < _organizations.SubtreeEnd(o); child = _organizations.SubtreeEnd(child))
            {
                // Each subordinate is planned about two years in three, so a term covers nearly all of them; a grassroots
                // commission always plans at least one regular supervision.
                var first = items.Count == 0;
                if (_organizations.KindOf(child) == OrganizationKind.PartyGroup || (!(grassroots && isCommission && first) && _random.NextDouble() >= 0.66))
                {
                    continue;
                }

                var activity = grassroots && isCommission && first ? ActivityKind.RegularSupervision : _random.Next(4) switch
                {
                    0 => ActivityKind.ThematicSupervision,
                    1 when isCommission => ActivityKind.ComplianceInspection,
                    _ => ActivityKind.RegularSupervision,
                };
                var start = new LocalDate(year, 2, 1).PlusDays(_random.Next(250));
                var end = start.PlusDays(_random.Between(45, 75));
                end = end < yearEnd ? end : yearEnd;
                var area = _random.Pick(_catalogs.ContentAreas.Items).Code;
                items.Add(ProgramItem.Create(RecordId<ProgramItem>.From(string.Create(CultureInfo.InvariantCulture, $"I{items.Count + 1:D3}")), activity, TypeCode(activity), _organizations.IdOf(child), start, end, [area], _catalogs));
            }

            var programId = RecordId<OversightProgram>.From($"CT-{id}-{year}");
            var program = OversightProgram.Create(programId, new ActingBody(id, actor.Kind), ReportingPeriodKind.Year, new LocalDate(year, 1, 1), yearEnd, items);
            _b.AddProgram(program.Issue(issued, actor.Id));
            foreach (var item in items)
            {
                (members, organizations) = CarryOut(programId, item, o, actor.Kind, to, forms, members, organizations, scale);
            }

            return (members, organizations);
        }

        private (int Members, int Organizations) CarryOut(RecordId<OversightProgram> programId, ProgramItem item, int o, BodyKind body, LocalDate to, DisciplineRules forms, int members, int organizations, double scale)
        {
            // 3% of items are never started: the plan misses them.
            if (_random.NextDouble() < 0.03)
            {
                return (members, organizations);
            }

            var opened = item.Start.PlusDays(_random.Next(7));
            if (opened > _asOf)
            {
                return (members, organizations);
            }

            var conductor = _organizations.IdOf(o);
            var caseId = RecordId<OversightCase>.From($"HS-{conductor}-{++_serial}");
            var supervision = OversightCase.IsSupervision(item.Activity);
            var c = OpenCase(caseId, item.Activity, item.TypeCode, conductor, body, [OversightSubject.Of(item.Subject)], opened);
            var late = _random.NextDouble() < 0.04;
            var meeting = late ? item.End.PlusDays(_random.Between(5, 40)) : item.End.PlusDays(-_random.Between(0, 10));
            var signs = supervision && _random.NextDouble() < 0.02;
            var orgViolation = !supervision && organizations < (int)Math.Round(5 * scale) && _random.NextDouble() < 0.02;
            c = Advance(c, $"{_serial}", opened, meeting, new CaseConclusion(
                signs ? "Có dấu hiệu vi phạm cần kiểm tra" : orgViolation ? "Tổ chức đảng vi phạm, cần xem xét kỷ luật" : "Cơ bản thực hiện tốt; còn hạn chế cần khắc phục",
                ViolationFound: orgViolation, SignsOfViolation: signs));
            _b.AddCase(c);
            _b.LinkProgramItem(programId, item.Id, caseId);
            if (c.State < CaseState.Concluded)
            {
                return (members, organizations);
            }

            var noticeOn = c.LastStepOn;
            if (c.State == CaseState.NoticeIssued)
            {
                Recommendations(c, item.Subject, noticeOn, supervision);
            }

            if (orgViolation && c.State == CaseState.NoticeIssued)
            {
                var advanced = OrganizationDiscipline(c, item.Subject, o, noticeOn, forms);
                if (advanced is not null)
                {
                    organizations++;
                    c = advanced;
                }
            }

            if (signs && c.State == CaseState.NoticeIssued)
            {
                var handOverOn = noticeOn.PlusDays(_random.Between(2, 6));
                var subjects = MembersOfSubject(_organizations.IndexOf(item.Subject), _random.Between(1, 3), handOverOn);
                if (handOverOn <= _asOf && subjects.Count > 0 && MayInspectOnSigns(conductor, subjects.Select(m => OversightSubject.Of(m.Id)), handOverOn))
                {
                    var (updated, inspection) = HandOver(c, RecordId<OversightCase>.From($"HS-{conductor}-{++_serial}"), conductor, subjects.Select(m => OversightSubject.Of(m.Id, IsCommitteeMember(m))).ToArray(),
                        "Giám sát phát hiện dấu hiệu vi phạm cần kiểm tra", handOverOn);
                    c = updated;
                    members += Inspect(inspection, subjects, o, forms);
                }
            }

            if (c.State is CaseState.NoticeIssued or CaseState.DisciplineRecorded && c.LastStepOn.PlusDays(3) is var f && f <= _asOf)
            {
                c = c.AssignFollowUp("Theo dõi thực hiện thông báo kết luận", f);
                if (_random.Next(3) == 0 && f.PlusDays(60) <= _asOf)
                {
                    c = c.Close(f.PlusDays(60));
                }
            }

            _b.UpdateCase(c);
            return (members, organizations);
        }

        /// <summary>Advances a case through its steps up to the concluding meeting and the notice, stopping at the extraction date.</summary>
        private OversightCase Advance(OversightCase c, string number, LocalDate opened, LocalDate meeting, CaseConclusion conclusion)
        {
            var span = Math.Max(12, Period.DaysBetween(opened, meeting));
            var d = opened;
            bool Next(int share, out LocalDate on)
            {
                on = opened.PlusDays(Math.Max(Period.DaysBetween(opened, d) + 1, span * share / 100));
                d = on;
                return on <= _asOf;
            }

            c = c.IssueDecision($"{number}-QĐ", opened);
            if (!Next(3, out var on))
            {
                return c;
            }

            c = c.ApprovePlan(CasePlan.Create("Kiểm tra, giám sát theo chương trình năm", c.Subjects.Count > 0 ? [_random.Pick(_catalogs.ContentAreas.Items).Code] : [],
                new DateInterval(new LocalDate(opened.Year - 1, 1, 1), new LocalDate(opened.Year - 1, 12, 31)), new DateInterval(on, meeting), "Nghiên cứu hồ sơ, làm việc trực tiếp", _catalogs), on);
            c = c.FormTeam(CaseTeam.Create(MemberId.From($"K-{number}-1"), [MemberId.From($"K-{number}-2")]), on);
            if (!Next(10, out on))
            {
                return c;
            }

            c = c.Announce(on);
            if (!Next(35, out on))
            {
                return c;
            }

            c = c.ReceiveSelfReport(on);
            if (!OversightCase.IsSupervision(c.Activity))
            {
                if (!Next(60, out on))
                {
                    return c;
                }

                c = c.Verify("Thẩm tra, xác minh hồ sơ", on);
            }

            if (!Next(85, out on))
            {
                return c;
            }

            c = c.DraftReport(on);
            if (!Next(100, out on))
            {
                return c;
            }

            c = c.HoldConclusionMeeting(conclusion, on);
            on = on.PlusDays(_random.Between(2, 6));
            return on <= _asOf ? c.IssueNotice($"{number}-TB", on) : c;
        }

        /// <summary>An inspection on signs of violation of members: concluded, then discipline of each member the rules let the commission (or its committee) decide.</summary>
        private int Inspect(OversightCase inspection, IReadOnlyList<Member> subjects, int o, DisciplineRules forms)
        {
            var opened = inspection.History[0].On;
            var meeting = opened.PlusDays(_random.Between(40, 75));
            var c = Advance(inspection, $"{_serial}", opened, meeting, new CaseConclusion("Đảng viên vi phạm, cần xem xét kỷ luật", ViolationFound: true, SignsOfViolation: false));
            var disciplined = 0;
            if (c.State == CaseState.NoticeIssued)
            {
                var decided = c.LastStepOn.PlusDays(_random.Between(5, 20));
                var first = true;
                foreach (var m in subjects)
                {
                    if (decided > _asOf)
                    {
                        break;
                    }

                    // Case path: expulsion and removal come this way, with a share of the warnings and reprimands.
                    var form = _random.Next(100) switch
                    {
                        < 36 => DisciplineForm.Expulsion,
                        < 42 when m.Posts.Length > 0 => DisciplineForm.RemovalFromPost,
                        < 58 => DisciplineForm.Warning,
                        _ => DisciplineForm.Reprimand,
                    };
                    var decision = MemberDecision(m, form, _organizations.IdOf(o), [BodyKind.InspectionCommission, BodyKind.StandingCommittee, BodyKind.Committee], decided, forms);
                    if (decision is null)
                    {
                        continue;
                    }

                    if (first)
                    {
                        c = c.RecordDiscipline(decision, $"{decision.Id}-QĐ");
                        first = false;
                    }

                    _b.AddDecision(decision, c.Id);
                    disciplined++;
                }

                if (c.LastStepOn.PlusDays(5) is var f && f <= _asOf)
                {
                    c = c.AssignFollowUp("Theo dõi chấp hành quyết định kỷ luật", f);
                }
            }

            _b.AddCase(c);
            return disciplined;
        }

        private OversightCase? OrganizationDiscipline(OversightCase c, OrganizationId subject, int o, LocalDate noticeOn, DisciplineRules forms)
        {
            var decided = noticeOn.PlusDays(_random.Between(10, 30));
            if (decided > _asOf)
            {
                return null;
            }

            var form = _random.Next(3) == 2 ? DisciplineForm.Warning : DisciplineForm.Reprimand;
            var organization = _organizations.IdOf(o);
            foreach (var body in new[] { BodyKind.StandingCommittee, BodyKind.Committee, BodyKind.InspectionCommission })
            {
                if (!_authority.Decide(new ActingBody(organization, body), ActivityKind.Discipline, OversightSubject.Of(subject), AuthorityDate(decided), form).Holds)
                {
                    continue;
                }

                var responsible = MembersOfSubject(_organizations.IndexOf(subject), 1, decided);
                var n = ++_serial;
                var decision = DisciplineDecision.Create(RecordId<DisciplineDecision>.From($"QD-KL-{n}"), $"VP-{n}", DisciplineSubject.OfOrganization(subject), form, organization, body, decided, decided,
                    Circumstances(), responsible.Select(m => IndividualResponsibility.Create(m.Id, ParticipationRole.Initiator, "Người đứng đầu chịu trách nhiệm chính")), forms);
                _allDecisions.Add(decision);
                _b.AddDecision(decision, c.Id);
                return c.RecordDiscipline(decision, $"{decision.Id}-QĐ");
            }

            return null;
        }

        private DisciplineDecision? MemberDecision(Member m, DisciplineForm form, OrganizationId organization, BodyKind[] bodies, LocalDate decided, DisciplineRules forms)
        {
            var subject = m.Status == MemberStatus.Probationary
                ? DisciplineSubject.OfProbationaryMember(m.Id, m.Posts.Length > 0)
                : DisciplineSubject.OfFullMember(m.Id, m.Posts.Length > 0 || form == DisciplineForm.RemovalFromPost, IsCommitteeMember(m));
            if (!forms.CheckForm(subject, form).Holds)
            {
                form = DisciplineForm.Reprimand;
                if (!forms.CheckForm(subject, form).Holds)
                {
                    return null;
                }
            }

            foreach (var body in bodies)
            {
                if (!_authority.Decide(new ActingBody(organization, body), ActivityKind.Discipline, OversightSubject.Of(m.Id), AuthorityDate(decided), form).Holds)
                {
                    continue;
                }

                var n = ++_serial;
                var decision = DisciplineDecision.Create(RecordId<DisciplineDecision>.From($"QD-KL-{n}"), $"VP-{n}", subject, form, organization, body, decided, Min(decided.PlusDays(_random.Between(0, 5)), _asOf), Circumstances(), [], forms);
                _allDecisions.Add(decision);
                return decision;
            }

            return null;
        }

        /// <summary>The rest of the year's member discipline: a cell reprimands or warns its own member (no case; the rules allow it).</summary>
        private void CellDiscipline(int year, LocalDate to, DisciplineRules forms, double scale)
        {
            var cells = new List<int>();
            for (var o = 0; o < _organizations.OrganizationCount; o++)
            {
                if (_organizations.KindOf(o) is OrganizationKind.Cell or OrganizationKind.GrassrootsCell)
                {
                    cells.Add(o);
                }
            }

            if (cells.Count == 0)
            {
                return;
            }

            var days = Period.DaysBetween(new LocalDate(year, 1, 1), to) + 1;
            var size = Math.Max(0.02, _organizations.OrganizationCount / 6_500.0);
            foreach (var (form, perYear) in new[] { (DisciplineForm.Reprimand, 115), (DisciplineForm.Warning, 17) })
            {
                var count = (int)Math.Round(perYear * scale * size * (0.9 + (0.2 * _random.NextDouble())));
                for (var i = 0; i < count; i++)
                {
                    for (var attempt = 0; attempt < 4; attempt++)
                    {
                        var cell = cells[_random.Next(cells.Count)];
                        var decided = new LocalDate(year, 1, 1).PlusDays(_random.Next(days));
                        var members = _province.MembersOf(_organizations.IdOf(cell), AuthorityDate(decided));
                        if (members.Count == 0)
                        {
                            continue;
                        }

                        var decision = MemberDecision(PickMember(members), form, _organizations.IdOf(cell), [BodyKind.Cell, BodyKind.Committee], decided, forms);
                        if (decision is not null)
                        {
                            _b.AddDecision(decision);
                            break;
                        }
                    }
                }
            }
        }

        // ---- complaints, denunciations, personnel actions ---------------------------------------------------------

        private void Complaints(List<DisciplineDecision> decisions, LocalDate to)
        {
            // Seed 002: 4 complaints resolved in a term for 1,152 members disciplined, all upheld; a small province's year shows a few more.
            var candidates = decisions.Where(d => d.Subject.IsMember && d.AnnouncedOn.PlusDays(45) <= to).OrderBy(d => d.Id).ToList();
            var count = Math.Min(candidates.Count, Math.Max(candidates.Count > 0 ? 4 : 0, (int)Math.Round(candidates.Count * 0.03)));
            var accepted = 0;
            for (var i = 0; i < count; i++)
            {
                var decision = candidates[_random.Next(candidates.Count)];
                candidates.Remove(decision);
                var complaintRules = DisciplineRules.FromRules(_rules, decision.DecidedOn);
                var received = decision.AnnouncedOn.PlusDays(_random.Between(0, 3));
                var window = complaintRules.ComplaintFilingDeadline(received, _calculator);
                var filed = i % 6 == 5 ? window.Due.PlusDays(_random.Between(3, 15)) : received.PlusDays(_random.Between(3, Math.Max(3, Period.DaysBetween(received, window.Due))));
                filed = Min(filed, to);
                var complaint = DisciplineComplaint.Create(RecordId<DisciplineComplaint>.From($"KN-KL-{++_serial}"), decision, received, filed, true, true);
                _b.AddComplaint(complaint);
                var admissibility = complaintRules.AssessComplaint(complaint, _calculator);
                var resolver = new ActingBody(_province.GetOrganization(decision.DecidedBy).Parent ?? decision.DecidedBy, BodyKind.InspectionCommission);
                var check = complaintRules.CheckComplaintResolver(_province, resolver, decision.DecidedBy, AuthorityDate(filed), 1);
                if (!admissibility.Holds || !check.Holds)
                {
                    continue;
                }

                var deadline = complaintRules.ComplaintResolutionDeadline(filed, byCentralBody: false, _calculator);
                var resolvedOn = Min(filed.PlusDays(_random.Between(30, 100)), deadline.Due);
                if (resolvedOn <= to)
                {
                    var outcome = (accepted % 6) switch { 1 => ComplaintOutcome.Changed, 4 => ComplaintOutcome.Annulled, _ => ComplaintOutcome.Upheld };
                    DisciplineForm? newForm = outcome == ComplaintOutcome.Changed ? (decision.Form == DisciplineForm.Reprimand ? DisciplineForm.Warning : DisciplineForm.Reprimand) : null;
                    _b.AddComplaintResolution(complaintRules.ResolveComplaint(complaint, outcome, newForm, resolvedOn));
                }

                accepted++;
            }
        }

        private void Denunciations(int year, LocalDate to, double scale)
        {
            var from = new LocalDate(year, 1, 1);
            var days = Period.DaysBetween(from, to) + 1;
            var count = (int)Math.Round(18 * scale * Math.Max(0.05, _organizations.OrganizationCount / 6_500.0));
            Member? target = null;
            for (var i = 0; i < count; i++)
            {
                var receivedOn = from.PlusDays(_random.Next(Math.Max(1, days - 5)));
                var member = i < 3 && target is not null ? target : RandomMember(receivedOn);
                if (member is null)
                {
                    continue;
                }

                target ??= member;
                var source = _random.Next(3) == 0 ? DenunciationSource.Anonymous : DenunciationSource.Named;
                var informant = source == DenunciationSource.Named ? ProtectedInformant.Create($"Người tố cáo mẫu {++_serial}", null, null) : null;
                var receiver = _organizations.IdOf(_organizations.ParentOf(Math.Max(0, _organizations.IndexOf(member.Organization))) is var p && p >= 0 ? p : 0);
                var letter = Denunciation.Create(RecordId<Denunciation>.From($"TC-{year}-{++_serial}"), DisciplineSubject.OfFullMember(member.Id, member.Posts.Length > 0, IsCommitteeMember(member)), source, informant,
                    [Allegation.Create(RecordId<Allegation>.From("A1"), "Vi phạm quy định về quản lý đất đai"), Allegation.Create(RecordId<Allegation>.From("A2"), "Kê khai tài sản không trung thực")],
                    [new DenunciationReceipt(receiver, receivedOn, true)]);
                var intake = DenunciationIntake.Assess(letter, [], _rules, receivedOn);
                letter = letter.WithIntake(intake);
                if (intake.Decision == IntakeDecision.Accepted && receivedOn.PlusDays(60) < to)
                {
                    var concluded = receivedOn.PlusDays(_random.Between(30, 60));
                    letter = letter.Conclude(RecordId<Allegation>.From("A1"), (AllegationConclusion)_random.Between(1, 4), concluded).Conclude(RecordId<Allegation>.From("A2"), (AllegationConclusion)_random.Between(1, 3), concluded);
                }

                _denunciations.Add((letter, null));
            }
        }

        private void PersonnelActions(int year, LocalDate to, List<DisciplineDecision> decisions)
        {
            // One appointment of a member whose warning is still in effect (an early warning), and routine honours.
            var warned = decisions.Where(x => x.Subject.IsMember && x.Form == DisciplineForm.Warning).OrderBy(x => x.AnnouncedOn).ThenBy(x => x.Id).FirstOrDefault();
            if (warned is not null && warned.AnnouncedOn.PlusDays(30) < to)
            {
                _actions.Add(new PersonnelAction(warned.Subject.Member!.Value, RestrictedAction.Appointment, warned.AnnouncedOn.PlusDays(30), $"QĐ bổ nhiệm {year}-17"));
            }

            var disciplined = decisions.Select(d => d.Subject.Member).ToHashSet();
            for (var i = 0; i < 5; i++)
            {
                var on = new LocalDate(year, 1, 1).PlusDays(_random.Next(Math.Max(1, Period.DaysBetween(new LocalDate(year, 1, 1), to))));
                if (RandomMember(on) is { } m && !disciplined.Contains(m.Id))
                {
                    _actions.Add(new PersonnelAction(m.Id, RestrictedAction.Honors, on, $"QĐ khen thưởng {year}-{i + 1}"));
                }
            }
        }

        // ---- the other facts the indicators count -----------------------------------------------------------------

        private void Return(int o, int year)
        {
            // Returns: 2025 in January 2026, 2026 the ten-month return of 25/10/2026. A few organisations leave the
            // dissemination report out (MISSING, not a fail).
            var submitted = year < _asOf.Year ? new LocalDate(year + 1, 1, 10).PlusDays(_random.Next(10)) : new LocalDate(year, 10, 25);
            if (submitted > _asOf)
            {
                return;
            }

            var kinds = _random.NextDouble() < 0.005 ? ReturnKinds.Where(k => k != RecordKind.Directives).ToImmutableArray() : default;
            _b.AddAnnualReturn(new AnnualReturn(_organizations.IdOf(o), year, submitted, kinds));
        }

        private void Documents(int o, int year)
        {
            var id = _organizations.IdOf(o);
            foreach (var body in Bodies(o, BodyKind.Committee, BodyKind.AdvisoryAgency))
            {
                // Committees and advisory agencies issue their own supervision programme almost always (the commission's,
                // with its items, is the organisation's yearly programme).
                var issued = new LocalDate(year, 1, 1).PlusDays(_random.Between(5, 55));
                if (_random.NextDouble() < 0.97 && issued <= _asOf && Body(o, BodyKind.InspectionCommission) is not null)
                {
                    _b.AddProgram(OversightProgram.Create(RecordId<OversightProgram>.From($"CT-{body.Id}-{year}"), new ActingBody(id, body.Kind), ReportingPeriodKind.Year, new LocalDate(year, 1, 1), new LocalDate(year, 12, 31), []).Issue(issued, body.Id));
                }
            }

            foreach (var body in Bodies(o, BodyKind.Committee, BodyKind.InspectionCommission, BodyKind.AdvisoryAgency))
            {
                // Assignment decisions and regulations are issued once, after the congress of the term (late 2025).
                var assigned = new LocalDate(year, 10, 1).PlusDays(_random.Next(90));
                if (year == 2025 && _random.NextDouble() < 0.9 && assigned <= _asOf)
                {
                    _b.AddDocument(new IssuedDocument(RecordId<IssuedDocument>.From($"PC-{body.Id}-{year}"), id, body.Id, GovernanceDocumentKind.LocalityAssignment, assigned));
                    if (body.Kind != BodyKind.Committee && _random.NextDouble() < 0.92)
                    {
                        _b.AddDocument(new IssuedDocument(RecordId<IssuedDocument>.From($"QC-{body.Id}-{year}"), id, body.Id, GovernanceDocumentKind.LocalityWorkRegulation, assigned));
                    }
                }
            }
        }

        private void Directives(OrganizationId id, int year)
        {
            for (var i = _random.Between(2, 4); i > 0; i--)
            {
                var received = new LocalDate(year, 1, 1).PlusDays(_random.Next(330));
                if (received > _asOf)
                {
                    continue;
                }

                var disseminated = received.PlusDays(_random.Between(5, 30));
                _b.AddDirective(new DirectiveDissemination(RecordId<DirectiveDissemination>.From($"VB-{id}-{++_serial}"), id, received, disseminated <= _asOf ? disseminated : null));
            }
        }

        private void Staff(int o, int year)
        {
            if (Body(o, BodyKind.InspectionCommission) is null)
            {
                return;
            }

            var id = _organizations.IdOf(o);
            for (var i = 1; i <= _random.Between(1, 3); i++)
            {
                bool? meets = _random.NextDouble() < 0.05 ? null : _random.NextDouble() < 0.93;
                _b.AddInspectionStaff(new InspectionStaffYear(RecordId<InspectionStaffYear>.From($"CBKT-{id}-{i}"), id, year, true, meets)
                {
                    TrainingFields = _random.Next(3) == 0 ? [_random.Pick(new[] { "personnel", "land", "finance" })] : [],
                    Rotated = _random.Next(20) == 0,
                    NewlyElected = year == 2025 && _random.Next(4) == 0,
                });
            }
        }

        private void Assignments(int o, int year)
        {
            var id = _organizations.IdOf(o);
            var bodies = Bodies(o, BodyKind.Committee, BodyKind.AdvisoryAgency, BodyKind.InspectionCommission).ToList();
            if (bodies.Count == 0 || _organizations.KindOf(o) is OrganizationKind.GrassrootsCell || Representative(o) is not { } assignee)
            {
                return;
            }

            var index = 0;
            for (var child = o + 1; child < _organizations.SubtreeEnd(o); child = _organizations.SubtreeEnd(child))
            {
                var body = bodies[index++ % bodies.Count];
                var assignmentId = RecordId<RecordedAssignment>.From($"PCDB-{id}-{++_serial}");
                _b.AddAssignment(RecordedAssignment.Create(assignmentId, assignee, _organizations.IdOf(child), new ActingBody(id, body.Kind), new LocalDate(year, 1, 1), new LocalDate(year, 12, 31), body.Id));
                var attended = new LocalDate(year, 2, 1).PlusDays(_random.Next(300));
                if (_random.NextDouble() < 0.95 && attended <= _asOf)
                {
                    _b.AddLocalityMeeting(new LocalityMeeting(_organizations.IdOf(child), attended, [assignee]));
                }

                foreach (var due in new[] { new LocalDate(year, 6, 30), new LocalDate(year, 12, 20) })
                {
                    var submitted = due.PlusDays(_random.NextDouble() < 0.9 ? -_random.Next(10) : _random.Between(1, 10));
                    if (submitted <= _asOf)
                    {
                        _b.AddAssigneeReport(new AssigneeReport(RecordId<AssigneeReport>.From($"BC-{assignmentId}-{due.Month}"), assignmentId, AssigneeReportKind.Periodic, due, submitted));
                    }
                }
            }
        }

        private void Digital(int o, int year)
        {
            var end = new LocalDate(year, 12, 31) < _asOf ? new LocalDate(year, 12, 31) : _asOf;
            if (_random.NextDouble() < 0.01 || end < new LocalDate(year, 10, 1))
            {
                return;
            }

            var procedures = _random.Between(20, 200);
            var documents = _random.Between(50, 600);
            var procedureRate = _random.NextDouble() < 0.85 ? 0.95 + (0.05 * _random.NextDouble()) : 0.85 + (0.1 * _random.NextDouble());
            var documentRate = _random.NextDouble() < 0.9 ? 0.95 + (0.05 * _random.NextDouble()) : 0.85 + (0.1 * _random.NextDouble());
            bool? dataBased = Body(o, BodyKind.InspectionCommission) is not null ? _random.NextDouble() < 0.85 : null;
            _b.AddDigitalFigures(new DigitalProcessingFigures { Organization = _organizations.IdOf(o), Year = year, ProceduresTotal = procedures, ProceduresDigital = Math.Min(procedures, (int)Math.Ceiling(procedures * procedureRate)), DocumentsTotal = documents, DocumentsDigitized = Math.Min(documents, (int)Math.Ceiling(documents * documentRate)), DataBasedSupervision = dataBased });
        }

        private void Meetings(int o, int year)
        {
            var id = _organizations.IdOf(o);
            foreach (var kind in new[] { MeetingKind.Dissemination, MeetingKind.Professional, MeetingKind.Important })
            {
                var date = new LocalDate(year, 1, 1).PlusDays(_random.Next(365));
                if (date > _asOf || _random.NextDouble() >= 0.5)
                {
                    continue;
                }

                var length = kind switch
                {
                    MeetingKind.Dissemination => _random.NextDouble() < 0.96 ? 0.5m : 1m,
                    MeetingKind.Professional => _random.NextDouble() < 0.96 ? 1m : 1.5m,
                    _ => _random.NextDouble() < 0.96 ? 1.5m : 2m,
                };
                _b.AddMeeting(new Meeting(RecordId<Meeting>.From($"HN-{id}-{++_serial}"), id, null, kind, date, length));
            }
        }

        private void Tasks(OrganizationId id, int year)
        {
            for (var i = _random.Between(1, 2); i > 0; i--)
            {
                var assigned = new LocalDate(year, 1, 1).PlusDays(_random.Next(300));
                if (assigned > _asOf)
                {
                    continue;
                }

                var complete = _random.NextDouble() < 0.92;
                var gap = _random.Next(7);
                _b.AddTask(new AssignedTask { Id = RecordId<AssignedTask>.From($"NV-{id}-{++_serial}"), Organization = id, AssignedOn = assigned, Content = "Nhiệm vụ kiểm tra, giám sát được giao", LeadAgency = complete || gap != 1 ? "Cơ quan chủ trì" : null, CoordinatingAgencies = complete || gap != 2 ? ["Cơ quan phối hợp"] : [], CompletionDate = complete || gap != 3 ? assigned.PlusMonths(6) : null, Product = complete || gap != 4 ? "Báo cáo kết quả" : null, Resources = complete || gap != 5 ? "Ngân sách" : null, ResponsiblePerson = complete || gap != 6 ? "Người đứng đầu" : null });
            }
        }

        private void ImplementationPlan(int o, int year)
        {
            // A subordinate of the province plans how it implements the province's programme (R-T7).
            if (_organizations.ParentOf(o) != 0)
            {
                return;
            }

            var id = _organizations.IdOf(o);
            var due = new LocalDate(year, 2, 15);
            if (due > _asOf)
            {
                return;
            }

            var planId = RecordId<ImplementationPlan>.From($"KHTH-{id}-{year}");
            LocalDate? issuedOn = _random.NextDouble() < 0.95 ? due.PlusDays(-_random.Next(20)) : null;
            _b.AddImplementationPlan(new ImplementationPlan(planId, id, $"CT-{_organizations.IdOf(0)}-{year}", due, issuedOn));
            var reportDue = new LocalDate(year, 6, 25);
            if (reportDue <= _asOf)
            {
                var submitted = reportDue.PlusDays(_random.NextDouble() < 0.9 ? -_random.Next(5) : _random.Between(1, 8));
                _b.AddImplementationReport(new ImplementationReport(RecordId<ImplementationReport>.From($"BCTH-{id}-{year}"), planId, reportDue, submitted <= _asOf ? submitted : null));
            }
        }

        private void Recommendations(OversightCase c, OrganizationId addressee, LocalDate issued, bool supervision)
        {
            // A conclusion makes a recommendation one time in three; most are carried out on time, some late, some still open.
            if (_random.Next(3) != 0)
            {
                return;
            }

            var limit = DeadlineRule.Create("conclusion.time-limit", RuleDurationUnit.WorkingDays, _random.Pick(new[] { 20, 30, 60 }),
                LocalizedText.Of("ngày ban hành thông báo kết luận", "issue of the conclusion notice"), ConclusionTimeLimit);
            var rec = Recommendation.Create(RecordId<Recommendation>.From($"KN-{c.Id}"), supervision ? RecommendationSource.PartySupervision : RecommendationSource.PartyInspection, c.Id.Value, addressee,
                "Khắc phục hạn chế, khuyết điểm theo thông báo kết luận", issued, limit, _calculator);
            _b.AddRecommendation(rec, c.Id);
            var outcome = _random.Next(100);
            if (outcome < 85 && rec.Deadline.Due.PlusDays(-1) is var onTime && onTime <= _asOf)
            {
                _b.CompleteRecommendation(rec.Id, Max(issued, onTime.PlusDays(-_random.Next(10))));
            }
            else if (outcome < 93 && rec.Deadline.Due.PlusDays(20) <= _asOf)
            {
                _b.CompleteRecommendation(rec.Id, rec.Deadline.Due.PlusDays(_random.Between(1, 20)));
            }

            if (!supervision && _random.Next(10) == 0)
            {
                var amount = _random.Between(2, 80) * 5_000_000L;
                _b.RecordRecovery(rec.Id, amount, _random.Next(3) == 0 ? amount / 2 : amount);
            }

            if (_random.Next(8) == 0)
            {
                _b.AddCaseFinding(new CaseFinding(RecordId<CaseFinding>.From($"PH-{c.Id}"), c.Id, _random.Next(2) == 0 ? CaseFindingKind.PositiveFinding : CaseFindingKind.PolicyRecommendation,
                    "Cách làm hay trong sinh hoạt chi bộ", issued));
            }
        }

        // ---- helpers ----------------------------------------------------------------------------------------------

        /// <summary>Members of the subject organisation (or, for an organisation without members of its own, of its first cell).</summary>
        private List<Member> MembersOfSubject(int o, int count, LocalDate on)
        {
            var result = new List<Member>();
            for (var i = o; i >= 0 && i < _organizations.SubtreeEnd(o); i++)
            {
                var members = _province.MembersOf(_organizations.IdOf(i), AuthorityDate(on));
                if (members.Count == 0)
                {
                    continue;
                }

                for (var k = 0; k < count * 3 && result.Count < Math.Min(count, members.Count); k++)
                {
                    var m = PickMember(members);
                    if (!result.Contains(m))
                    {
                        result.Add(m);
                    }
                }

                break;
            }

            return result;
        }

        private Member? RandomMember(LocalDate on)
        {
            for (var attempt = 0; attempt < 8; attempt++)
            {
                var o = _random.Next(_organizations.OrganizationCount);
                if (_organizations.KindOf(o) is OrganizationKind.Cell or OrganizationKind.GrassrootsCell)
                {
                    var members = _province.MembersOf(_organizations.IdOf(o), AuthorityDate(on));
                    if (members.Count > 0)
                    {
                        return members[_random.Next(members.Count)];
                    }
                }
            }

            return null;
        }

        /// <summary>The member an organisation assigns to follow its localities: the first member of its first cell.</summary>
        private MemberId? Representative(int o)
        {
            if (_representative.TryGetValue(o, out var known))
            {
                return known;
            }

            MemberId? found = null;
            for (var i = o; i < _organizations.SubtreeEnd(o) && found is null; i++)
            {
                if (_organizations.KindOf(i) is OrganizationKind.Cell or OrganizationKind.GrassrootsCell)
                {
                    var members = _province.MembersOf(_organizations.IdOf(i));
                    found = members.Count > 0 ? members[0].Id : null;
                }
            }

            _representative[o] = found;
            return found;
        }

        /// <summary>
        /// The date the authority rules and the hierarchy are read on: the decision's date, but not before the hierarchy
        /// existed (the embedded province is the structure of 1/7/2025, and earlier acts are read on its snapshot).
        /// </summary>
        private LocalDate AuthorityDate(LocalDate on) => on < _province.SnapshotDate ? _province.SnapshotDate : on;

        /// <summary>
        /// Opens a case. The register's tree is today's (after the 2025 reform); work dated before the dataset's snapshot was
        /// done by the units that tree replaced and is recorded on today's units, so authority is decided on the tree as of
        /// the snapshot (as for discipline) and the case is recorded as opened on its own date.
        /// </summary>
        private OversightCase OpenCase(RecordId<OversightCase> id, ActivityKind activity, string typeCode, OrganizationId conductor, BodyKind body, OversightSubject[] subjects, LocalDate opened)
        {
            if (opened >= _province.SnapshotDate)
            {
                return OversightCase.Open(id, activity, typeCode, conductor, body, subjects, opened, _catalogs, _authority);
            }

            RequireAuthority(id, conductor, body, activity, subjects, opened);
            var type = (OversightCase.IsSupervision(activity) ? _catalogs.SupervisionTypes : _catalogs.InspectionTypes).Get(typeCode).Name.Vietnamese;
            var note = $"Mở hồ sơ {type} đối với {string.Join(", ", subjects.Select(s => s.Id))}";
            return OversightCase.Restore(id, activity, typeCode, conductor, body, subjects, null, null, null, null, [], [],
                [new CaseEvent(CaseStep.Open, opened, CaseState.Opened, note)], _catalogs);
        }

        /// <summary>Hands a supervision's signs of violation over for inspection; before the snapshot, as <see cref="OpenCase"/> records it.</summary>
        private (OversightCase Supervision, OversightCase Inspection) HandOver(OversightCase c, RecordId<OversightCase> inspectionId, OrganizationId commission, OversightSubject[] subjects, string reason, LocalDate on)
        {
            if (on >= _province.SnapshotDate)
            {
                return c.HandOverForInspection(inspectionId, commission, subjects, reason, on, _catalogs, _authority);
            }

            var opened = OpenCase(inspectionId, ActivityKind.InspectionOnSignsOfViolation, "signs-of-violation", commission, BodyKind.InspectionCommission, subjects, on);
            var inspection = OversightCase.Restore(opened.Id, opened.Activity, opened.TypeCode, opened.ConductedBy, opened.Body, opened.Subjects, null, null, null,
                new CaseLink(CaseStep.HandOverForInspection, c.Id, reason), [], [],
                [opened.History[0] with { Note = $"{opened.History[0].Note}; từ giám sát {c.Id}: {reason}" }], _catalogs);
            var supervision = OversightCase.Restore(c.Id, c.Activity, c.TypeCode, c.ConductedBy, c.Body, c.Subjects, c.Plan, c.Team, c.Conclusion, c.Origin,
                [.. c.HandedOverTo, inspectionId], c.Reviews,
                [.. c.History, new CaseEvent(CaseStep.HandOverForInspection, on, c.State, $"Chuyển dấu hiệu vi phạm sang Ủy ban kiểm tra, hồ sơ {inspectionId}: {reason}")],
                _catalogs, c.DisciplineOutcomes);
            return (supervision, inspection);
        }

        /// <summary>Whether the conductor's commission may inspect the subjects on signs of violation (a sub-committee without a commission may not).</summary>
        private bool MayInspectOnSigns(OrganizationId conductor, IEnumerable<OversightSubject> subjects, LocalDate on) => subjects.All(subject =>
            _authority.Decide(new ActingBody(conductor, BodyKind.InspectionCommission), ActivityKind.InspectionOnSignsOfViolation,
                subject, AuthorityDate(on)).Holds);

        private void RequireAuthority(RecordId<OversightCase> caseId, OrganizationId conductor, BodyKind body, ActivityKind activity, OversightSubject[] subjects, LocalDate on)
        {
            foreach (var subject in subjects)
            {
                var actor = new ActingBody(conductor, body);
                var decision = _authority.Decide(actor, activity, subject, AuthorityDate(on));
                if (!decision.Holds)
                {
                    throw new AuthorityDeniedException(decision, actor, activity, subject, AuthorityDate(on), $"Case {caseId} cannot be opened");
                }
            }
        }

        /// <summary>Whether the member sits on a party committee (<i>cấp ủy viên</i>): a committee or standing committee member, or a cell's secretary or deputy.</summary>
        private static bool IsCommitteeMember(Member m) => m.Posts.Any(p => p.Kind is PostKind.CommitteeMember or PostKind.StandingCommitteeMember or PostKind.Head or PostKind.DeputyHead);

        /// <summary>Picks a member, most often one who holds a post: discipline falls mostly on cadres (seed 002: three in four are committee members).</summary>
        private Member PickMember(IReadOnlyList<Member> members)
        {
            if (_random.Next(10) < 7)
            {
                var holders = members.Where(m => m.Posts.Length > 0).ToList();
                if (holders.Count > 0)
                {
                    return holders[_random.Next(holders.Count)];
                }
            }

            return members[_random.Next(members.Count)];
        }

        private static string TypeCode(ActivityKind activity) => activity switch
        {
            ActivityKind.RegularSupervision => "regular",
            ActivityKind.ThematicSupervision => "thematic",
            _ => "compliance",
        };

        private TreeBody? Body(int o, BodyKind kind) => Bodies(o, kind).FirstOrDefault();

        private TreeBody? FirstBody(int o)
        {
            var (start, end) = _organizations.BodiesOf(o);
            return start < end ? new TreeBody(_organizations.BodyIdOf(start), _organizations.BodyKindOf(start)) : null;
        }

        private IEnumerable<TreeBody> Bodies(int o, params BodyKind[] kinds)
        {
            var (start, end) = _organizations.BodiesOf(o);
            for (var b = start; b < end; b++)
            {
                if (kinds.Contains(_organizations.BodyKindOf(b)))
                {
                    yield return new TreeBody(_organizations.BodyIdOf(b), _organizations.BodyKindOf(b));
                }
            }
        }

        /// <summary>A body of the tree as the generator records facts by: its id and kind.</summary>
        private sealed record TreeBody(RecordId<Body> Id, BodyKind Kind);

        private DisciplineCircumstances Circumstances() => new DisciplineCircumstances
        {
            Content = _random.Pick(Violations),
            Nature = "Ít nghiêm trọng",
            Extent = "Một lần",
            Harm = "Ảnh hưởng uy tín của tổ chức đảng",
            Consequence = "Không lớn",
            Cause = "Thiếu tu dưỡng, rèn luyện",
            Aggravating = _random.Next(5) == 0 ? [AggravatingCircumstance.RepeatAfterWarning] : [],
            Mitigating = _random.Next(2) == 0 ? [MitigatingCircumstance.SelfReported] : [],
            Attitude = Attitude.Sincere,
            Remediation = "Đã khắc phục một phần",
            Role = ParticipationRole.Sole,
        };

        private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;

        private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;
    }
}

/// <summary>
/// The sample years as generated (<i>dữ liệu công tác mẫu</i>): the register, the tree it is evaluated on, its extraction
/// date, and the facts the early warnings read that are not work of the inspection sector (high-risk fields of
/// organisations, personnel actions).
/// </summary>
/// <param name="Register">The register of the work.</param>
/// <param name="Organizations">The organisations, indexed, with no work (the data set <see cref="ToDataSet"/> adds the register to).</param>
/// <param name="AsOf">The extraction date.</param>
/// <param name="Subordinates">The organisations directly under the root (the ones the root covers in a term).</param>
/// <param name="HighRiskFields">High-risk fields of some subordinates.</param>
/// <param name="PersonnelActions">Appointments and honours (one during discipline each year).</param>
public sealed record SampleWorkData(
    WorkRegister Register,
    IndicatorDataSet Organizations,
    LocalDate AsOf,
    IReadOnlyList<OrganizationId> Subordinates,
    IReadOnlyDictionary<OrganizationId, IReadOnlyList<string>> HighRiskFields,
    IReadOnlyList<PersonnelAction> PersonnelActions)
{
    /// <summary>The indicator data set of the register as of <see cref="AsOf"/>.</summary>
    /// <returns>The data set.</returns>
    public IndicatorDataSet ToDataSet() => Organizations.WithRegister(AsOf, Register);
}
