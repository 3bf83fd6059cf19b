using System.Text;
using KiemTra.Cli.Commands;
using KiemTra.Sdk;
using KiemTra.Sdk.Denunciations;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace KiemTra.Cli.Tests.Reliability;

/// <summary>
/// Nothing leaked (issue 8, R-D6, R-R3): the CLI's sample year holds named denunciations whose informants are
/// "Người tố cáo mẫu N" (sealed in <see cref="ProtectedInformant"/>). Every command that touches denunciations or cases —
/// <c>cases stats</c>, <c>warnings</c>, <c>report</c> (HTML, JSON, CSV), in text and JSON — is run and every byte it
/// writes (standard output, standard error, files) is searched for any informant's name.
/// </summary>
public class InformantLeakCliTests
{
    private static readonly string[] Needles = new[] { "Người tố cáo mẫu", "tố cáo mẫu", "to cao mau" }
        .SelectMany(n => new[] { n, n.Normalize(NormalizationForm.FormD) }).Distinct().ToArray();

    private static void AssertNoLeak(string text, string where)
    {
        foreach (var needle in Needles)
        {
            Assert.False(text.Contains(needle, StringComparison.OrdinalIgnoreCase), $"{where} contains '{needle}'");
        }
    }

    [Fact]
    public void SampleYear_HoldsNamedInformants_SoTheSearchBelowIsMeaningful()
    {
        // The needle is in the haystack: the register the commands work on has informants with these names, both years.
        foreach (var year in new[] { 2025, 2026 })
        {
            var named = SampleActivity.Work.Register.Denunciations.Where(d => d.Informant is not null && d.Receipts[0].On.Year == year).ToList();
            Assert.NotEmpty(named);
            var identity = named[0].RevealInformant(new NoAudit(), "test", "kiểm tra rò rỉ");
            Assert.StartsWith("Người tố cáo mẫu", identity.FullName, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("cases", "stats")]
    [InlineData("cases", "stats", "--json")]
    [InlineData("cases", "stats", "--year", "2025")]
    [InlineData("cases", "stats", "--year", "2025", "--json")]
    [InlineData("warnings")]
    [InlineData("warnings", "--json")]
    [InlineData("warnings", "--year", "2025")]
    [InlineData("warnings", "--year", "2025", "--json")]
    [InlineData("org", "stats", "--json")]
    public void Command_OverTheSampleYear_WritesNoInformantName(params string[] args)
    {
        // R-D6
        var (code, output, error) = CliRunner.Run(args);
        Assert.True(code == 0, $"{string.Join(' ', args)} exited {code}: {error}");
        Assert.False(string.IsNullOrWhiteSpace(output));
        AssertNoLeak(output, $"stdout of {string.Join(' ', args)}");
        AssertNoLeak(error, $"stderr of {string.Join(' ', args)}");
    }

    [Theory]
    [InlineData("2025")]
    [InlineData("2026Q3")]
    public void Report_EveryFormat_WritesNoInformantName(string period)
    {
        // R-R3: published reports carry no personal data.
        var dir = Path.Combine(Path.GetTempPath(), $"kiemtra-leak-{Guid.NewGuid():N}");
        try
        {
            var (code, output, error) = CliRunner.Run("report", "--out", dir, "--period", period);
            Assert.True(code == 0, error);
            AssertNoLeak(output, "report stdout");
            AssertNoLeak(error, "report stderr");
            var files = Directory.GetFiles(dir);
            Assert.Equal(3, files.Length);
            foreach (var file in files)
            {
                AssertNoLeak(File.ReadAllText(file), Path.GetFileName(file));
            }
        }
        finally
        {
            if (Directory.Exists(dir))
            {
                Directory.Delete(dir, recursive: true);
            }
        }
    }

    private sealed class NoAudit : IInformantAccessAudit
    {
        public void Record(InformantAccess access)
        {
        }
    }
}
