using System.CommandLine;
using System.Reflection;
using NodaTime;

namespace KiemTra.Cli.Commands;

/// <summary><c>kiemtra about</c>: the SDK version and the clock and zone the CLI runs with.</summary>
internal static class AboutCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command("about", "Phiên bản và múi giờ / version, clock and zone");
        command.SetAction(_ =>
        {
            var sdk = typeof(KiemTra.Sdk.LocalizedText).Assembly.GetName();
            var today = context.Clock.GetCurrentInstant().InZone(context.Zone).Date;
            context.Out.WriteLine($"KiemTra.Sdk {sdk.Version}");
            context.Out.WriteLine($"Múi giờ / zone: {context.Zone.Id}; hôm nay / today: {today:uuuu-MM-dd}");
            return ExitCodes.Success;
        });
        return command;
    }
}
