using System.Text;
using KiemTra.Sdk.Tests.Reliability;

namespace KiemTra.Cli.Tests.Reliability;

/// <summary>
/// Hostile input through the CLI (issue 8): every malformed <c>deadlines --input</c> file and every bad argument ends in
/// exit code 2 with exactly one message line on stderr, nothing on stdout and no stack trace.
/// </summary>
public sealed class CliCorpusTests : IDisposable
{
    private const string Seed = """
        [{"event":"2026-02-13","unit":"working","count":30},{"event":"2026-03-02","unit":"calendar","count":15},{"event":"2026-01-31","unit":"months","count":1}]
        """;

    private readonly string _directory = Directory.CreateTempSubdirectory("kiemtra-corpus-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Deadlines_EveryCorpusInputFile_ExitsTwoWithOneLine()
    {
        var seedPath = Path.Combine(_directory, "seed.json");
        File.WriteAllText(seedPath, Seed);
        Assert.Equal(0, CliRunner.Run("deadlines", "--input", seedPath).ExitCode);

        var failures = new List<string>();
        var count = 0;
        foreach (var input in BadInputCorpus.Generate(Seed, new CorpusOptions { Seed = 5, StrictObjects = false, HugeStrings = 1 }))
        {
            var path = Path.Combine(_directory, "input.json");
            File.WriteAllBytes(path, input.Bytes());
            count++;
            if (Check(input.ToString(), "deadlines", "--input", path) is { } failure)
            {
                failures.Add(failure);
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {count}:\n{string.Join("\n", failures.Take(15))}");
        Assert.True(count >= 200, $"{count} inputs");
    }

    [Fact]
    public void Arguments_HostileValues_ExitTwoWithOneLine()
    {
        string[] values =
        [
            "", " ", "\0", "2026-02-30", "0000-01-01", "10000-01-01", "99999999999999999999", "1e400", "\uD800", "x\uDC00",
            "Đảng bộ xã Phú Bình".Normalize(NormalizationForm.FormD), "2026-02-28\nsecond line", new string('9', 100_000), "-",
        ];
        Func<string, string[]>[] commands =
        [
            v => ["lunar", "--date", v],
            v => ["lunar", "--lunar", v],
            v => ["lunar", "--from-year", v],
            v => ["calendar", "--year", v],
            v => ["calendar", v],
            v => ["deadline", "--event", v, "--working-days", "5"],
            v => ["deadline", "--event", "2026-02-13", "--working-days", v],
            v => ["deadline", "--event", "2026-02-13", "--days", v],
            v => ["deadline", "--event", "2026-02-13", "--months", v],
            v => ["deadlines", "--input", v],
            v => ["org", "show", v],
            v => [v],
        ];
        var failures = new List<string>();
        foreach (var command in commands)
        {
            foreach (var value in values)
            {
                var args = command(value);
                if (Check(string.Join(' ', args.Select(a => a.Length > 20 ? a[..20] + "…" : a)), args) is { } failure)
                {
                    failures.Add(failure);
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }

    private static string? Check(string what, params string[] args)
    {
        var task = Task.Run(() => CliRunner.Run(args));
        if (!task.Wait(TimeSpan.FromSeconds(30)))
        {
            return $"{what}: hang";
        }

        var (code, output, error) = task.Result;
        var lines = error.TrimEnd('\r', '\n').Split('\n');
        if (code != 2 || output.Length > 0 || lines.Length != 1 || !lines[0].StartsWith("kiemtra: ", StringComparison.Ordinal) || error.Contains("   at ", StringComparison.Ordinal))
        {
            var shown = error.Length > 300 ? error[..300] + "…" : error;
            return $"{what}: exit {code}, {lines.Length} stderr lines, stdout {output.Length} chars: {shown.ReplaceLineEndings(" | ")}";
        }

        return null;
    }
}
