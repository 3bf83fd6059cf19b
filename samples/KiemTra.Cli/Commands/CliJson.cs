using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NodaTime;

namespace KiemTra.Cli.Commands;

/// <summary>Compact JSON output for the calendar and deadline commands (Vietnamese kept readable, not \u-escaped).</summary>
internal static class CliJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    public static void WriteLine(CliContext context, Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            write(writer);
        }

        context.Out.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
