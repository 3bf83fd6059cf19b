using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;

namespace KiemTra.Cli.Tests.Text;

/// <summary>
/// The CLI run as a process under the locales of issue 14 ("Done when"): <c>LC_ALL</c>/<c>LANG</c> set to de_DE, ar_SA,
/// th_TH and C (UTF-8). .NET on Linux takes its current culture from these variables and ICU supplies the culture data,
/// so no OS locale has to be installed; the first test proves the variables do change the culture. Every text output
/// must be the same bytes, and no output carries internal vocabulary.
/// </summary>
public partial class LocaleOutputTests
{
    private static readonly string[] Locales = ["C.UTF-8", "de_DE.UTF-8", "ar_SA.UTF-8", "th_TH.UTF-8"];

    private static readonly string[][] Commands =
    [
        ["deadline", "--event", "2026-02-13", "--working-days", "30"],
        ["calendar", "--year", "2026"],
        ["org", "check"],
        ["warnings"],
        ["cases", "stats"],
    ];

    private static readonly Lazy<Dictionary<string, Dictionary<string, byte[]>>> Outputs = new(RunAll);

    [Fact]
    public void TheLocaleVariables_ChangeTheCultureOfAProcess()
    {
        // Without this the comparison below would prove nothing: under de_DE .NET writes a decimal comma.
        Assert.Equal("de-DE", RunCulture("de_DE.UTF-8"));
    }

    [Fact]
    public void EveryCommand_WritesTheSameBytes_UnderEveryLocale()
    {
        var outputs = Outputs.Value;
        foreach (var (name, byLocale) in outputs[Locales[0]])
        {
            foreach (var locale in Locales.Skip(1))
            {
                Assert.True(outputs[locale].TryGetValue(name, out var other), $"{name} missing under {locale}");
                Assert.True(byLocale.AsSpan().SequenceEqual(other), $"{name} differs under {locale} from {Locales[0]}");
            }
        }
    }

    [Fact]
    public void NoOutput_CarriesSeedReferencesOrRequirementIds()
    {
        // Issue 14 item 3: no "Seed 00x", no "(R-D2)" in anything a user reads.
        foreach (var (name, bytes) in Outputs.Value[Locales[0]])
        {
            var text = Encoding.UTF8.GetString(bytes);
            Assert.False(text.Contains("seed 0", StringComparison.OrdinalIgnoreCase), $"{name}: {Around(text, text.IndexOf("eed 0", StringComparison.OrdinalIgnoreCase))}");
            var id = RequirementId().Match(text);
            Assert.False(id.Success, $"{name}: requirement id {id.Value} in '{Around(text, id.Index)}'");
        }
    }

    internal static string Around(string text, int at) => at < 0 ? string.Empty : text.Substring(Math.Max(0, at - 60), Math.Min(120, text.Length - Math.Max(0, at - 60)));

    [GeneratedRegex(@"\bR-[A-Z]{1,2}[0-9]+\b")]
    internal static partial Regex RequirementId();

    private static Dictionary<string, Dictionary<string, byte[]>> RunAll()
    {
        var result = new Dictionary<string, Dictionary<string, byte[]>>();
        foreach (var locale in Locales)
        {
            var files = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            foreach (var command in Commands)
            {
                files[string.Join(' ', command)] = Run(command, locale);
            }

            var dir = Directory.CreateTempSubdirectory("kiemtra-locale-");
            try
            {
                Run(["report", "--format", "html,json,csv", "--out", dir.FullName], locale);
                foreach (var file in dir.GetFiles().OrderBy(f => f.Name, StringComparer.Ordinal))
                {
                    files["report " + file.Name] = File.ReadAllBytes(file.FullName);
                }
            }
            finally
            {
                dir.Delete(recursive: true);
            }

            result[locale] = files;
        }

        return result;
    }

    private static string RunCulture(string locale)
    {
        var probe = Path.Combine(AppContext.BaseDirectory, "kiemtra.dll");
        var start = new ProcessStartInfo("dotnet", ["exec", probe, "about"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        Environment(start, locale);
        using var process = Process.Start(start)!;
        var text = process.StandardError.ReadToEnd() + process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var match = Regex.Match(text, @"process culture: (\S+)");
        return match.Success ? match.Groups[1].Value : text;
    }

    private static byte[] Run(string[] args, string locale)
    {
        var start = new ProcessStartInfo("dotnet", ["exec", Path.Combine(AppContext.BaseDirectory, "kiemtra.dll"), .. args])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        Environment(start, locale);
        using var process = Process.Start(start)!;
        using var bytes = new MemoryStream();
        var copy = process.StandardOutput.BaseStream.CopyToAsync(bytes);
        var error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        copy.Wait();
        Assert.True(process.ExitCode == 0, $"kiemtra {string.Join(' ', args)} under {locale}: exit {process.ExitCode}: {error.Result}");
        return bytes.ToArray();
    }

    private static void Environment(ProcessStartInfo start, string locale)
    {
        start.Environment["LC_ALL"] = locale;
        start.Environment["LANG"] = locale;
        start.Environment.Remove("DOTNET_SYSTEM_GLOBALIZATION_INVARIANT");
    }
}
