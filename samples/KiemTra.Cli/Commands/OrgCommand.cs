using KiemTra.Sdk.Serialization.SystemTextJson;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Formatting;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Reporting;
using KiemTra.Sdk.Rules;
using NodaTime;
using NodaTime.Text;

namespace KiemTra.Cli.Commands;

/// <summary>
/// <c>kiemtra org stats|check|show</c>: counts by kind (R-H7), structural findings (R-H2…R-H6) and one organisation with
/// its bodies and parent chain, over the embedded synthetic Thái Nguyên province (generated in memory at start, about a
/// second) or a dataset file (<c>--dataset FILE</c>, see docs/hierarchy.md).
/// </summary>
internal static class OrgCommand
{
    // Generated once per process on first use; nothing is cached on disk.
    private static PartyDataset EmbeddedProvince => SampleActivity.Province;

    public static Command Create(CliContext context)
    {
        var org = new Command("org", "Tổ chức đảng: số liệu, kiểm tra cơ cấu, tra cứu / party organisations: counts, structural checks, lookup");
        org.Subcommands.Add(Stats(context));
        org.Subcommands.Add(Check(context));
        org.Subcommands.Add(Show(context));
        return org;
    }

    private static Option<string?> DatasetOption() => new("--dataset")
    {
        Description = "Tệp dữ liệu JSON (mặc định: tỉnh Thái Nguyên giả lập 10/2025) / dataset JSON file (default: the embedded synthetic Thái Nguyên 10/2025)",
    };

    private static Option<string?> AsOfOption() => new("--as-of")
    {
        Description = "Ngày (yyyy-MM-dd; mặc định: ngày số liệu) / date (default: the dataset's snapshot date)",
    };

    private static Command Stats(CliContext context)
    {
        var json = new Option<bool>("--json") { Description = "In JSON / print JSON" };
        var asOf = AsOfOption();
        var dataset = DatasetOption();
        var command = new Command("stats", "Số lượng tổ chức, đảng viên theo loại / counts by kind") { json, asOf, dataset };
        command.SetAction(parse =>
        {
            var data = LoadDataset(parse.GetValue(dataset));
            var date = ParseDate(parse.GetValue(asOf), data);
            var totals = new int[6];
            foreach (var root in data.Roots)
            {
                var counts = data.CountSubtree(root.Id, date);
                totals[0] += counts.DirectlySubordinate;
                totals[1] += counts.GrassrootsCommittees;
                totals[2] += counts.GrassrootsCells;
                totals[3] += counts.SubCommittees;
                totals[4] += counts.Cells;
                totals[5] += counts.Members;
            }

            if (parse.GetValue(json))
            {
                context.Out.WriteLine(StatsJson(date, totals));
                return ExitCodes.Success;
            }

            var o = context.Out;
            o.WriteLine($"{data.Name} — số liệu ngày {KiemTra.Sdk.Formatting.TextFormat.Date(date)} / counts as of {Iso(date)}");
            o.WriteLine($"  Đảng bộ trực thuộc / directly-subordinate committees: {TextFormat.Integer(totals[0])}");
            o.WriteLine($"  Tổ chức cơ sở đảng / grassroots organisations: {TextFormat.Integer(totals[1] + totals[2])}");
            o.WriteLine($"    Đảng bộ cơ sở / grassroots committees: {TextFormat.Integer(totals[1])}");
            o.WriteLine($"    Chi bộ cơ sở / grassroots cells: {TextFormat.Integer(totals[2])}");
            o.WriteLine($"  Đảng bộ bộ phận / sub-committees: {TextFormat.Integer(totals[3])}");
            o.WriteLine($"  Chi bộ trực thuộc / cells: {TextFormat.Integer(totals[4])}");
            o.WriteLine($"  Đảng viên / members: {TextFormat.Integer(totals[5])}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Check(CliContext context)
    {
        var asOf = AsOfOption();
        var dataset = DatasetOption();
        var command = new Command("check", "Kiểm tra cơ cấu tổ chức / structural checks") { asOf, dataset };
        command.SetAction(parse =>
        {
            var data = LoadDataset(parse.GetValue(dataset));
            var date = ParseDate(parse.GetValue(asOf), data);
            var findings = data.CheckStructure(context.Sdk.Rules, date);
            foreach (var finding in findings)
            {
                context.Out.WriteLine($"[{finding.Severity}] {finding.Code} {finding.SubjectId}");
                context.Out.WriteLine($"  {finding.Message.Vietnamese}");
                context.Out.WriteLine($"  {finding.Message.English}");
                if (finding.Rule is { } rule)
                {
                    context.Out.WriteLine($"  Căn cứ / rule: {rule}");
                }
            }

            int Count(FindingSeverity s) => findings.Count(f => f.Severity == s);
            context.Out.WriteLine(
                $"{TextFormat.Integer(findings.Length)} phát hiện / findings ({TextFormat.Integer(Count(FindingSeverity.Error))} lỗi / errors, {TextFormat.Integer(Count(FindingSeverity.Warning))} cảnh báo / warnings, " +
                $"{TextFormat.Integer(Count(FindingSeverity.Information))} thông tin / information) — {data.Name}, {Iso(date)}");
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command Show(CliContext context)
    {
        var id = new Argument<string>("id") { Description = "Mã tổ chức / organisation id, e.g. TN.X001" };
        var dataset = DatasetOption();
        var command = new Command("show", "Một tổ chức, các chủ thể và cấp trên / one organisation with its bodies and parent chain") { id, dataset };
        command.SetAction(parse =>
        {
            var data = LoadDataset(parse.GetValue(dataset));
            var text = parse.GetValue(id) ?? string.Empty;
            OrganizationId orgId;
            try
            {
                orgId = OrganizationId.From(text);
            }
            catch (ArgumentException ex)
            {
                throw new CliUsageException($"org show: mã tổ chức không hợp lệ / invalid organisation id '{text}': {ex.Message}");
            }

            if (!data.Contains(orgId))
            {
                throw new CliUsageException($"org show: không có tổ chức / no organisation '{text}' in '{data.Name}'.");
            }

            WriteOrganization(context.Out, data, data.GetOrganization(orgId));
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteOrganization(TextWriter o, PartyDataset data, PartyOrganization org)
    {
        o.WriteLine($"{org.Id} — {org.Name}");
        o.WriteLine($"  Loại / kind: {ReportTexts.Of(org.Kind).Vietnamese} / {ReportTexts.Of(org.Kind).English}");
        o.WriteLine($"  Thành lập / created: {Iso(org.CreatedOn)}; chấm dứt / ended: {(org.EndedOn is { } ended ? Iso(ended) : "—")}");
        var features = ReportTexts.FeaturesOf(org);
        o.WriteLine($"  Đặc điểm / features: {(features.Vietnamese == "—" ? "—" : $"{features.Vietnamese} / {features.English}")}");
        o.WriteLine($"  Đảng viên (cả cấp dưới) / members in subtree: {TextFormat.Integer(data.SubtreeMemberCount(org.Id))}; tổ chức / organisations in subtree: {TextFormat.Integer(data.SubtreeOrganizationCount(org.Id))}");
        o.WriteLine("  Cấp trên / parent chain:");
        var ancestors = data.AncestorsOf(org.Id);
        if (ancestors.Count == 0)
        {
            o.WriteLine("    — (cấp cao nhất / root)");
        }

        foreach (var ancestor in ancestors)
        {
            o.WriteLine($"    {ancestor.Id} {ancestor.Name} ({ancestor.Kind})");
        }

        o.WriteLine("  Chủ thể / bodies:");
        foreach (var body in data.BodiesOf(org.Id))
        {
            o.WriteLine($"    {body.Kind}: {body.Name.Vietnamese} / {body.Name.English}{(body.Posts.IsEmpty ? string.Empty : $" — {body.Size} người / people")}");
            foreach (var post in body.Posts)
            {
                var member = data.GetMember(post.Member);
                o.WriteLine($"      {post.Kind}: {member.Id} {member.DisplayName}{(post.FullTime ? " (chuyên trách / full-time)" : string.Empty)}");
            }
        }

        var lineage = data.Lineage.Where(e => e.Organization == org.Id || e.Other == org.Id).ToList();
        if (lineage.Count > 0)
        {
            o.WriteLine("  Biến động / lineage:");
            foreach (var e in lineage)
            {
                o.WriteLine($"    {e}");
            }
        }
    }

    private static PartyDataset LoadDataset(string? path)
    {
        if (path is null)
        {
            return EmbeddedProvince;
        }

        var bytes = CliFiles.ReadAll("--dataset", path);
        try
        {
            using var stream = new MemoryStream(bytes, writable: false);
            return PartyDatasetJson.Read(stream, path);
        }
        catch (KiemTra.Sdk.Diagnostics.DataFormatException ex)
        {
            throw new CliUsageException($"--dataset: dữ liệu không hợp lệ / invalid dataset: {ex.Message}", ex);
        }
    }

    private static LocalDate ParseDate(string? text, PartyDataset data)
    {
        if (text is null)
        {
            return data.SnapshotDate;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success ? parsed.Value : throw new CliUsageException($"--as-of: ngày không hợp lệ / invalid date '{text}' (expected yyyy-MM-dd).");
    }

    private static string StatsJson(LocalDate date, int[] totals)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer))
        {
            w.WriteStartObject();
            w.WriteString("asOf", Iso(date));
            w.WriteStartObject("counts");
            w.WriteNumber("directlySubordinate", totals[0]);
            w.WriteNumber("grassrootsCommittees", totals[1]);
            w.WriteNumber("grassrootsCells", totals[2]);
            w.WriteNumber("subCommittees", totals[3]);
            w.WriteNumber("cells", totals[4]);
            w.WriteNumber("members", totals[5]);
            w.WriteEndObject();
            w.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
