using System.CommandLine;
using KiemTra.Sdk;

namespace KiemTra.Cli;

/// <summary>
/// The global options that load an organisation's own data (<i>dữ liệu riêng của tổ chức</i>) into the SDK container:
/// <c>--holidays</c>, <c>--rule-set</c> and <c>--indicators</c>, each repeatable and recognised on every command.
/// </summary>
/// <remarks>
/// Each file is handed to <see cref="KiemTraSdkOptions"/> in the order given, so the CLI sees exactly what any host of the
/// DI package would: a host holiday schedule replaces the built-in year (the first file wins among host files), a rule set
/// joins the built-in rule book (an existing id is replaced), an indicator catalogue is appended to the built-in one (a
/// code already there is an error). Without these options the container holds the built-in data only.
/// </remarks>
internal sealed class HostDataOptions
{
    public Option<string[]> Holidays { get; } = Create(
        "--holidays",
        "Tệp lịch nghỉ JSON (kiemtra.holiday-schedules/1) thay cho năm tương ứng của lịch sẵn có; lặp lại được / holiday schedule file overriding the built-in years; repeatable");

    public Option<string[]> RuleSets { get; } = Create(
        "--rule-set",
        "Tệp bộ quy tắc JSON bổ sung vào bộ quy tắc sẵn có; lặp lại được / rule set file added to the built-in rule book; repeatable");

    public Option<string[]> Indicators { get; } = Create(
        "--indicators",
        "Tệp danh mục chỉ tiêu JSON nối vào danh mục sẵn có; lặp lại được / indicator catalogue file appended to the built-in catalogue; repeatable");

    public IEnumerable<Option> All => [Holidays, RuleSets, Indicators];

    /// <summary>The files given on this command line, in order.</summary>
    public HostDataFiles Read(ParseResult parsed) => new(
        Files(parsed, Holidays),
        Files(parsed, RuleSets),
        Files(parsed, Indicators));

    private static Option<string[]> Create(string name, string description) => new(name)
    {
        Description = description,
        Recursive = true,
        Arity = ArgumentArity.OneOrMore,
        AllowMultipleArgumentsPerToken = false,
        HelpName = "file",
    };

    private static string[] Files(ParseResult parsed, Option<string[]> option)
    {
        var files = parsed.GetValue(option) ?? [];
        foreach (var file in files)
        {
            // KiemTraDataInput.FromFile rejects a blank path with an ArgumentException: name the option instead.
            if (string.IsNullOrWhiteSpace(file))
            {
                throw new CliUsageException($"{option.Name} '{file}': cần đường dẫn tệp / a file path is required");
            }
        }

        return files;
    }
}

/// <summary>The host data files of one command line (<i>tệp dữ liệu riêng</i>), per global option, in the order given.</summary>
internal sealed record HostDataFiles(IReadOnlyList<string> Holidays, IReadOnlyList<string> RuleSets, IReadOnlyList<string> Indicators)
{
    /// <summary>Whether no host file was given (the container then holds the built-in data only).</summary>
    public bool IsEmpty => Holidays.Count == 0 && RuleSets.Count == 0 && Indicators.Count == 0;

    /// <summary>
    /// Reads every file, in order, through <see cref="CliFiles"/> (regular files only, size capped), before the container
    /// is built, so a bad path is one usage line naming the option and the path.
    /// </summary>
    /// <exception cref="CliUsageException">A file is missing, not a regular file, unreadable or too large.</exception>
    public HostDataContents ReadAll() => new(
        [.. Holidays.Select(f => (f, CliFiles.ReadAll("--holidays", f)))],
        [.. RuleSets.Select(f => (f, CliFiles.ReadAll("--rule-set", f)))],
        [.. Indicators.Select(f => (f, CliFiles.ReadAll("--indicators", f)))]);
}

/// <summary>The bytes of the host data files, read once; handed to the SDK options as streams named by their paths.</summary>
internal sealed record HostDataContents(
    IReadOnlyList<(string Path, byte[] Bytes)> Holidays,
    IReadOnlyList<(string Path, byte[] Bytes)> RuleSets,
    IReadOnlyList<(string Path, byte[] Bytes)> Indicators)
{
    /// <summary>Whether no host file was given (the container then holds the built-in data only).</summary>
    public bool IsEmpty => Holidays.Count == 0 && RuleSets.Count == 0 && Indicators.Count == 0;

    /// <summary>Adds every file to the SDK options, in order.</summary>
    public void ApplyTo(KiemTraSdkOptions options)
    {
        foreach (var (path, bytes) in Holidays)
        {
            options.AddHolidaySchedules(path, () => new MemoryStream(bytes, writable: false));
        }

        foreach (var (path, bytes) in RuleSets)
        {
            options.AddRuleSet(path, () => new MemoryStream(bytes, writable: false));
        }

        foreach (var (path, bytes) in Indicators)
        {
            options.AddIndicatorCatalog(path, () => new MemoryStream(bytes, writable: false));
        }
    }
}
