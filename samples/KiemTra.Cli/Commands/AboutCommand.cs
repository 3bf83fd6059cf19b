using System.CommandLine;
using System.Reflection;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Cli.Commands;

/// <summary>
/// <c>kiemtra about</c>: the SDK version and the clock and zone the CLI runs with; when the global options
/// <c>--holidays</c>, <c>--rule-set</c> or <c>--indicators</c> are given, also the host files loaded and what they added
/// (the lines are absent otherwise, so the output without them is unchanged).
/// </summary>
internal static class AboutCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("about", "Phiên bản, múi giờ và dữ liệu riêng đã nạp (--holidays, --rule-set, --indicators) / version, clock, zone and the host data loaded");
        command.SetAction(_ =>
        {
            var sdk = typeof(KiemTra.Sdk.LocalizedText).Assembly.GetName();
            var today = context.Clock.GetCurrentInstant().InZone(context.Zone).Date;
            context.Out.WriteLine($"KiemTra.Sdk {sdk.Version}");
            var culture = System.Globalization.CultureInfo.CurrentCulture.Name is { Length: > 0 } name ? name : "invariant";
            // The process culture is shown for diagnosis only: no output of the CLI depends on it.
            context.Out.WriteLine($"Múi giờ / zone: {context.Zone.Id}; hôm nay / today: {KiemTra.Sdk.Formatting.TextFormat.IsoDate(today)}; văn hóa tiến trình / process culture: {culture}");
            WriteHostData(context);
            return ExitCodes.Success;
        });
        return command;
    }

    private static void WriteHostData(CliContext context)
    {
        var sdk = context.Sdk;
        var files = sdk.HostData;
        if (files.IsEmpty)
        {
            return;
        }

        context.Out.WriteLine("Dữ liệu riêng đã nạp / host data loaded:");
        foreach (var file in files.Holidays)
        {
            context.Out.WriteLine($"  --holidays {file}");
        }

        foreach (var file in files.RuleSets)
        {
            context.Out.WriteLine($"  --rule-set {file}");
        }

        foreach (var file in files.Indicators)
        {
            context.Out.WriteLine($"  --indicators {file}");
        }

        // A host set is one the built-in book does not hold as such: a new id, or a built-in id it replaced.
        foreach (var set in sdk.Rules.RuleSets.Where(s => !RuleBook.BuiltIn.TryGetRuleSet(s.Id, out var builtIn) || !ReferenceEquals(builtIn, s)))
        {
            context.Out.WriteLine($"Bộ quy tắc / rule set: {set.Id}, {set.Entries.Length} mục / entries{(set.Verified ? string.Empty : " [chưa kiểm chứng / unverified]")}");
        }

        if (files.Indicators.Count > 0)
        {
            var packs = sdk.ProvincePacksLoaded ? EmbeddedProvincePacks.IndicatorCount : 0;
            var added = sdk.Indicators.Indicators.Length - IndicatorCatalog.BuiltIn.Indicators.Length - packs;
            context.Out.WriteLine($"Chỉ tiêu / indicators: {sdk.Indicators.Indicators.Length} ({packs} của tỉnh mẫu / from the embedded province's packs; {added} của tổ chức / from the host)");
        }
    }
}
