using KiemTra.Sdk.Rules;
using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using KiemTra.Sdk;
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
            // Regular files only, at most InputRules.MaxDocumentBytes read whatever the file says its length is (CliFiles);
            // then the same bounds as the SDK's loaders (KiemTra.Sdk.InputRules): UTF-8, depth, duplicate properties.
            var bytes = CliFiles.ReadAll("--input", path);
            var start = bytes.AsSpan().StartsWith("\uFEFF"u8) ? 3 : 0;
            if (!System.Text.Unicode.Utf8.IsValid(bytes.AsSpan(start)))
            {
                throw new CliUsageException($"--input {path}: tệp không phải UTF-8 hợp lệ / the file is not valid UTF-8");
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(bytes.AsMemory(start), new JsonDocumentOptions { MaxDepth = InputRules.MaxDepth, AllowDuplicateProperties = false });
            }
            catch (InvalidOperationException ex)
            {
                // Checking for duplicate names unescapes them: a lone surrogate (\uD800) in a name surfaces here.
                throw new CliUsageException($"--input {path}: tên trường chứa chuỗi Unicode không hợp lệ / a field name holds invalid Unicode", ex);
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

                var cases = document.RootElement.EnumerateArray().Select((item, index) => (item, Deadline: Compute(context.Sdk.Deadlines, path, index, item))).ToList();
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

    private static Deadline Compute(DeadlineCalculator calculator, string path, int index, JsonElement item)
    {
        var at = string.Create(CultureInfo.InvariantCulture, $"--input {path}: [{index}]");
        if (item.ValueKind != JsonValueKind.Object)
        {
            throw new CliUsageException($"{at} = {Clip(item.GetRawText())}: phải là đối tượng {{event, unit, count}} / must be an object {{event, unit, count}}");
        }

        // Every field is copied to the output: a lone surrogate (\uD800) anywhere in one, name or value, is bad input.
        CheckUnicode(at, item);

        var eventText = Text(at, "event", Required(at, item, "event", JsonValueKind.String));
        var unitElement = Required(at, item, "unit", JsonValueKind.String);
        var unit = Text(at, "unit", unitElement) switch
        {
            "working" => RuleDurationUnit.WorkingDays,
            "calendar" => RuleDurationUnit.CalendarDays,
            "months" => RuleDurationUnit.Months,
            var other => throw new CliUsageException($"{at}.unit = \"{other}\": phải là working, calendar hoặc months / must be working, calendar or months"),
        };
        var countElement = Required(at, item, "count", JsonValueKind.Number);
        if (!countElement.TryGetInt32(out var count))
        {
            throw new CliUsageException($"{at}.count = {Clip(countElement.GetRawText())}: phải là số nguyên / must be an integer");
        }

        var eventDate = DeadlineCli.ParseDate($"{at}.event", eventText);
        return DeadlineCli.Calculate(calculator, unit, count, eventDate, $"{at}.count = {count}", $"{at}.event = {eventText}");
    }

    /// <summary>Checks every property name and string in <paramref name="element"/> for invalid UTF-16 (a lone surrogate).</summary>
    private static void CheckUnicode(string at, JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    string name;
                    try
                    {
                        name = property.Name;
                    }
                    catch (InvalidOperationException)
                    {
                        throw new CliUsageException($"{at}: tên trường chứa chuỗi Unicode không hợp lệ / a field name holds invalid Unicode");
                    }

                    CheckUnicode($"{at}.{Clip(name)}", property.Value);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var value in element.EnumerateArray())
                {
                    CheckUnicode(string.Create(CultureInfo.InvariantCulture, $"{at}[{index++}]"), value);
                }

                break;
            case JsonValueKind.String:
                _ = Text(at, string.Empty, element);
                break;
        }
    }

    /// <summary>A string value; a lone surrogate (<c>\uD800</c>) is bad input, not a crash.</summary>
    private static string Text(string at, string name, JsonElement value)
    {
        try
        {
            return value.GetString()!;
        }
        catch (InvalidOperationException)
        {
            var field = name.Length == 0 ? at : $"{at}.{name}";
            throw new CliUsageException($"{field} = {Clip(value.GetRawText())}: chuỗi Unicode không hợp lệ / invalid Unicode string");
        }
    }

    private static string Clip(string text) => text.Length <= 120 ? text : string.Concat(text.AsSpan(0, 120), "…");

    private static JsonElement Required(string at, JsonElement item, string name, JsonValueKind kind)
    {
        if (!item.TryGetProperty(name, out var value))
        {
            throw new CliUsageException($"{at}.{name}: thiếu trường bắt buộc / missing required field");
        }

        if (value.ValueKind != kind)
        {
            throw new CliUsageException($"{at}.{name} = {Clip(value.GetRawText())}: sai kiểu, cần {(kind == JsonValueKind.String ? "chuỗi" : "số")} / wrong type, expected a {(kind == JsonValueKind.String ? "string" : "number")}");
        }

        return value;
    }
}
