using System.CommandLine;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Discipline.Complaints;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.FollowUp;
using KiemTra.Sdk.Formatting;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Reporting;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Cli.Commands;

/// <summary>
/// <c>kiemtra cases stats [--year 2026] [--scope ID] [--json]</c>: statistics of a year of the embedded province's register
/// of the work — the same register and scope as <c>kiemtra report</c> (the whole province by default): cases by state,
/// plan completion (by the report's plan-completion indicator), discipline by form and subject (seed 002 shape), cases by
/// subject, complaints against discipline and their outcomes, denunciations, follow-up of conclusions.
/// </summary>
internal static class CasesCommand
{
    public static Command Create(CliContext context)
    {
        var year = new Option<int?>("--year") { Description = "Năm (mặc định: năm hiện tại) / year (default: this year)" };
        var scope = new Option<string?>("--scope") { Description = "Mã tổ chức (mặc định: tỉnh) / organisation id (default: the province)" };
        var registerOption = new Option<string?>("--register") { Description = "Tệp sổ theo dõi công tác JSON thay cho dữ liệu mẫu / register of the work file instead of the sample" };
        var json = new Option<bool>("--json") { Description = "Xuất JSON / JSON output" };
        var stats = new Command("stats", "Thống kê kiểm tra, giám sát, kỷ luật, tố cáo của năm mẫu / statistics of the sample year");
        stats.Options.Add(year);
        stats.Options.Add(scope);
        stats.Options.Add(registerOption);
        stats.Options.Add(json);
        stats.SetAction(parsed =>
        {
            var registerFile = parsed.GetValue(registerOption);
            var today = context.Clock.GetCurrentInstant().InZone(context.Zone).Date;
            var y = registerFile is null ? SampleActivity.Year(context, parsed.GetValue(year)) : parsed.GetValue(year) ?? today.Year;
            var data = IndicatorData.Load(registerFile, today);
            var root = data.Scope(parsed.GetValue(scope));
            var period = ReportingPeriod.Year(y);
            var statistics = data.Statistics(context.Sdk, root, period);
            var register = data.Data.Register;
            var tree = data.Data;
            var rootIndex = tree.IndexOf(root);
            var rootEnd = tree.SubtreeEnd(rootIndex);
            bool InScope(OrganizationId o) => tree.IndexOf(o) is var i && i >= rootIndex && i < rootEnd;
            var from = period.Start;
            var to = period.End < statistics.AsOf ? period.End : statistics.AsOf;
            bool InYear(LocalDate d) => d >= from && d <= to;

            var cases = register.Cases.Where(c => InYear(c.History[0].On) && InScope(c.ConductedBy)).ToList();
            var byState = cases.GroupBy(c => c.State).OrderBy(g => g.Key).Select(g => (State: g.Key, Count: g.Count())).ToArray();
            var byActivity = cases.GroupBy(c => c.Activity).OrderBy(g => g.Key).Select(g => (Activity: g.Key, Count: g.Count())).ToArray();
            var discipline = statistics.Discipline;
            var denunciations = statistics.Denunciations;
            // Deadlines are seen on the last day the register covers for the year, as the warnings are.
            var monitor = DeadlineMonitor.Create(new SeenOnClock(to.AtStartOfDayInZone(context.Zone).ToInstant()), context.Zone, context.Sdk.Calendar, RuleDuration.Of(5, RuleDurationUnit.WorkingDays));
            var followUp = FollowUpReport.Of(register.Recommendations.Where(r => InYear(r.Deadline.EventDate) && InScope(r.Addressee)), monitor);
            var filed = register.Complaints.Where(c => InYear(c.FiledOn) && InScope(c.Decision.DecidedBy)).ToList();
            var accepted = filed.Count(c => DisciplineRules.FromRules(context.Sdk.Rules, c.Decision.DecidedOn).AssessComplaint(c, context.Sdk.Deadlines).Holds);
            var filedIds = filed.Select(c => c.Id).ToHashSet();
            var resolutions = register.ComplaintResolutions.Where(r => filedIds.Contains(r.Complaint.Id)).ToArray();
            var complaints = ComplaintStatistics.Compute(resolutions);
            if (parsed.GetValue(json))
            {
                CliJson.WriteLine(context, w =>
                {
                    w.WriteStartObject();
                    w.WriteNumber("year", y);
                    w.WriteString("scope", root.Value);
                    w.WriteString("from", CliJson.Iso(from));
                    w.WriteString("to", CliJson.Iso(to));
                    w.WriteStartObject("cases");
                    w.WriteNumber("total", cases.Count);
                    w.WriteStartObject("byActivity");
                    foreach (var (a, n) in byActivity)
                    {
                        w.WriteNumber(a.ToString(), n);
                    }

                    w.WriteEndObject();
                    w.WriteStartObject("byState");
                    foreach (var (s, n) in byState)
                    {
                        w.WriteNumber(s.ToString(), n);
                    }

                    w.WriteEndObject();
                    w.WriteEndObject();
                    w.WriteStartObject("plan");
                    w.WriteNumber("planned", statistics.PlanCompletion.Denominator);
                    w.WriteNumber("done", statistics.PlanCompletion.Numerator);
                    w.WriteEndObject();
                    w.WriteStartObject("discipline");
                    w.WriteNumber("organizations", discipline.Organizations);
                    WriteForms(w, "organizationsByForm", discipline.OrganizationsByForm);
                    w.WriteNumber("members", discipline.Members);
                    WriteForms(w, "membersByForm", discipline.MembersByForm);
                    w.WriteNumber("committeeMembers", discipline.MembersWhoAreCommitteeMembers);
                    w.WriteString("summary", discipline.Summary.Vietnamese);
                    w.WriteEndObject();
                    var o = statistics.Oversight;
                    w.WriteStartObject("oversight");
                    w.WriteNumber("organizationsInspected", o.OrganizationsInspected);
                    w.WriteNumber("membersInspected", o.MembersInspected);
                    w.WriteNumber("committeeMembersInspected", o.InspectedCommitteeMembers);
                    w.WriteNumber("inspectionsFindingViolations", o.InspectionsFindingViolation);
                    w.WriteNumber("organizationsSupervised", o.OrganizationsSupervised);
                    w.WriteNumber("membersSupervised", o.MembersSupervised);
                    w.WriteNumber("committeeMembersSupervised", o.SupervisedCommitteeMembers);
                    w.WriteNumber("supervisionsFindingSigns", o.SupervisionsWithSignsOfViolation);
                    w.WriteEndObject();
                    w.WriteStartObject("denunciations");
                    w.WriteNumber("received", denunciations.Received);
                    w.WriteNumber("named", denunciations.Named);
                    w.WriteNumber("anonymous", denunciations.Anonymous);
                    w.WriteNumber("recordedAsInformation", denunciations.RecordedAsInformation);
                    w.WriteNumber("accepted", denunciations.Accepted);
                    w.WriteNumber("membersResolved", denunciations.MembersResolved);
                    w.WriteNumber("membersFoundInViolation", denunciations.MembersFoundInViolation);
                    w.WriteEndObject();
                    w.WriteStartObject("followUp");
                    foreach (var status in Enum.GetValues<DeadlineStatus>())
                    {
                        w.WriteNumber(status.ToString(), followUp.Count(status));
                    }

                    w.WriteEndObject();
                    w.WriteStartObject("complaints");
                    w.WriteNumber("filed", filed.Count);
                    w.WriteNumber("accepted", accepted);
                    w.WriteNumber("notAccepted", filed.Count - accepted);
                    w.WriteNumber("resolved", resolutions.Length);
                    w.WriteNumber("pending", accepted - resolutions.Length);
                    w.WriteStartObject("byOutcome");
                    foreach (var outcome in Enum.GetValues<ComplaintOutcome>())
                    {
                        w.WriteNumber(outcome.ToString(), complaints.ByOutcome.GetValueOrDefault(outcome));
                    }

                    w.WriteEndObject();
                    w.WriteNumber("administrativeReviews", resolutions.Count(r => r.RequiresAdministrativeReview));
                    w.WriteEndObject();
                    w.WriteEndObject();
                });
                return ExitCodes.Success;
            }

            var output = context.Out;
            output.WriteLine($"Năm / year {y} ({CliJson.Iso(from)} – {CliJson.Iso(to)}), {root}, dữ liệu mẫu / sample data");
            output.WriteLine($"Cuộc kiểm tra, giám sát / cases: {TextFormat.Integer(cases.Count)}");
            foreach (var (a, n) in byActivity)
            {
                var name = ReportTexts.Of(a);
                output.WriteLine($"  {$"{name.Vietnamese} / {name.English}",-60} {TextFormat.Integer(n),6}");
            }

            foreach (var (s, n) in byState)
            {
                var name = ReportTexts.Of(s);
                output.WriteLine($"  {$"{name.Vietnamese} / {name.English}",-60} {TextFormat.Integer(n),6}");
            }

            output.WriteLine($"Theo chương trình, kế hoạch / planned: {TextFormat.Ratio(statistics.PlanCompletion.Numerator, statistics.PlanCompletion.Denominator)} hoàn thành / done");
            output.WriteLine();
            output.WriteLine(discipline.Summary.Vietnamese);
            output.WriteLine(discipline.Summary.English);
            output.Write(discipline.ToTable());
            output.WriteLine();
            output.WriteLine($"Khiếu nại kỷ luật / complaints: {TextFormat.Integer(filed.Count)} (thụ lý / accepted {TextFormat.Integer(accepted)}, đã giải quyết / resolved {TextFormat.Integer(resolutions.Length)})");
            output.WriteLine(complaints.Summary.Vietnamese);
            output.WriteLine(complaints.Summary.English);
            output.WriteLine();
            output.WriteLine(denunciations.Summary.Vietnamese);
            output.WriteLine(denunciations.Summary.English);
            output.WriteLine();
            output.Write(followUp.ToText());
            return ExitCodes.Success;
        });

        var command = new Command("cases", "Hồ sơ kiểm tra, giám sát, kỷ luật (dữ liệu mẫu) / cases, discipline, denunciations (sample data)");
        command.Subcommands.Add(stats);
        return command;
    }

    private static void WriteForms(System.Text.Json.Utf8JsonWriter w, string name, IReadOnlyDictionary<DisciplineForm, int> counts)
    {
        w.WriteStartObject(name);
        foreach (var (form, count) in counts)
        {
            w.WriteNumber(DisciplineRules.FormCode(form), count);
        }

        w.WriteEndObject();
    }
}
