using System.Globalization;
using System.Text;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Discipline.Complaints;
using KiemTra.Sdk.EarlyWarning;
using KiemTra.Sdk.EarlyWarning.Synthetic;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Organization.Synthetic;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Tests.Deadlines;
using KiemTra.Sdk.Tests.Infrastructure;
using NodaTime;

namespace KiemTra.Sdk.Tests.EarlyWarning.Synthetic;

/// <summary>
/// A realistic year of a small province, end to end: the yearly programmes and their findings, the cases and their
/// histories, discipline, complaints, denunciations, follow-up and early warnings, rendered as one stable report.
/// </summary>
public class SmallProvinceYearTests
{
    private const ulong Seed = 4UL;
    private static readonly LocalDate Today = new(2026, 11, 22);
    private static readonly LocalDate TermStart = new(2025, 10, 1);
    private static readonly DateTimeZone HoChiMinh = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];

    private static readonly PartyDataset Province = SyntheticProvince.Generate(SyntheticProvinceOptions.Create(
        "SP", "Tỉnh mẫu nhỏ", TermStart, 7UL, communes: 10, wards: 2, grassrootsCommittees: 20, grassrootsCells: 30, subCommittees: 2, cells: 200, members: 8000));

    private static readonly Lazy<(SyntheticActivityYear Year, string Report)> Generated = new(() =>
    {
        var year = SyntheticActivity.Generate(Province, 2026, Today, Seed, RuleBook.BuiltIn, DeadlineCalculator.Default, OversightCatalogues.BuiltIn);
        return (year, Render(year));
    });

    [Fact]
    public void SmallProvinceYear_ReportMatchesApproved()
    {
        // R-I2, R-I3, R-S4, R-D1, R-D2, R-D3, R-D4, R-D5, R-D6, R-D7, R-F1, R-S5: one section per record kind, each line citing its requirement.
        Approvals.Verify(Generated.Value.Report, "SmallProvinceYear");
    }

    [Fact]
    public void SmallProvinceYear_NeverShowsAnInformant()
    {
        // R-D6: the generator seals "Người tố cáo mẫu n" in the named letters; the report never shows it.
        var (year, report) = Generated.Value;
        Assert.Contains(year.Denunciations, d => d.Informant is not null);
        Assert.DoesNotContain("Người tố cáo mẫu", report, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("tố cáo mẫu", report, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void SmallProvinceYear_IsPlausible()
    {
        // R-I2: few plan findings, and completion below 100% only for the items not yet due.
        var (year, _) = Generated.Value;
        var findings = ProgrammeValidator.Validate(year.Programmes, Province, new AuthorityRules(Province, RuleBook.BuiltIn));
        Assert.InRange(findings.Count, 1, 3);
        Assert.All(findings, f => Assert.NotEqual(FindingSeverity.Error, f.Severity));
        foreach (var programme in year.Programmes)
        {
            var (_, _, notDone) = ProgrammeValidator.Completion(programme, year.Cases);
            // Not done: due after today, or its case is still under way, or it is the planted overlap the validator reports.
            Assert.All(notDone, i => Assert.True(i.End >= year.To
                || year.Cases.Any(c => c.Subjects[0].Organization == i.Subject && !c.History.Any(e => e.Step == CaseStep.HoldConclusionMeeting))
                || findings.Any(f => f.Code == ProgrammeValidator.Overlap && f.SubjectId == $"{programme.Id}/{i.Id}")));
        }

        // Every date within the year; a case's steps in order; nothing after "today".
        Assert.All(year.Cases, c => Assert.True(c.History[0].On >= year.From && c.LastStepOn <= year.To));
        Assert.All(year.Cases, c => Assert.Equal(c.History.Select(e => e.On).Order(), c.History.Select(e => e.On)));

        // R-S4: a supervision handed its signs of violation to the inspection commission, which opened a linked inspection.
        var handedOver = Assert.Single(year.Cases, c => c.HandedOverTo.Count > 0);
        Assert.Contains(year.Cases, c => c.Origin?.CaseId == handedOver.Id);

        // R-D1, R-D5: no decision before the year, every decision announced on or after it was decided.
        Assert.All(year.Decisions, d => Assert.True(d.DecidedOn >= year.From && d.AnnouncedOn >= d.DecidedOn && d.AnnouncedOn <= year.To));

        // R-D5: complaints follow their decision, the window and resolution deadlines come from the working calendar.
        Assert.True(year.Complaints.Count >= 6);
        Assert.Contains(year.Complaints, c => !c.Admissibility.IsAdmissible);
        Assert.Contains(year.Complaints, c => c.Resolution?.Outcome == ComplaintOutcome.Upheld);
        Assert.Contains(year.Complaints, c => c.Resolution?.Outcome == ComplaintOutcome.Changed && c.Resolution.RequiresAdministrativeReview);
        Assert.True(year.Complaints.Count(c => c.Resolution?.Outcome == ComplaintOutcome.Upheld) > year.Complaints.Count(c => c.Resolution is { Outcome: not ComplaintOutcome.Upheld }));
        foreach (var c in year.Complaints)
        {
            Assert.True(c.Complaint.FiledOn > c.Complaint.Decision.AnnouncedOn && c.Complaint.FiledOn <= year.To);
            Assert.True(c.ResolverCheck.IsAllowed, c.ResolverCheck.Reason.English);
            if (c.ResolutionDeadline is { } due)
            {
                Assert.True(WorkingCalendar.Default.IsWorkingDay(due.Due));
                Assert.Equal(due.Due, DeadlineCalculator.Default.Calculate(due.Rule, c.Complaint.FiledOn).Due);
            }

            if (c.Resolution is { } r)
            {
                Assert.InRange(r.ResolvedOn, c.Complaint.FiledOn, c.ResolutionDeadline!.Due);
            }
        }
    }

    private static string Render(SyntheticActivityYear year)
    {
        var text = new StringBuilder();
        void Line(string s) => text.Append(s).Append('\n');
        static string D(LocalDate d) => d.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
        var monitor = DeadlineMonitor.Create(new FixedClock(Today.At(new LocalTime(9, 0)).InZoneStrictly(HoChiMinh).ToInstant()), HoChiMinh, WorkingCalendar.Default, DueSoonWindow.WorkingDays(5));
        var forms = DisciplineFormPolicy.FromRules(RuleBook.BuiltIn, year.From);

        Line($"Năm mẫu / synthetic year {year.Year}: {Province.Roots.First().Id} {Province.Roots.First().Name}, seed {Seed}, {D(year.From)} – {D(year.To)} (hôm nay / today {D(Today)})");
        Line($"Tổ chức trực thuộc / subordinate organisations: {year.Organizations.Count}; lĩnh vực nhạy cảm / high-risk fields: {string.Join(", ", year.HighRiskFields.OrderBy(p => p.Key).Select(p => $"{p.Key} [{string.Join(", ", p.Value)}]"))}");

        Line("");
        Line("== 1. Chương trình năm / yearly programmes ==");
        foreach (var p in year.Programmes)
        {
            var (done, planned, _) = ProgrammeValidator.Completion(p, year.Cases);
            Line($"[R-I2] {p.Id} {p.Owner} {p.Scope} {D(p.From)}–{D(p.To)}: hoàn thành / done {done}/{planned}");
            var concluded = ProgrammeValidator.Completion(p, year.Cases).NotDone.ToHashSet();
            foreach (var i in p.Items)
            {
                Line($"  [R-I2] {i.Id} {i.Activity,-20} {i.Subject,-8} {D(i.Start)}–{D(i.End)} [{string.Join(", ", i.ContentAreas)}] {(concluded.Contains(i) ? "chưa xong / not done" : "xong / done")}");
            }
        }

        var findings = ProgrammeValidator.Validate(year.Programmes, Province, new AuthorityRules(Province, RuleBook.BuiltIn));
        Line($"Phát hiện khi rà soát kế hoạch / plan findings: {findings.Count}");
        foreach (var f in findings)
        {
            Line($"  [{(f.Code == ProgrammeValidator.Omission ? "R-I3" : "R-I2")}] {f.Severity} {f.Code} {f.SubjectId}: {f.Message.English}");
        }

        var covered = year.Cases.Where(c => c.History.Any(e => e.Step == CaseStep.HoldConclusionMeeting)).SelectMany(c => c.Subjects).Select(s => s.Organization).ToHashSet();
        Line($"  [R-I3] đã kiểm tra, giám sát có kết luận trong năm / covered with a conclusion this year: {year.Organizations.Count(o => covered.Contains(o))}/{year.Organizations.Count}");

        Line("");
        Line($"== 2. Cuộc kiểm tra, giám sát / cases: {year.Cases.Count} ==");
        foreach (var c in year.Cases)
        {
            var tag = c.Origin is not null || c.HandedOverTo.Count > 0 ? "[R-S4]" : "[R-I2]";
            foreach (var l in c.HistoryText().TrimEnd('\n').Split('\n'))
            {
                Line($"{tag} {l}");
            }
        }

        Line("");
        var stats = DisciplineStatistics.Compute(year.Decisions, year.From, year.To, forms);
        Line($"== 3. Kỷ luật / discipline decisions: {year.Decisions.Count} ==");
        Line($"[R-D7] {stats.Summary.English}");
        foreach (var d in year.Decisions.OrderBy(d => d.DecidedOn).ThenBy(d => d.Id, StringComparer.Ordinal))
        {
            var c = d.Circumstances;
            var circumstances = string.Join("; ", new[]
            {
                c.Content,
                c.Aggravating.Count > 0 ? $"tăng nặng / aggravating: {string.Join(", ", c.Aggravating)}" : null,
                c.Mitigating.Count > 0 ? $"giảm nhẹ / mitigating: {string.Join(", ", c.Mitigating)}" : null,
                $"{c.Attitude}",
            }.Where(x => x is not null));
            var members = d.ResponsibleMembers.Count > 0 ? $" [R-D3] trách nhiệm / responsible: {string.Join(", ", d.ResponsibleMembers.Select(r => $"{r.Member} ({r.Role})"))}" : string.Empty;
            Line($"[R-D1][R-D2] {d.Id} {D(d.DecidedOn)} (công bố / announced {D(d.AnnouncedOn)}) {d.DecidedBy} {d.DecidingBody}: {DisciplineNames.Of(d.Form).English} — {d.Subject.Kind} {d.Subject.Id}{(d.Subject.IsCommitteeMember ? " (cấp ủy viên / committee member)" : string.Empty)} — {circumstances}{members}");
        }

        var effects = SynchronisedObligationRules.Create(RuleBook.BuiltIn, DeadlineCalculator.Default);
        var first = year.Decisions.Where(d => d.Subject.IsMember).OrderBy(d => d.AnnouncedOn).ThenBy(d => d.Id, StringComparer.Ordinal).First();
        foreach (var o in effects.For(SynchronisedEvent.Create(SynchronisedEventKind.PartyDisciplineAnnounced, first.Subject.Member!.Value, first.AnnouncedOn, $"{first.Id} công bố / announced")))
        {
            Line($"[R-D4] {first.Id}: {o.Obligor.English}: {o.Duty.English} — hạn / due {D(o.Deadline.Due)}");
        }

        Line("");
        Line($"== 4. Khiếu nại kỷ luật / complaints: {year.Complaints.Count} ==");
        Line($"[R-D5] {ComplaintStatistics.Compute(year.Complaints.Select(c => c.Resolution).OfType<ComplaintResolution>()).Summary.English}");
        foreach (var c in year.Complaints)
        {
            var k = c.Complaint;
            Line($"[R-D5] {k.Id} against {k.Decision.Id} ({DisciplineNames.Of(k.Decision.Form).English}, {k.Decision.Subject.Id}, by {k.Decision.DecidedBy}): received {D(k.DecisionReceivedOn!.Value)}, filed {D(k.FiledOn)}, window to {D(c.Admissibility.FilingDeadline!.Due)}");
            Line($"  [R-D5] {(c.Admissibility.IsAdmissible ? "accepted" : "not accepted")}: {c.Admissibility.Explanation.English}");
            Line($"  [R-D5] resolver {c.Resolver}: {c.ResolverCheck.Reason.English}");
            if (c.ResolutionDeadline is { } due)
            {
                Line($"  [R-D5] resolve by {D(due.Due)} ({due.Rule.Count} {due.Rule.Unit}{(due.Rule.Citation.Verified ? string.Empty : ", unverified")})");
            }

            if (c.Resolution is { } r)
            {
                Line($"  [R-D5] {D(r.ResolvedOn)} {r.Outcome}{(r.ResultingForm is { } f ? $" → {DisciplineNames.Of(f).English}" : string.Empty)}");
                if (r.FollowOn is { } followOn)
                {
                    Line($"  [R-D4][R-D5] {followOn.English} ({r.FollowOnRule})");
                }
            }
            else if (c.ResolutionDeadline is not null)
            {
                Line("  [R-D5] pending");
            }
        }

        Line("");
        Line($"== 5. Tố cáo / denunciations: {year.Denunciations.Count} ==");
        Line($"[R-D6] {DenunciationStatistics.Compute(year.Denunciations).Summary.English}");
        foreach (var d in year.Denunciations.Select(d => d.ForVerifiers()))
        {
            var conclusions = d.IsConcluded ? string.Join(", ", d.Allegations.Select(a => $"{a.Id} {a.Conclusion} {D(a.ConcludedOn!.Value)}")) : "chưa kết luận / open";
            Line($"[R-D6] {d.Id} {D(d.Receipts[0].On)} {d.Source,-9} về / about {d.Subject.Id}: {d.Intake!.Decision}; {conclusions}");
        }

        Line("");
        var followUp = year.FollowUp.Report(monitor);
        Line($"== 6. Theo dõi thực hiện kết luận / follow-up: {followUp.Items.Count} ==");
        foreach (var i in followUp.Items)
        {
            var r = i.Recommendation;
            Line($"[R-F1] {r.Id} {r.Addressee,-8} hạn / due {D(r.Deadline.Due)} ({r.Deadline.Rule.Count} {r.Deadline.Rule.Unit}) {i.Status}{(r.CompletedOn is { } done ? $" xong / done {D(done)}" : string.Empty)}{(i.DaysLate > 0 ? $", late {i.DaysLate}" : string.Empty)}");
        }

        foreach (var l in followUp.ToText().TrimEnd('\n').Split('\n'))
        {
            Line($"[R-F1] {l}");
        }

        Line("");
        var engine = EarlyWarningEngine.Create(EarlyWarningRules.BuiltIn(
            DisciplineEffectPolicy.FromRules(RuleBook.BuiltIn, year.From), OversightCatalogues.BuiltIn,
            overdueEscalationDays: 60, denunciationThreshold: 3, denunciationWindow: Period.FromMonths(12), highRiskLookBack: Period.FromYears(2), coverageTarget: null));
        var warnings = engine.Evaluate(new EarlyWarningContext
        {
            Monitor = monitor,
            TermStart = TermStart,
            Organizations = year.Organizations,
            HighRiskFields = year.HighRiskFields,
            Cases = year.Cases,
            FollowUp = year.FollowUp,
            Denunciations = year.Denunciations,
            Decisions = year.Decisions,
            PersonnelActions = year.PersonnelActions,
        });
        Line($"== 7. Cảnh báo sớm / early warnings: {warnings.Count} ==");
        foreach (var w in warnings)
        {
            Line($"[R-S5] {w.Severity} {w.Code} {w.SubjectId}: {w.Message.English}");
        }

        return text.ToString();
    }
}
