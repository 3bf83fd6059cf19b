using System.CommandLine;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Discipline.Complaints;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Calendar;

namespace KiemTra.Cli.Commands;

/// <summary>
/// <c>kiemtra cases stats [--year 2026] [--json]</c>: statistics of a seeded year of activity of the embedded province
/// (Thái Nguyên structure, 10/2025): cases by state, completion of the yearly programmes, discipline by form and subject
/// (seed 002 shape), complaints against discipline and their outcomes, denunciations, follow-up of conclusions.
/// </summary>
internal static class CasesCommand
{
    public static Command Create(CliContext context)
    {
        var year = new Option<int?>("--year") { Description = "Năm (mặc định: năm hiện tại) / year (default: this year)" };
        var json = new Option<bool>("--json") { Description = "Xuất JSON / JSON output" };
        var stats = new Command("stats", "Thống kê kiểm tra, giám sát, kỷ luật, tố cáo của năm mẫu / statistics of the sample year");
        stats.Options.Add(year);
        stats.Options.Add(json);
        stats.SetAction(parsed =>
        {
            var activity = SampleActivity.For(context, parsed.GetValue(year));
            var forms = DisciplineFormPolicy.FromRules(context.Sdk.Rules, activity.From);
            var discipline = DisciplineStatistics.Compute(activity.Decisions, activity.From, activity.To, forms);
            var denunciations = DenunciationStatistics.Compute(activity.Denunciations);
            var monitor = DeadlineMonitor.Create(context.Clock, context.Zone, context.Sdk.Calendar, DueSoonWindow.WorkingDays(5));
            var followUp = activity.FollowUp.Report(monitor);
            var byState = activity.Cases.GroupBy(c => c.State).OrderBy(g => g.Key).Select(g => (State: g.Key, Count: g.Count())).ToArray();
            var byActivity = activity.Cases.GroupBy(c => c.Activity).OrderBy(g => g.Key).Select(g => (Activity: g.Key, Count: g.Count())).ToArray();
            var programmes = activity.Programmes.Select(p => (Programme: p, Completion: ProgrammeValidator.Completion(p, activity.Cases))).ToArray();
            var resolutions = activity.Complaints.Select(c => c.Resolution).OfType<ComplaintResolution>().ToArray();
            var complaints = ComplaintStatistics.Compute(resolutions);
            var accepted = activity.Complaints.Count(c => c.Admissibility.IsAdmissible);
            if (parsed.GetValue(json))
            {
                CliJson.WriteLine(context, w =>
                {
                    w.WriteStartObject();
                    w.WriteNumber("year", activity.Year);
                    w.WriteString("from", CliJson.Iso(activity.From));
                    w.WriteString("to", CliJson.Iso(activity.To));
                    w.WriteStartObject("cases");
                    w.WriteNumber("total", activity.Cases.Count);
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
                    w.WriteStartObject("discipline");
                    w.WriteNumber("organizations", discipline.Organizations);
                    WriteForms(w, "organizationsByForm", discipline.OrganizationsByForm);
                    w.WriteNumber("members", discipline.Members);
                    WriteForms(w, "membersByForm", discipline.MembersByForm);
                    w.WriteNumber("committeeMembers", discipline.MembersWhoAreCommitteeMembers);
                    w.WriteString("summary", discipline.Summary.Vietnamese);
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
                    w.WriteStartArray("programmes");
                    foreach (var (p, (done, planned, _)) in programmes)
                    {
                        w.WriteStartObject();
                        w.WriteString("id", p.Id);
                        w.WriteString("owner", p.Owner.ToString());
                        w.WriteNumber("planned", planned);
                        w.WriteNumber("done", done);
                        w.WriteEndObject();
                    }

                    w.WriteEndArray();
                    w.WriteStartObject("complaints");
                    w.WriteNumber("filed", activity.Complaints.Count);
                    w.WriteNumber("accepted", accepted);
                    w.WriteNumber("notAccepted", activity.Complaints.Count - accepted);
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

            var o = context.Out;
            o.WriteLine($"Năm / year {activity.Year} ({CliJson.Iso(activity.From)} – {CliJson.Iso(activity.To)}), dữ liệu mẫu / sample data");
            o.WriteLine($"Cuộc kiểm tra, giám sát / cases: {activity.Cases.Count}");
            foreach (var (a, n) in byActivity)
            {
                o.WriteLine($"  {a,-32} {n,5}");
            }

            foreach (var (s, n) in byState)
            {
                o.WriteLine($"  {s,-32} {n,5}");
            }

            foreach (var (p, (done, planned, _)) in programmes)
            {
                o.WriteLine($"Chương trình / programme {p.Id} ({p.Owner}): {done}/{planned} hoàn thành / done");
            }

            o.WriteLine();
            o.WriteLine(discipline.Summary.Vietnamese);
            o.WriteLine(discipline.Summary.English);
            o.Write(discipline.ToTable());
            o.WriteLine();
            o.WriteLine($"Khiếu nại kỷ luật / complaints: {activity.Complaints.Count} (thụ lý / accepted {accepted}, đã giải quyết / resolved {resolutions.Length})");
            o.WriteLine(complaints.Summary.Vietnamese);
            o.WriteLine(complaints.Summary.English);
            o.WriteLine();
            o.WriteLine(denunciations.Summary.Vietnamese);
            o.WriteLine(denunciations.Summary.English);
            o.WriteLine();
            o.Write(followUp.ToText());
            return ExitCodes.Success;
        });

        var command = new Command("cases", "Hồ sơ kiểm tra, giám sát, kỷ luật (dữ liệu mẫu) / cases, discipline, denunciations (sample data)");
        command.Subcommands.Add(stats);
        return command;
    }

    private static void WriteForms(System.Text.Json.Utf8JsonWriter w, string name, IReadOnlyList<FormCount> counts)
    {
        w.WriteStartObject(name);
        foreach (var c in counts)
        {
            w.WriteNumber(DisciplineFormCodes.ToCode(c.Form), c.Count);
        }

        w.WriteEndObject();
    }
}
