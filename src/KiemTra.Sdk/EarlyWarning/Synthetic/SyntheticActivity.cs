using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Discipline.Complaints;
using KiemTra.Sdk.FollowUp;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Organization.Synthetic;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.EarlyWarning.Synthetic;

/// <summary>
/// Generates a deterministic year of activity over a dataset (<i>sinh dữ liệu hoạt động mẫu</i>). The proportions of
/// discipline follow Thái Nguyên's 2020–2025 figures (seed 002): about 230 member decisions a year, reprimand 68%, warning
/// 14%, removal 1%, expulsion 17%, three in four on committee members; about five organisations a year. The yearly
/// programmes hold one item per case plus a few not yet started; complaints are rarer in seed 002 (four in a term, all
/// upheld) than a year of a small province can show, so at least six are filed, most upheld.
/// </summary>
public static class SyntheticActivity
{
    private static readonly RuleCitation ConclusionTimeLimit = RuleCitation.Of("SYNTHETIC", "Thông báo kết luận (dữ liệu mẫu)", null, true);

    /// <summary>Generates the activity of <paramref name="year"/> up to the day before <paramref name="today"/> (or the whole year if it is past).</summary>
    /// <param name="dataset">The hierarchy (e.g. <see cref="SyntheticProvince.Generate"/>).</param>
    /// <param name="year">The year.</param>
    /// <param name="today">Today; nothing happens on or after it.</param>
    /// <param name="seed">Seed: the same inputs give the same activity.</param>
    /// <param name="rules">The rule book.</param>
    /// <param name="calculator">The deadline calculator.</param>
    /// <param name="catalogues">The catalogues.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">The year has not started by <paramref name="today"/>, or the dataset has no root with subordinates.</exception>
    public static SyntheticActivityYear Generate(PartyDataset dataset, int year, LocalDate today, ulong seed, RuleBook rules, DeadlineCalculator calculator, OversightCatalogues catalogues)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(calculator);
        ArgumentNullException.ThrowIfNull(catalogues);
        var from = new LocalDate(year, 1, 1);
        var to = new LocalDate(year, 12, 31) < today ? new LocalDate(year, 12, 31) : today.PlusDays(-1);
        if (to < from)
        {
            throw new ArgumentException($"Year {year} has not started by {DateText.Format(today)}.", nameof(year));
        }

        var random = new SplitMix64(seed);
        var root = dataset.Roots.FirstOrDefault() ?? throw new ArgumentException("The dataset has no root organisation.", nameof(dataset));
        var subordinates = dataset.ChildrenOf(root.Id, from).ToArray();
        if (subordinates.Length == 0)
        {
            throw new ArgumentException($"{root.Id} has no subordinate organisation on {DateText.Format(from)}.", nameof(dataset));
        }

        var days = Period.Between(from, to, PeriodUnits.Days).Days + 1;
        LocalDate Day(int earliest = 0, int latestFromEnd = 0) => from.PlusDays(random.Between(Math.Min(earliest, days - 1), Math.Max(Math.Min(earliest, days - 1), days - 1 - latestFromEnd)));
        var forms = DisciplineFormPolicy.FromRules(rules, from);

        // High-risk fields: the People's Committee organisation and one commune in six.
        var highRisk = new Dictionary<OrganizationId, IReadOnlyList<string>>();
        foreach (var org in subordinates)
        {
            if (org.Kind == OrganizationKind.PeoplesCommitteeOrganization)
            {
                highRisk[org.Id] = ["finance", "public-investment", "procurement"];
            }
            else if (org.Kind is OrganizationKind.Commune or OrganizationKind.Ward && random.Next(6) == 0)
            {
                highRisk[org.Id] = [random.Pick(new[] { "land", "natural-resources-minerals", "construction" })];
            }
        }

        // Cases: about two thirds of subordinates, by the provincial standing committee (supervision) or commission (inspection).
        var cases = new List<OversightCase>();
        var authority = CaseAuthority.CheckedBy(new AuthorityRules(dataset, rules));
        var register = FollowUpRegister.Empty;
        var caseNo = 0;
        foreach (var org in subordinates.Where(_ => random.Next(3) != 0))
        {
            var supervision = random.Next(2) == 0;
            var opened = Day(latestFromEnd: 20);
            var id = $"{(supervision ? "GS" : "KT")}-{year}-{++caseNo:D3}";
            var subject = OversightSubject.Of(org.Id);
            var c = supervision
                ? OversightCase.Open(id, ActivityKind.ThematicSupervision, "thematic", root.Id, BodyKind.StandingCommittee, [subject], opened, catalogues, authority)
                : OversightCase.Open(id, ActivityKind.ComplianceInspection, "compliance", root.Id, BodyKind.InspectionCommission, [subject], opened, catalogues, authority);
            var area = random.Pick(catalogues.ContentAreas.Items).Code;
            var d = opened;
            LocalDate Next(int max) => d = d.PlusDays(random.Between(1, max)) is var n && n < to ? n : to;
            c = c.IssueDecision($"{caseNo}-QĐ/TU", d);
            var plan = CasePlan.Create("Kiểm tra, giám sát theo chương trình năm", [area], new LocalDate(year - 1, 1, 1), new LocalDate(year - 1, 12, 31), d, d.PlusDays(60), "Nghiên cứu hồ sơ, làm việc trực tiếp", catalogues);
            c = c.ApprovePlan(plan, Next(3)).FormTeam(CaseTeam.Create(MemberId.From($"K-{caseNo:D3}-1"), [MemberId.From($"K-{caseNo:D3}-2")]), Next(3));
            var steps = random.Between(1, 9);
            if (steps >= 2 && d < to) c = c.Announce(Next(7));
            if (steps >= 3 && d < to) c = c.ReceiveSelfReport(Next(10));
            if (!supervision && steps >= 4 && d < to) c = c.Verify("Thẩm tra hồ sơ", Next(20));
            if (steps >= 5 && d < to && c.AllowedSteps.Contains(CaseStep.DraftReport)) c = c.DraftReport(Next(10));
            if (steps >= 6 && d < to && c.State == CaseState.ReportDrafted)
            {
                var violation = random.Next(4) == 0;
                c = c.HoldConclusionMeeting(new CaseConclusion(violation ? "Có khuyết điểm, vi phạm cần khắc phục" : "Cơ bản thực hiện tốt", violation, false), Next(10));
                c = c.IssueNotice($"{caseNo}-TB/TU", Next(5));
                for (var r = 0; r < random.Between(1, 2); r++)
                {
                    var limit = DeadlineRule.Create("conclusion.time-limit", DeadlineUnit.WorkingDays, random.Pick(new[] { 20, 30, 60 }),
                        LocalizedText.Of("ngày ban hành thông báo kết luận", "issue of the conclusion notice"), ConclusionTimeLimit);
                    var rec = Recommendation.Create($"KN-{caseNo:D3}-{r + 1}", supervision ? RecommendationSource.PartySupervision : RecommendationSource.PartyInspection, id, org.Id,
                        $"Khắc phục hạn chế: {catalogues.ContentAreas.Get(area).Name.Vietnamese}", d, limit, calculator);
                    var outcome = random.Next(10);
                    if (outcome < 6 && rec.Deadline.Due <= to)
                    {
                        rec = rec.Complete(rec.Deadline.Due.PlusDays(-random.Between(0, 10)));
                    }
                    else if (outcome < 8 && rec.Deadline.Due.PlusDays(20) <= to)
                    {
                        rec = rec.Complete(rec.Deadline.Due.PlusDays(random.Between(1, 20)));
                    }

                    register = register.Add(rec);
                }

                if (steps >= 8 && d < to)
                {
                    c = c.AssignFollowUp("Theo dõi thực hiện thông báo kết luận", Next(5));
                }
            }

            cases.Add(c);
        }

        // Discipline in proportion to seed 002 (one year of a five-year term).
        var decisions = new List<DisciplineDecision>();
        var leafOrgs = subordinates.SelectMany(s => dataset.ChildrenOf(s.Id, from)).Where(o => dataset.MembersOf(o.Id, from).Count > 0).ToArray();
        var formsByShare = new (DisciplineForm Form, int Count)[] { (DisciplineForm.Reprimand, 157), (DisciplineForm.Warning, 33), (DisciplineForm.RemovalFromPost, 2), (DisciplineForm.Expulsion, 39) };
        var decisionNo = 0;
        var scale = (double)days / 365;
        foreach (var (form, count) in formsByShare)
        {
            for (var i = 0; i < (int)Math.Round(count * scale); i++)
            {
                PartyOrganization org;
                Member member;
                do
                {
                    // A probationary member can only receive the forms of the probationary scale.
                    org = random.Pick(leafOrgs);
                    member = random.Pick(dataset.MembersOf(org.Id, from));
                }
                while (member.Status == MemberStatus.Probationary && !forms.Check(DisciplineSubject.OfProbationaryMember(member.Id), form).IsApplicable);

                var holdsPost = member.Posts.Length > 0 || form == DisciplineForm.RemovalFromPost;
                var onCommittee = member.Posts.Any(p => p.Kind is PostKind.CommitteeMember or PostKind.StandingCommitteeMember) || random.Next(4) != 0;
                var subject = member.Status == MemberStatus.Probationary
                    ? DisciplineSubject.OfProbationaryMember(member.Id)
                    : DisciplineSubject.OfFullMember(member.Id, holdsPost, onCommittee);
                var decided = Day(earliest: 10);
                var announced = decided.PlusDays(random.Between(0, 5));
                decisions.Add(DisciplineDecision.Create($"QD-KL-{year}-{++decisionNo:D4}", $"VP-{year}-{decisionNo:D4}", subject, form, org.Parent ?? root.Id, BodyKind.InspectionCommission,
                    decided, announced <= to ? announced : to, Circumstances(random), [], forms));
            }
        }

        for (var i = 0; i < (int)Math.Round(5 * scale); i++)
        {
            var org = random.Pick(leafOrgs);
            var responsible = random.Pick(dataset.MembersOf(org.Id, from));
            var decided = Day(earliest: 10);
            decisions.Add(DisciplineDecision.Create($"QD-KL-{year}-{++decisionNo:D4}", $"VP-{year}-{decisionNo:D4}", DisciplineSubject.OfOrganization(org.Id),
                i % 3 == 2 ? DisciplineForm.Warning : DisciplineForm.Reprimand, org.Parent ?? root.Id, BodyKind.StandingCommittee, decided, decided, Circumstances(random),
                [IndividualResponsibility.Create(responsible.Id, ParticipationRole.Initiator, "Người đứng đầu chịu trách nhiệm chính")], forms));
        }

        // Denunciations: about 18 a year; one member denounced three times (an early warning).
        var denunciations = new List<Denunciation>();
        var receiver = root.Id;
        var target = random.Pick(dataset.MembersOf(random.Pick(leafOrgs).Id, from));
        for (var i = 0; i < (int)Math.Round(18 * scale); i++)
        {
            var member = i < 3 ? target : random.Pick(dataset.MembersOf(random.Pick(leafOrgs).Id, from));
            var source = random.Next(3) == 0 ? DenunciationSource.Anonymous : DenunciationSource.Named;
            var informant = source == DenunciationSource.Named ? ProtectedInformant.Create($"Người tố cáo mẫu {i + 1}", null, null) : null;
            var letter = Denunciation.Create($"TC-{year}-{i + 1:D3}", DisciplineSubject.OfFullMember(member.Id, member.Posts.Length > 0), source, informant,
                [Allegation.Create("A1", "Vi phạm quy định về quản lý đất đai"), Allegation.Create("A2", "Kê khai tài sản không trung thực")],
                [new DenunciationReceipt(receiver, Day(latestFromEnd: 5), true)]);
            var intake = DenunciationIntakePolicy.FromRules(rules, letter.Receipts[0].On).Assess(letter, []);
            letter = letter.WithIntake(intake);
            if (intake.Decision == IntakeDecision.Accepted && letter.Receipts[0].On.PlusDays(60) < to)
            {
                var concluded = letter.Receipts[0].On.PlusDays(random.Between(30, 60));
                letter = letter.Conclude("A1", (AllegationConclusion)random.Between(1, 4), concluded).Conclude("A2", (AllegationConclusion)random.Between(1, 3), concluded);
            }

            denunciations.Add(letter);
        }

        // Personnel actions: routine ones, and one appointment of a member whose warning is still in effect.
        var actions = new List<PersonnelAction>();
        var warned = decisions.Where(x => x.Subject.IsMember && x.Form == DisciplineForm.Warning).OrderBy(x => x.AnnouncedOn).FirstOrDefault();
        if (warned is not null && warned.AnnouncedOn.PlusDays(30) < to)
        {
            actions.Add(new PersonnelAction(warned.Subject.Member!.Value, RestrictedAction.Appointment, warned.AnnouncedOn.PlusDays(30), $"QĐ bổ nhiệm {year}-17"));
        }

        for (var i = 0; i < 5; i++)
        {
            var member = random.Pick(dataset.MembersOf(random.Pick(leafOrgs).Id, from));
            if (decisions.All(x => x.Subject.Member != member.Id))
            {
                actions.Add(new PersonnelAction(member.Id, RestrictedAction.Honours, Day(), $"QĐ khen thưởng {year}-{i + 1}"));
            }
        }

        // R-S4: the first supervision that found signs of violation, while working or in its conclusion, hands them to the
        // inspection commission (no draw).
        var handOver = cases.FindIndex(c => c.Activity == ActivityKind.ThematicSupervision && c.LastStepOn.PlusDays(3) <= to
            && (c.State is CaseState.Announced or CaseState.SelfReported or CaseState.ReportDrafted || (c.State == CaseState.NoticeIssued && c.Conclusion is { ViolationFound: true })));
        if (handOver >= 0)
        {
            var supervised = cases[handOver];
            var (updated, inspection) = supervised.HandOverForInspection($"KT-{year}-{++caseNo:D3}", root.Id, supervised.Subjects,
                "Giám sát phát hiện dấu hiệu vi phạm cần kiểm tra", supervised.LastStepOn.PlusDays(3), catalogues, authority);
            cases[handOver] = updated;
            cases.Add(inspection);
        }

        // Drawn last, so that adding them left every earlier record of a seed unchanged.
        var programmes = Programmes(cases, subordinates, root.Id, year, random, catalogues);
        var complaints = Complaints(decisions, dataset, root.Id, to, random, rules, calculator, forms);
        return new SyntheticActivityYear(year, from, to, subordinates.Select(s => s.Id).ToArray(), highRisk, cases, decisions, denunciations, register, actions, programmes, complaints);
    }

    private static OversightProgramme[] Programmes(List<OversightCase> cases, IReadOnlyList<PartyOrganization> subordinates, OrganizationId root, int year, SplitMix64 random, OversightCatalogues catalogues)
    {
        // Each case was planned for the quarter it opened in; the standing committee supervises, the commission inspects.
        var end = new LocalDate(year, 12, 31);
        static LocalDate QuarterStart(LocalDate d) => new(d.Year, ((d.Month - 1) / 3 * 3) + 1, 1);
        var supervision = new List<ProgrammeItem>();
        var inspection = new List<ProgrammeItem>();
        foreach (var c in cases)
        {
            // Programme items are planned on organisations; a case on a member or one opened on signs of violation is not planned.
            if (c.Origin is not null || c.Subjects[0].Organization is not { } subject)
            {
                continue;
            }

            var opened = c.History[0].On;
            var start = QuarterStart(opened);
            var list = c.Activity == ActivityKind.ThematicSupervision ? supervision : inspection;
            list.Add(ProgrammeItem.Create($"{list.Count + 1:D2}", c.Activity, c.TypeCode, subject, start, start.PlusMonths(3).PlusDays(-1),
                c.Plan?.ContentAreas ?? [], catalogues));
        }

        // Two subordinates without a case are planned for the last quarter: not done yet when the year is current.
        var planned = cases.Select(c => c.Subjects[0].Organization).ToHashSet();
        foreach (var org in subordinates.Where(s => !planned.Contains(s.Id)).Take(2))
        {
            var area = random.Pick(catalogues.ContentAreas.Items).Code;
            inspection.Add(ProgrammeItem.Create($"{inspection.Count + 1:D2}", ActivityKind.ComplianceInspection, "compliance", org.Id, new LocalDate(year, 10, 1), end, [area], catalogues));
        }

        // A realistic plan has few findings: one supervision item repeats a commission inspection's subject, quarter and content.
        var twin = inspection.FirstOrDefault(i => cases.Any(c => c.Activity == ActivityKind.ComplianceInspection && c.Subjects[0].Organization == i.Subject));
        if (twin is not null)
        {
            supervision.Add(ProgrammeItem.Create($"{supervision.Count + 1:D2}", ActivityKind.ThematicSupervision, "thematic", twin.Subject, twin.Start, twin.End, twin.ContentAreas, catalogues));
        }

        var from = new LocalDate(year, 1, 1);
        return
        [
            OversightProgramme.Create($"CT-GS-{year}", new ActingBody(root, BodyKind.StandingCommittee), ProgrammeScope.Year, from, end, supervision),
            OversightProgramme.Create($"CT-KT-{year}", new ActingBody(root, BodyKind.InspectionCommission), ProgrammeScope.Year, from, end, inspection),
        ];
    }

    private static SyntheticComplaint[] Complaints(List<DisciplineDecision> decisions, PartyDataset dataset, OrganizationId root, LocalDate to, SplitMix64 random,
        RuleBook rules, DeadlineCalculator calculator, DisciplineFormPolicy forms)
    {
        // Seed 002: 4 complaints resolved in the term for 1,152 members disciplined, every one upheld.
        var memberDecisions = decisions.Where(d => d.Subject.IsMember && d.AnnouncedOn.PlusDays(45) <= to).ToList();
        var count = Math.Min(memberDecisions.Count, Math.Max(6, (int)Math.Round(memberDecisions.Count * 4.0 / 1152)));
        var chosen = new List<DisciplineDecision>();
        while (chosen.Count < count)
        {
            var d = memberDecisions[random.Next(memberDecisions.Count)];
            memberDecisions.Remove(d);
            chosen.Add(d);
        }

        var result = new List<SyntheticComplaint>();
        var accepted = 0;
        foreach (var (decision, i) in chosen.OrderBy(d => d.AnnouncedOn).ThenBy(d => d.Id, StringComparer.Ordinal).Select((d, i) => (d, i)))
        {
            var complaintRules = ComplaintRules.Create(rules, decision.DecidedOn, calculator);
            var received = decision.AnnouncedOn.PlusDays(random.Between(0, 3));
            var window = complaintRules.FilingDeadline(received, ComplaintWindowReading.OneMonth);
            // One in six is filed after the window closed.
            var filed = i % 6 == 5 ? window.Due.PlusDays(random.Between(3, 15)) : received.PlusDays(random.Between(3, Math.Max(3, Period.Between(received, window.Due, PeriodUnits.Days).Days)));
            if (filed > to)
            {
                filed = to;
            }

            var complaint = DisciplineComplaint.Create($"KN-KL-{decision.DecidedOn.Year}-{i + 1:D2}", decision, received, filed, true, true);
            var admissibility = complaintRules.Assess(complaint, ComplaintWindowReading.OneMonth);
            var resolver = new ActingBody(dataset.GetOrganization(decision.DecidedBy).Parent ?? root, BodyKind.InspectionCommission);
            var check = complaintRules.CheckResolver(dataset, resolver, decision.DecidedBy, filed, 1);
            Deadline? deadline = null;
            ComplaintResolution? resolution = null;
            if (admissibility.IsAdmissible && check.IsAllowed)
            {
                deadline = complaintRules.ResolutionDeadline(filed, ComplaintResolverLevel.ProvinceAndBelow);
                var resolvedOn = filed.PlusDays(random.Between(30, 100));
                resolvedOn = resolvedOn < deadline.Due ? resolvedOn : deadline.Due;
                if (resolvedOn <= to)
                {
                    // Upheld the clear majority (seed 002: all); one in six changed, one in six annulled.
                    var outcome = (accepted % 6) switch { 1 => ComplaintOutcome.Changed, 4 => ComplaintOutcome.Annulled, _ => ComplaintOutcome.Upheld };
                    DisciplineForm? newForm = outcome == ComplaintOutcome.Changed ? (decision.Form == DisciplineForm.Reprimand ? DisciplineForm.Warning : DisciplineForm.Reprimand) : null;
                    resolution = complaintRules.Resolve(complaint, outcome, newForm, resolvedOn, forms);
                }

                accepted++;
            }

            result.Add(new SyntheticComplaint(complaint, admissibility, resolver, check, deadline, resolution));
        }

        return result.ToArray();
    }

    private static DisciplineCircumstances Circumstances(SplitMix64 random) => DisciplineCircumstances.Create(
        random.Pick(new[] { "Vi phạm quy định về quản lý đất đai", "Vi phạm những điều đảng viên không được làm", "Thiếu trách nhiệm trong công tác cán bộ", "Vi phạm quy định về phòng, chống tham nhũng" }),
        "Ít nghiêm trọng", "Một lần", "Ảnh hưởng uy tín của tổ chức đảng", "Không lớn", "Thiếu tu dưỡng, rèn luyện",
        random.Next(5) == 0 ? [AggravatingCircumstance.RepeatAfterWarning] : [],
        random.Next(2) == 0 ? [MitigatingCircumstance.SelfReported] : [],
        Attitude.Sincere, "Đã khắc phục một phần", ParticipationRole.Sole);
}
