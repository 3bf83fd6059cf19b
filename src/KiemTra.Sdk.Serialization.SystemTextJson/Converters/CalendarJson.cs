using System.Text.Json;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Calendar;
using static KiemTra.Sdk.Serialization.SystemTextJson.Converters.DomainJson;

namespace KiemTra.Sdk.Serialization.SystemTextJson.Converters;

/// <summary>JSON shapes of the calendar types: <see cref="LunarDate"/>, <see cref="DayExplanation"/>. A <see cref="HolidaySchedule"/> has one JSON form, the holiday-schedule document (<see cref="HolidayScheduleJson"/>).</summary>
internal static class CalendarJson
{
    public static LunarDate ReadLunarDate(LineAwareJson node)
    {
        node.ExpectObject(Error, "year", "month", "day", "isLeapMonth");
        var year = Int32(node.Required("year", Error));
        var month = Int32(node.Required("month", Error));
        var day = Int32(node.Required("day", Error));
        var leap = Boolean(node.Required("isLeapMonth", Error));
        return Create(node, () => LunarDate.Create(year, month, day, leap));
    }

    public static void WriteLunarDate(Utf8JsonWriter writer, LunarDate value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("year", value.Year);
        writer.WriteNumber("month", value.Month);
        writer.WriteNumber("day", value.Day);
        writer.WriteBoolean("isLeapMonth", value.IsLeapMonth);
        writer.WriteEndObject();
    }

    public static DayExplanation ReadExplanation(LineAwareJson node)
    {
        node.ExpectObject(Error, "date", "kind", "isWorkingDay", "reason", "source", "isProvisional", "replaces");
        var date = Date(node.Required("date", Error));
        var kind = Enum<DayKind>(node.Required("kind", Error));
        var reason = Text(node.Required("reason", Error));
        var source = Citation(node.Required("source", Error));
        var provisional = Boolean(node.Required("isProvisional", Error));
        var replaces = OptionalDate(node, "replaces");
        var explanation = Create(node, () => DayExplanation.Create(date, kind, reason, source, provisional, replaces));
        if (node.Optional("isWorkingDay") is { } working && Boolean(working) != explanation.IsWorkingDay)
        {
            throw Error(working.Path, working.Line, working.Describe(), DocumentProblem.Of(ErrorCodes.DocumentValueInvalid, $"isWorkingDay mâu thuẫn với loại ngày {kind}", $"isWorkingDay contradicts the kind {kind}."));
        }

        return explanation;
    }

    public static void WriteExplanation(Utf8JsonWriter writer, DayExplanation value)
    {
        writer.WriteStartObject();
        WriteDate(writer, "date", value.Date);
        writer.WriteString("kind", value.Kind.ToString());
        writer.WriteBoolean("isWorkingDay", value.IsWorkingDay);
        WriteText(writer, "reason", value.Reason);
        WriteCitation(writer, "source", value.Source);
        writer.WriteBoolean("isProvisional", value.IsProvisional);
        if (value.Replaces is { } replaces)
        {
            WriteDate(writer, "replaces", replaces);
        }

        writer.WriteEndObject();
    }
}
