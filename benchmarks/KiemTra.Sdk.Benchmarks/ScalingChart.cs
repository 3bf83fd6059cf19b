using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace KiemTra.Sdk.Benchmarks;

/// <summary>
/// <c>scaling-chart [svg path]</c>: the catalogue for the term evaluated from the sample register of 1×, 4×, 16× and 40× the
/// default province, measured with a Stopwatch and the process's CPU time (warmed up for a few seconds, then the median of
/// five), printed as a Markdown table and drawn as an SVG line chart of the CPU time per evaluation and per 1,000 members
/// against the number of members (hand-written SVG, no packages). CPU time is charted because the box is shared.
/// </summary>
internal static class ScalingChart
{
    private static readonly int[] Multiples = [1, 4, 16, 40];

    public static int Run(string svgPath, TextWriter output)
    {
        var rows = new List<Row>();
        output.WriteLine(FormattableString.Invariant($"scaling-chart: {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} processors; {Measurements.Load()}"));
        foreach (var multiple in Multiples)
        {
            var build = Stopwatch.StartNew();
            var generate = TimeSpan.Zero;
            var generateCpu = 0.0;
            var stageCpu = CpuClock.ProcessMs();
            var w = IndicatorWorkload.Provinces(multiple, (name, elapsed) =>
            {
                var now = CpuClock.ProcessMs();
                if (name.StartsWith("SampleWork", StringComparison.Ordinal))
                {
                    (generate, generateCpu) = (elapsed, now - stageCpu);
                }

                stageCpu = now;
            });
            var buildMs = build.Elapsed.TotalMilliseconds;
            // Warm up until the JIT has promoted the hot methods (tiered compilation needs 30 calls of EvaluateAll and a moment;
            // there is one call per root, and one root per copy): on a loaded box a few seconds are not enough for 1×.
            var warm = Stopwatch.StartNew();
            var minimum = 3 + (30 / multiple);
            for (var i = 0; i < 60 && (i < minimum || warm.Elapsed < TimeSpan.FromSeconds(3)); i++)
            {
                w.Evaluate();
            }

            var times = new (double Wall, double Cpu, double Allocated)[5];
            for (var i = 0; i < times.Length; i++)
            {
                var cpu = CpuClock.ProcessMs();
                var allocated = GC.GetAllocatedBytesForCurrentThread();
                var watch = Stopwatch.StartNew();
                w.Evaluate();
                var wall = watch.Elapsed.TotalMilliseconds;
                times[i] = (wall, CpuClock.ProcessMs() - cpu, (GC.GetAllocatedBytesForCurrentThread() - allocated) / 1048576.0);
            }

            var walls = times.Select(t => t.Wall).Order().ToArray();
            var cpus = times.Select(t => t.Cpu).Order().ToArray();
            var facts = w.RegisterCounts().Sum(c => c.Count);
            rows.Add(new Row(multiple, w.Hierarchy.MemberCount, w.Organizations.OrganizationCount, facts, buildMs, generate.TotalMilliseconds, generateCpu, walls[2], cpus[2], times.Average(t => t.Allocated)));
            output.WriteLine(FormattableString.Invariant(
                $"{multiple}×: {w.Hierarchy.MemberCount:N0} members, {facts:N0} register facts; evaluate median wall {walls[2]:F1} ms (min {walls[0]:F1}, max {walls[4]:F1}), median CPU {cpus[2]:F0} ms, {times.Average(t => t.Allocated):F1} MB allocated; build {buildMs:F0} ms (register generation {generate.TotalMilliseconds:F0} ms wall, {generateCpu:F0} ms CPU); {Measurements.Load()}"));
            w = null;
            GC.Collect();
        }

        output.WriteLine();
        output.WriteLine("| Size | Members | Organisations | Register facts | Evaluate, wall (median of 5) | Evaluate, CPU (median of 5) | CPU per 1,000 members | vs 1× per member | Allocated per evaluation | Register generation, wall / CPU | Whole one-off build, wall |");
        output.WriteLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        var basePerMember = rows[0].CpuMs / rows[0].Members;
        foreach (var r in rows)
        {
            output.WriteLine(FormattableString.Invariant(
                $"| {r.Multiple}× | {r.Members:N0} | {r.Organizations:N0} | {r.Facts:N0} | {r.EvaluateMs:F1} ms | {r.CpuMs:F0} ms | {r.CpuMs / r.Members * 1000:F3} ms | {r.CpuMs / r.Members / basePerMember:F2} | {r.AllocatedMb:F1} MB | {r.GenerateMs / 1000:F1} s / {r.GenerateCpuMs / 1000:F1} s | {r.BuildMs / 1000:F1} s |"));
        }

        File.WriteAllText(svgPath, Svg(rows), new UTF8Encoding(false));
        output.WriteLine();
        output.WriteLine($"wrote {svgPath}; {Measurements.Load()}");
        return 0;
    }

    private static string Svg(IReadOnlyList<Row> rows)
    {
        const int Width = 760, Height = 380, Left = 70, Right = 100, Top = 40, Bottom = 76;
        var plotW = Width - Left - Right;
        var plotH = Height - Top - Bottom;
        var maxMembers = rows.Max(r => r.Members);
        var maxMs = Nice(rows.Max(r => r.CpuMs));
        var perK = rows.Select(r => r.CpuMs / r.Members * 1000).ToArray();
        var maxPerK = Nice(perK.Max() * 1.5);
        double X(double members) => Left + (members / maxMembers * plotW);
        double Y(double value, double max) => Top + plotH - (value / max * plotH);
        string F(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

        var s = new StringBuilder();
        s.AppendLine(FormattableString.Invariant($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{Width}\" height=\"{Height}\" viewBox=\"0 0 {Width} {Height}\" font-family=\"sans-serif\" font-size=\"12\">"));
        s.AppendLine("  <title>Indicator evaluation cost from the register against data size (whole catalogue, term 2025–2030)</title>");
        s.AppendLine($"  <rect width=\"{Width}\" height=\"{Height}\" fill=\"white\"/>");
        s.AppendLine(FormattableString.Invariant($"  <text x=\"{Width / 2}\" y=\"22\" text-anchor=\"middle\" font-size=\"14\">Whole catalogue, term 2025–2030: CPU time of an evaluation from the register against members</text>"));
        for (var i = 0; i <= 4; i++)
        {
            var y = Top + (plotH * i / 4.0);
            s.AppendLine(FormattableString.Invariant($"  <line x1=\"{Left}\" y1=\"{F(y)}\" x2=\"{Left + plotW}\" y2=\"{F(y)}\" stroke=\"#ddd\"/>"));
            s.AppendLine(FormattableString.Invariant($"  <text x=\"{Left - 6}\" y=\"{F(y + 4)}\" text-anchor=\"end\" fill=\"#1f5fa8\">{F(maxMs * (4 - i) / 4)}</text>"));
            s.AppendLine(FormattableString.Invariant($"  <text x=\"{Left + plotW + 6}\" y=\"{F(y + 4)}\" fill=\"#c0392b\">{(maxPerK * (4 - i) / 4).ToString("0.###", CultureInfo.InvariantCulture)}</text>"));
        }

        s.AppendLine(FormattableString.Invariant($"  <line x1=\"{Left}\" y1=\"{Top + plotH}\" x2=\"{Left + plotW}\" y2=\"{Top + plotH}\" stroke=\"black\"/>"));
        s.AppendLine(FormattableString.Invariant($"  <line x1=\"{Left}\" y1=\"{Top}\" x2=\"{Left}\" y2=\"{Top + plotH}\" stroke=\"black\"/>"));
        for (var i = 0; i < rows.Count; i++)
        {
            // Alternate rows so that the labels of the small sizes, close together on the axis, do not overlap.
            var x = X(rows[i].Members);
            s.AppendLine(FormattableString.Invariant($"  <text x=\"{F(x)}\" y=\"{Top + plotH + 16 + (i % 2 * 16)}\" text-anchor=\"middle\">{rows[i].Members / 1_000_000.0:0.00}M ({rows[i].Multiple}×)</text>"));
        }

        s.AppendLine(FormattableString.Invariant($"  <text x=\"{Left + (plotW / 2)}\" y=\"{Height - 12}\" text-anchor=\"middle\">members (multiples of the 140,429-member province)</text>"));
        s.AppendLine(FormattableString.Invariant($"  <text x=\"16\" y=\"{Top + (plotH / 2)}\" text-anchor=\"middle\" fill=\"#1f5fa8\" transform=\"rotate(-90 16 {Top + (plotH / 2)})\">evaluation CPU time (ms)</text>"));
        s.AppendLine(FormattableString.Invariant($"  <text x=\"{Width - 20}\" y=\"{Top + (plotH / 2)}\" text-anchor=\"middle\" fill=\"#c0392b\" transform=\"rotate(90 {Width - 20} {Top + (plotH / 2)})\">CPU ms per 1,000 members</text>"));

        var total = string.Join(" ", rows.Select(r => FormattableString.Invariant($"{F(X(r.Members))},{F(Y(r.CpuMs, maxMs))}")));
        var perMember = string.Join(" ", rows.Select((r, i) => FormattableString.Invariant($"{F(X(r.Members))},{F(Y(perK[i], maxPerK))}")));
        s.AppendLine($"  <polyline points=\"{total}\" fill=\"none\" stroke=\"#1f5fa8\" stroke-width=\"2\"/>");
        s.AppendLine($"  <polyline points=\"{perMember}\" fill=\"none\" stroke=\"#c0392b\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
        for (var i = 0; i < rows.Count; i++)
        {
            var x = X(rows[i].Members);
            s.AppendLine(FormattableString.Invariant($"  <circle cx=\"{F(x)}\" cy=\"{F(Y(rows[i].CpuMs, maxMs))}\" r=\"4\" fill=\"#1f5fa8\"><title>{rows[i].Multiple}×: {rows[i].CpuMs:F0} ms CPU</title></circle>"));
            s.AppendLine(FormattableString.Invariant($"  <circle cx=\"{F(x)}\" cy=\"{F(Y(perK[i], maxPerK))}\" r=\"4\" fill=\"#c0392b\"><title>{rows[i].Multiple}×: {perK[i]:F3} ms per 1,000 members</title></circle>"));
        }

        s.AppendLine(FormattableString.Invariant($"  <line x1=\"{Left + 10}\" y1=\"{Top + 10}\" x2=\"{Left + 40}\" y2=\"{Top + 10}\" stroke=\"#1f5fa8\" stroke-width=\"2\"/>"));
        s.AppendLine(FormattableString.Invariant($"  <text x=\"{Left + 46}\" y=\"{Top + 14}\">evaluation CPU time (left axis)</text>"));
        s.AppendLine(FormattableString.Invariant($"  <line x1=\"{Left + 10}\" y1=\"{Top + 28}\" x2=\"{Left + 40}\" y2=\"{Top + 28}\" stroke=\"#c0392b\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>"));
        s.AppendLine(FormattableString.Invariant($"  <text x=\"{Left + 46}\" y=\"{Top + 32}\">CPU time per 1,000 members (right axis): flat = linear</text>"));
        s.AppendLine("</svg>");
        return s.ToString();
    }

    /// <summary>A round axis maximum at or above <paramref name="value"/> (1, 2 or 5 times a power of ten).</summary>
    private static double Nice(double value)
    {
        var power = Math.Pow(10, Math.Floor(Math.Log10(value)));
        foreach (var step in new[] { 1.0, 2.0, 5.0, 10.0 })
        {
            if (step * power >= value)
            {
                return step * power;
            }
        }

        return 10 * power;
    }

    private sealed record Row(int Multiple, int Members, int Organizations, int Facts, double BuildMs, double GenerateMs, double GenerateCpuMs, double EvaluateMs, double CpuMs, double AllocatedMb);
}
