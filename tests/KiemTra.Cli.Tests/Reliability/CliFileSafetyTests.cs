using System.Diagnostics;
using System.Text;

namespace KiemTra.Cli.Tests.Reliability;

/// <summary>
/// Issue 15 item 9: the CLI cannot be abused by the paths and bytes it is given. It reads regular files only (a FIFO, a
/// device, <c>/proc</c> or a directory is one usage line, exit 2), caps what it reads whatever the file says its length
/// is, replaces a planted symbolic link instead of writing through it, and never prints a control character, bidi override
/// or lone surrogate from its input raw.
/// </summary>
public sealed class CliFileSafetyTests : IDisposable
{
    private const string Valid = """[{"event":"2026-02-13","unit":"working","count":30}]""";

    private readonly string _directory = Directory.CreateTempSubdirectory("kiemtra-files-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>Every option that names a file to read, with the other arguments its command needs.</summary>
    private static IEnumerable<string[]> ReadingCommands(string path) =>
    [
        ["deadlines", "--input", path],
        ["report", "--register", path, "--format", "json"],
        ["indicators", "evaluate", "--code", "KL34-2025-04", "--register", path],
        ["org", "stats", "--dataset", path],
        ["about", "--holidays", path],
        ["about", "--rule-set", path],
        ["about", "--indicators", path],
    ];

    [Fact]
    public void Fifo_IsRefusedAtOnce_ByEveryFileOption_NotWaitedOn()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // No mkfifo: the FIFO case is Unix's.
        }

        var fifo = Path.Combine(_directory, "cases.json");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [fifo]) { RedirectStandardError = true })!)
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        foreach (var args in ReadingCommands(fifo))
        {
            AssertOneUsageLine(RunWithin(TimeSpan.FromSeconds(30), args), fifo, "not a regular file");
        }
    }

    [Theory]
    [InlineData("/dev/zero")]
    [InlineData("/dev/null")]
    [InlineData("/dev/urandom")]
    [InlineData("/proc/self/environ")]
    [InlineData("/proc/self/status")]
    public void DevicesAndProc_AreRefused_AsNotRegularFiles(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return; // These paths are Linux's.
        }

        foreach (var args in ReadingCommands(path))
        {
            AssertOneUsageLine(RunWithin(TimeSpan.FromSeconds(30), args), path, "not a regular file");
        }
    }

    [Fact]
    public async Task DevZero_AsAProcess_ExitsTwoAtOnce_WithoutGrowing()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        // The behaviour is the process's (memory, exit code): run kiemtra itself, with a deadline and a watch on its memory.
        var start = new ProcessStartInfo("dotnet", ["exec", Path.Combine(AppContext.BaseDirectory, "kiemtra.dll"), "deadlines", "--input", "/dev/zero"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();
        long peak = 0;
        var watch = Stopwatch.StartNew();
        while (!process.WaitForExit(50))
        {
            try
            {
                process.Refresh();
                peak = Math.Max(peak, process.WorkingSet64);
            }
            catch (InvalidOperationException) when (process.HasExited)
            {
                break; // It exited between the wait and the sample: nothing left to measure.
            }

            if (watch.Elapsed > TimeSpan.FromSeconds(60) || peak > 1L << 30)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail($"deadlines --input /dev/zero still running after {watch.Elapsed}, working set {peak} bytes");
            }
        }

        process.WaitForExit();
        Assert.Equal(2, process.ExitCode);
        Assert.Equal(string.Empty, await output);
        var lines = (await error).TrimEnd('\n', '\r').Split('\n');
        Assert.Single(lines);
        Assert.Contains("/dev/zero", lines[0], StringComparison.Ordinal);
    }

    [Fact]
    public void MissingFile_Directory_AndBlankPath_AreOneUsageLineEach()
    {
        var missing = Path.Combine(_directory, "missing.json");
        foreach (var args in ReadingCommands(missing))
        {
            AssertOneUsageLine(RunWithin(TimeSpan.FromSeconds(30), args), missing, "file not found");
        }

        foreach (var args in ReadingCommands(_directory))
        {
            AssertOneUsageLine(RunWithin(TimeSpan.FromSeconds(30), args), _directory, "is a directory");
        }
    }

    [Fact]
    public void UnreadableFile_IsOneUsageLine_NamingThePath()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            return; // root reads any file: permission cannot be denied to it.
        }

        var locked = Path.Combine(_directory, "locked.json");
        File.WriteAllText(locked, Valid);
        File.SetUnixFileMode(locked, UnixFileMode.None);
        AssertOneUsageLine(RunWithin(TimeSpan.FromSeconds(30), "deadlines", "--input", locked), locked, "permission denied");
    }

    [Fact]
    public void Reading_IsCapped_WhateverTheFileSaysItsLengthIs()
    {
        // The cap is InputRules.MaxDocumentBytes (256 MiB) in the CLI; the same helper with a small cap shows the reading
        // stops one byte past it, with one message naming the option and the path.
        var file = Path.Combine(_directory, "big.json");
        File.WriteAllBytes(file, new byte[1001]);
        var ex = Assert.Throws<CliUsageException>(() => CliFiles.ReadAll("--input", file, maxBytes: 1000));
        Assert.Contains($"--input {file}", ex.Message, StringComparison.Ordinal);
        Assert.Contains("1000", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1000, CliFiles.ReadAll("--input", file, maxBytes: 1001).Length - 1);
    }

    [Fact]
    public void Report_PlantedSymlinkAtTheTarget_IsReplaced_ItsTargetUntouched()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Creating a symbolic link needs a privilege on Windows.
        }

        var output = Path.Combine(_directory, "out");
        Directory.CreateDirectory(output);
        var victim = Path.Combine(_directory, "victim.txt");
        File.WriteAllText(victim, "do not overwrite");
        var planted = Path.Combine(output, "report.json");
        File.CreateSymbolicLink(planted, victim);

        var (code, _, error) = CliRunner.Run("report", "--format", "json,csv", "--out", output);

        Assert.True(code == 0, error);
        Assert.Equal("do not overwrite", File.ReadAllText(victim));
        Assert.Null(new FileInfo(planted).LinkTarget);
        Assert.StartsWith("{", File.ReadAllText(planted), StringComparison.Ordinal);
        // Nothing left behind: only the two reports.
        Assert.Equal(["report.csv", "report.json"], Directory.GetFileSystemEntries(output).Select(p => Path.GetFileName(p)!).Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void Report_OutIsAFile_OrTheTargetIsADirectory_IsOneUsageLine()
    {
        var file = Path.Combine(_directory, "a-file");
        File.WriteAllText(file, "x");
        AssertOneUsageLine(RunWithin(TimeSpan.FromSeconds(120), "report", "--format", "json", "--out", file), file, "--out");

        var output = Path.Combine(_directory, "out2");
        Directory.CreateDirectory(Path.Combine(output, "report.json"));
        var (code, _, error) = RunWithin(TimeSpan.FromSeconds(120), "report", "--format", "json", "--out", output);
        Assert.Equal(2, code);
        Assert.Single(error.TrimEnd('\n').Split('\n'), l => l.Contains("is a directory", StringComparison.Ordinal));
    }

    [Fact]
    public void Report_Csv_HasNoCellASpreadsheetWouldRunAsAFormula()
    {
        // R-R2: the CLI's CSV is the Reporting writer's, which neutralises =, +, -, @, tab and CR at a cell's start.
        var output = Path.Combine(_directory, "csv");
        var (code, _, error) = CliRunner.Run("report", "--format", "csv", "--out", output);
        Assert.True(code == 0, error);
        var text = Encoding.UTF8.GetString(File.ReadAllBytes(Path.Combine(output, "report.csv")));
        foreach (var line in text.Split("\r\n"))
        {
            foreach (var cell in line.Split(','))
            {
                var value = cell.TrimStart('"');
                Assert.False(value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r', $"formula cell: {cell}");
            }
        }
    }

    [Theory]
    [InlineData("\\u001b[31m", "\u001b")]
    [InlineData("\\u009b31m", "\u009b")]
    [InlineData("abc\\u202edcba", "\u202e")]
    [InlineData("\\u2066x\\u2069", "\u2066")]
    [InlineData("\\u0007\\u0008", "\u0007")]
    public void ControlCharacters_FromTheInput_AreEscaped_InTheMessage(string escaped, string raw)
    {
        var file = Path.Combine(_directory, "bad-unit.json");
        File.WriteAllText(file, $$"""[{"event":"2026-02-13","unit":"{{escaped}}","count":30}]""");
        var (code, output, error) = CliRunner.Run("deadlines", "--input", file);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.DoesNotContain(raw, error, StringComparison.Ordinal);
        Assert.Contains(escaped.ToLowerInvariant()[..6], error.ToLowerInvariant(), StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void ControlCharacters_InAPassThroughField_AreEscaped_AndTheJsonStaysValid()
    {
        var file = Path.Combine(_directory, "pass.json");
        File.WriteAllText(file, """[{"event":"2026-02-13","unit":"working","count":30,"note":"\u202e\u009b\u001b[2J"}]""");
        var (code, output, error) = CliRunner.Run("deadlines", "--input", file);
        Assert.True(code == 0, error);
        Assert.False(output.Any(c => char.IsControl(c) && c != '\n' && c != '\r'), output);
        Assert.DoesNotContain("\u202e", output, StringComparison.Ordinal);
        using var json = System.Text.Json.JsonDocument.Parse(output);
        Assert.Equal("\u202e\u009b\u001b[2J", json.RootElement[0].GetProperty("note").GetString());
    }

    [Theory]
    [InlineData("""[{"event":"2026-02-13","unit":"working","count":30,"note":"\uD800"}]""", "[0].note")]
    [InlineData("""[{"event":"2026-02-13","unit":"working","count":30,"meta":{"by":["ok","\uDC00x"]}}]""", "[0].meta.by[1]")]
    [InlineData("""[{"event":"2026-02-13","unit":"working","count":30,"x\uD800":1}]""", "")]
    public void LoneSurrogate_InAnyPassThroughField_IsExitTwo_NamingTheField(string json, string field)
    {
        var file = Path.Combine(_directory, "surrogate.json");
        File.WriteAllText(file, json);
        var (code, output, error) = CliRunner.Run("deadlines", "--input", file);
        Assert.Equal(2, code);
        Assert.Equal(string.Empty, output);
        Assert.Contains($"--input {file}: {field}", error, StringComparison.Ordinal);
        Assert.Contains("Unicode", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void TerminalSafeWriter_KeepsPairsAndText_EscapesLoneHalvesAcrossWrites()
    {
        var inner = new StringWriter();
        using (var writer = new TerminalSafeWriter(inner))
        {
            writer.Write("Đảng ủy 😀\t");
            writer.Write('\ud83d');
            writer.Write('\ude00');
            writer.Write('\ud800');
            writer.Write("x\u001b");
            writer.Write('\udc00');
        }

        Assert.Equal("Đảng ủy 😀\t😀\\ud800x\\u001b\\udc00", inner.ToString());
    }

    private static (int Code, string Out, string Error) RunWithin(TimeSpan limit, params string[] args)
    {
        var task = Task.Run(() => CliRunner.Run(args));
        Assert.True(task.Wait(limit), $"kiemtra {string.Join(' ', args)}: still running after {limit}");
        return task.Result;
    }

    private static void AssertOneUsageLine((int Code, string Out, string Error) run, string path, string reason)
    {
        var (code, output, error) = run;
        // report's progress lines ("kiemtra: [1/3] …") come first; the error is the one other line.
        var lines = error.TrimEnd('\r', '\n').Split('\n').Where(l => !l.StartsWith("kiemtra: [1/3]", StringComparison.Ordinal)).ToArray();
        Assert.True(code == 2, $"exit {code}: {error}");
        Assert.True(lines.Length == 1, $"{lines.Length} lines: {error}");
        Assert.StartsWith("kiemtra: ", lines[0], StringComparison.Ordinal);
        Assert.Contains(path, lines[0], StringComparison.Ordinal);
        Assert.Contains(reason, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, output);
    }
}
