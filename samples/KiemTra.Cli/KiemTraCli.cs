using System.CommandLine;
using KiemTra.Cli.Commands;
using KiemTra.Sdk;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace KiemTra.Cli;

/// <summary>The <c>kiemtra</c> command line: builds the command tree and runs it with exit codes as documented.</summary>
internal static class KiemTraCli
{
    /// <summary>
    /// Runs the CLI with the clock and zone resolved through the SDK's DI package (<c>AddKiemTraSdk</c>: the system clock
    /// unless one is registered, and Asia/Ho_Chi_Minh), as a host embedding the SDK would.
    /// </summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        using var services = new ServiceCollection().AddKiemTraSdk().BuildServiceProvider();
        return Run(args, new CliContext(output, error, services.GetRequiredService<IClock>(), services.GetRequiredService<DateTimeZone>()));
    }

    /// <summary>Runs the CLI in the given context (tests pass a fake clock and string writers).</summary>
    public static int Run(string[] args, CliContext context)
    {
        var root = BuildRoot(context);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            context.Error.WriteLine($"kiemtra: {OneLine(string.Join("; ", parsed.Errors.Select(e => e.Message)))}");
            return ExitCodes.Usage;
        }

        try
        {
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

    /// <summary>Messages may echo input (a value with a newline, a megabyte-long argument): print them as one short line.</summary>
    internal static string OneLine(string message)
    {
        var line = message.ReplaceLineEndings(" ").Replace('\t', ' ');
        return line.Length <= 2000 ? line : string.Concat(line.AsSpan(0, 2000), "…");
    }

    private static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand("kiemtra — công cụ kiểm tra, giám sát và kỷ luật của Đảng / party inspection, supervision and discipline tools");
        foreach (var command in CommandCatalog.All(context))
        {
            root.Subcommands.Add(command);
        }

        return root;
    }
}
