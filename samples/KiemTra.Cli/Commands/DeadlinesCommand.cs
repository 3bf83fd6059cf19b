using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using KiemTra.Sdk.Deadlines;

namespace KiemTra.Cli.Commands;

/// <summary>
/// <c>kiemtra deadlines --input cases.json</c>: due dates for a batch of cases.
/// </summary>
/// <remarks>
/// Input: a JSON array of <c>{"event":"2026-02-13","unit":"working","count":30}</c> (<c>unit</c>: <c>working</c>,
/// <c>calendar</c> or <c>months</c>; other properties are copied through unchanged). Output: the same array, in the same
/// order, each object with <c>"due"</c> and <c>"provisional"</c> appended, as one compact line. Any malformed entry
/// stops the run with exit code 2 and one message naming the file, the index, the field and the value.
/// </remarks>
internal static class DeadlinesCommand
{
    public static Command Create(CliContext context)
    {
        var input = new Option<string>("--input") { Description = "Tệp JSON: mảng {event, unit, count} / JSON file: array of {event, unit, count}", Required = true };
        var command = new Command("deadlines", "Tính hạn cuối cho nhiều vụ việc / compute deadlines for a batch of cases");
        command.Options.Add(input);
        command.SetAction(parsed =>
        {
            var path = parsed.GetValue(input)!;
            if (!File.Exists(path))
            {
                throw new CliUsageException($"--input {path}: không tìm thấy tệp / file not found");
            }

            JsonDocument document;
            try
            {
                using var stream = File.OpenRead(path);
                document = JsonDocument.Parse(stream);
            }
            catch (JsonException ex)
            {
                throw new CliUsageException(string.Create(CultureInfo.InvariantCulture, $"--input {path}: JSON không hợp lệ ở dòng {ex.LineNumber + 1} / malformed JSON at line {ex.LineNumber + 1}: {ex.Message}"), ex);
            }

            using (document)
            {
                if (document.RootElement.ValueKind != JsonValueKind.Array)
                {
                    throw new CliUsageException($"--input {path}: phải là một mảng JSON / must be a JSON array");
                }

                var cases = document.RootElement.EnumerateArray().Select((item, index) => (item, Deadline: Compute(path, index, item))).ToList();
                CliJson.WriteLine(context, writer =>
                {
                    writer.WriteStartArray();
                    foreach (var (item, deadline) in cases)
                    {
                        writer.WriteStartObject();
                        foreach (var property in item.EnumerateObject().Where(p => p.Name is not ("due" or "provisional")))
                        {
                            property.WriteTo(writer);
                        }

                        writer.WriteString("due", CliJson.Iso(deadline.Due));
                        writer.WriteBoolean("provisional", deadline.IsProvisional);
                        writer.WriteEndObject();
                    }

                    writer.WriteEndArray();
                });
            }

            return ExitCodes.Success;
        });
        return command;
    }

    private static Deadline Compute(string path, int index, JsonElement item)
    {
        var at = string.Create(CultureInfo.InvariantCulture, $"--input {path}: [{index}]");
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new CliUsageException($"{at} = {item.GetRawText()}: phải là đối tượng {{event, unit, count}} / must be an object {{event, unit, count}}");
        }

        var eventText = Required(at, item, "event", JsonValueKind.String).GetString()!;
        var unitElement = Required(at, item, "unit", JsonValueKind.String);
        var unit = unitElement.GetString() switch
        {
            "working" => DeadlineUnit.WorkingDays,
            "calendar" => DeadlineUnit.CalendarDays,
            "months" => DeadlineUnit.Months,
            var other => throw new CliUsageException($"{at}.unit = \"{other}\": phải là working, calendar hoặc months / must be working, calendar or months"),
        };
        var countElement = Required(at, item, "count", JsonValueKind.Number);
        if (!countElement.TryGetInt32(out var count))
        {
            throw new CliUsageException($"{at}.count = {countElement.GetRawText()}: phải là số nguyên / must be an integer");
        }

        var eventDate = DeadlineCli.ParseDate($"{at}.event", eventText);
        return DeadlineCli.Calculate(unit, count, eventDate, $"{at}.count = {count}", $"{at}.event = {eventText}");
    }

    private static JsonElement Required(string at, JsonElement item, string name, JsonValueKind kind)
    {
        if (!item.TryGetProperty(name, out var value))
        {
            throw new CliUsageException($"{at}.{name}: thiếu trường bắt buộc / missing required field");
        }

        if (value.ValueKind != kind)
        {
            throw new CliUsageException($"{at}.{name} = {value.GetRawText()}: sai kiểu, cần {(kind == JsonValueKind.String ? "chuỗi" : "số")} / wrong type, expected a {(kind == JsonValueKind.String ? "string" : "number")}");
        }

        return value;
    }
}
