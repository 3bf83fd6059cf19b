using KiemTra.Sdk.Rules;
using System.Text.Json;
using KiemTra.Sdk.Deadlines;
using static KiemTra.Sdk.Serialization.SystemTextJson.Converters.DomainJson;

namespace KiemTra.Sdk.Serialization.SystemTextJson.Converters;

/// <summary>JSON shapes of <see cref="DeadlineRule"/> and <see cref="Deadline"/> (with its trace of skipped days).</summary>
internal static class DeadlinesJson
{
    public static DeadlineRule ReadRule(LineAwareJson node)
    {
        node.ExpectObject(Error, "id", "unit", "count", "anchorEvent", "citation");
        var id = String(node.Required("id", Error));
        var unit = Enum<RuleDurationUnit>(node.Required("unit", Error));
        var count = Int32(node.Required("count", Error));
        var anchor = Text(node.Required("anchorEvent", Error));
        var citation = Citation(node.Required("citation", Error));
        return Create(node, () => DeadlineRule.Create(id, unit, count, anchor, citation));
    }

    public static void WriteRule(Utf8JsonWriter writer, DeadlineRule value)
    {
        writer.WriteStartObject();
        WriteRuleBody(writer, value);
        writer.WriteEndObject();
    }

    public static Deadline ReadDeadline(LineAwareJson node)
    {
        node.ExpectObject(Error, "eventDate", "rule", "nominalEnd", "due", "isProvisional", "skipped", "explanation");
        var eventDate = Date(node.Required("eventDate", Error));
        var rule = ReadRule(node.Required("rule", Error));
        var nominalEnd = Date(node.Required("nominalEnd", Error));
        var due = Date(node.Required("due", Error));
        var provisional = Boolean(node.Required("isProvisional", Error));
        var skipped = Array(node.Required("skipped", Error), CalendarJson.ReadExplanation);
        var explanation = Text(node.Required("explanation", Error));
        return Create(node, () => Deadline.Restore(eventDate, rule, nominalEnd, due, provisional, skipped, explanation));
    }

    public static void WriteDeadline(Utf8JsonWriter writer, Deadline value)
    {
        writer.WriteStartObject();
        WriteDate(writer, "eventDate", value.EventDate);
        writer.WriteStartObject("rule");
        WriteRuleBody(writer, value.Rule);
        writer.WriteEndObject();
        WriteDate(writer, "nominalEnd", value.NominalEnd);
        WriteDate(writer, "due", value.Due);
        writer.WriteBoolean("isProvisional", value.IsProvisional);
        writer.WriteStartArray("skipped");
        foreach (var day in value.Skipped)
        {
            CalendarJson.WriteExplanation(writer, day);
        }

        writer.WriteEndArray();
        WriteText(writer, "explanation", value.Explanation);
        writer.WriteEndObject();
    }

    private static void WriteRuleBody(Utf8JsonWriter writer, DeadlineRule value)
    {
        writer.WriteString("id", value.Id);
        writer.WriteString("unit", value.Unit.ToString());
        writer.WriteNumber("count", value.Count);
        WriteText(writer, "anchorEvent", value.AnchorEvent);
        WriteCitation(writer, "citation", value.Citation);
    }
}
