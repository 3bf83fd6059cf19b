using System.CommandLine;
using System.Text.RegularExpressions;
using KiemTra.Cli.Commands;
using KiemTra.Sdk;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;

namespace KiemTra.Cli;

/// <summary>The <c>kiemtra</c> command line: builds the command tree and runs it with exit codes as documented.</summary>
internal static partial class KiemTraCli
{
    /// <summary>
    /// Runs the CLI as a host of the SDK: the command line is parsed, then a container is built with
    /// <c>AddKiemTraSdk</c> configured by the global options <c>--holidays</c>, <c>--rule-set</c> and
    /// <c>--indicators</c>, validated as a host validates at start-up, and every command takes its clock, zone, calendar,
    /// deadline calculator, rule book and indicator catalogue from it.
    /// </summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, clock: null);

    /// <summary>
    /// Runs the CLI with <paramref name="clock"/> registered in the container before <c>AddKiemTraSdk</c> (which then
    /// keeps it), or the system clock when null; tests pass a fixed clock and string writers.
    /// </summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, IClock? clock)
    {
        // Nothing from the input reaches the terminal raw: control characters, bidi overrides and lone surrogates are escaped.
        using var safeOutput = new TerminalSafeWriter(output);
        using var safeError = new TerminalSafeWriter(error);
        return RunEscaped(args, safeOutput, safeError, clock);
    }

    private static int RunEscaped(string[] args, TerminalSafeWriter output, TerminalSafeWriter error, IClock? clock)
    {
        CliSdk? sdk = null;
        var context = new CliContext(output, error, () => sdk ?? throw new InvalidOperationException("The SDK services are resolved after the command line is parsed."));
        var hostData = new HostDataOptions();
        var root = BuildRoot(context, hostData);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            context.Error.WriteLine($"kiemtra: {OneLine(string.Join("; ", parsed.Errors.Select(e => e.Message)))}");
            return ExitCodes.Usage;
        }

        try
        {
            var files = hostData.Read(parsed);
            var embeddedProvince = !UsesDatasetFile(parsed);
            using var services = BuildServices(files.ReadAll(), clock, embeddedProvince);
            sdk = new CliSdk(services, files, embeddedProvince);
            return parsed.Invoke(new InvocationConfiguration { Output = context.Out, Error = context.Error, EnableDefaultExceptionHandler = false });
        }
        catch (CliUsageException ex)
        {
            context.Error.WriteLine($"kiemtra: {OneLine(ex.Message)}");
            return ExitCodes.Usage;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            context.Error.WriteLine($"kiemtra: lỗi vào/ra / I/O error: {OneLine(ex.Message)}");
            return ExitCodes.Failure;
        }
        catch (Exception ex)
        {
            // A bug, not the caller's fault: still one line and no stack trace on the console (exit 1, not 2).
            context.Error.WriteLine($"kiemtra: lỗi nội bộ / internal error: {ex.GetType().Name}: {OneLine(ex.Message)}");
            return ExitCodes.Failure;
        }
    }

    /// <summary>Whether the command reads another organisation's party dataset (<c>org … --dataset FILE</c>) instead of the embedded province.</summary>
    private static bool UsesDatasetFile(ParseResult parsed)
        => parsed.CommandResult.Command.Options.FirstOrDefault(o => o.Name == "--dataset") is Option<string?> dataset && parsed.GetValue(dataset) is not null;

    /// <summary>Messages may echo input (a value with a newline, a megabyte-long argument): print them as one short line.</summary>
    internal static string OneLine(string message)
    {
        var line = message.ReplaceLineEndings(" ").Replace('\t', ' ');
        return line.Length <= 2000 ? line : string.Concat(line.AsSpan(0, 2000), "…");
    }

    /// <summary>
    /// Builds the container and, when the command line names host files, runs the DI package's start-up validation
    /// (<see cref="IStartupValidator"/>, what a generic host runs before serving), so a bad file stops the run before any
    /// command answers. Without host files there is nothing the user gave that could be invalid (the built-in data and the
    /// embedded province's packs are tested with the SDK), so nothing is read until a command asks for it
    /// (<see cref="CliSdk"/>): <c>kiemtra about</c> then costs only the clock and the zone.
    /// </summary>
    /// <exception cref="CliUsageException">A file is missing, unreadable or invalid; the message names the option, the file and the entry.</exception>
    private static ServiceProvider BuildServices(HostDataContents files, IClock? clock, bool embeddedProvince)
    {
        var collection = new ServiceCollection();
        if (clock is not null)
        {
            collection.AddSingleton(clock);
        }

        var services = collection.AddKiemTraSdk(o =>
        {
            // The embedded province's own targets come first; a host file naming one of their codes is then an error.
            if (embeddedProvince)
            {
                EmbeddedProvincePacks.ApplyTo(o);
            }

            files.ApplyTo(o);
        }).BuildServiceProvider();
        if (files.IsEmpty)
        {
            return services;
        }

        try
        {
            services.GetService<IStartupValidator>()?.Validate();
            return services;
        }
        catch (OptionsValidationException ex)
        {
            services.Dispose();
            throw new CliUsageException(HostDataMessage(ex.Failures), ex);
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OptionsValidationException))
        {
            services.Dispose();
            throw new CliUsageException(HostDataMessage(ex.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures)), ex);
        }
    }

    /// <summary>
    /// The DI package's failures (<c>KiemTraSdkOptions.HolidayScheduleDocuments[0] file (path): JSON path and value</c>),
    /// each prefixed with the command-line option that supplied the list it names.
    /// </summary>
    private static string HostDataMessage(IEnumerable<string> failures) => string.Join("; ", failures.Select(failure =>
    {
        var option = failure.Contains(nameof(KiemTraSdkOptions.HolidayScheduleDocuments), StringComparison.Ordinal) ? "--holidays"
            : failure.Contains(nameof(KiemTraSdkOptions.RuleSetDocuments), StringComparison.Ordinal) ? "--rule-set"
            : failure.Contains(nameof(KiemTraSdkOptions.IndicatorCatalogDocuments), StringComparison.Ordinal) ? "--indicators"
            : "--holidays/--rule-set/--indicators";
        // An ArgumentException's message ends in "(Parameter 'x')", which names SDK internals, not the user's input.
        return $"{option}: tệp dữ liệu không dùng được / unusable data file: {ParameterSuffix().Replace(failure, string.Empty)}";
    }));

    [GeneratedRegex(@" \(Parameter '[^']*'\)")]
    private static partial Regex ParameterSuffix();

    private static RootCommand BuildRoot(CliContext context, HostDataOptions hostData)
    {
        var root = new RootCommand("kiemtra — công cụ kiểm tra, giám sát và kỷ luật của Đảng / party inspection, supervision and discipline tools");
        foreach (var option in hostData.All)
        {
            root.Options.Add(option);
        }

        foreach (var command in CommandCatalog.All(context))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }
}
