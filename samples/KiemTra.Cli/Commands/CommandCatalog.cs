using System.CommandLine;

namespace KiemTra.Cli.Commands;

/// <summary>
/// Every top-level command of the CLI, one factory per command group (each in its own file), so
/// that adding a group touches one line here.
/// </summary>
internal static class CommandCatalog
{
    public static IEnumerable<Command> All(CliContext context)
    {
        yield return AboutCommand.Create(context);
        yield return LunarCommand.Create(context);
        yield return CalendarCommand.Create(context);
        yield return DeadlineCommand.Create(context);
        yield return DeadlinesCommand.Create(context);
        yield return CasesCommand.Create(context);
        yield return WarningsCommand.Create(context);
        yield return OrgCommand.Create(context);
        yield return ReportCommand.Create(context);
        yield return IndicatorsCommand.Create(context);
    }
}
