using System.Text.Json;
using KiemTra.Sdk.Rules;
using static KiemTra.Sdk.Serialization.SystemTextJson.Converters.DomainJson;

namespace KiemTra.Sdk.Serialization.SystemTextJson.Converters;

/// <summary>
/// JSON shapes of the rule types. <see cref="RuleSet"/>, <see cref="RuleEntry"/> and <see cref="RuleValue"/> use the
/// rule-set file format of <see cref="RuleSetJson"/> (the core's own reader and writer), so a serialized rule set is a
/// valid rule-set document a host can load.
/// </summary>
internal static class RulesJson
{
    public static RuleSet ReadSet(LineAwareJson node) => Wrap(node, () => RuleSetJson.Read(node, Error));

    public static RuleEntry ReadEntry(LineAwareJson node) => Wrap(node, () => RuleSetJson.ReadEntry(node, Error));

    public static RuleValue ReadValue(LineAwareJson node) => Wrap(node, () => RuleSetJson.ReadValue(node, Error));

    public static RuleDuration ReadDuration(LineAwareJson node)
    {
        node.ExpectObject(Error, "amount", "unit");
        var amount = Int32(node.Required("amount", Error));
        var unit = Enum<RuleDurationUnit>(node.Required("unit", Error));
        return Create(node, () => RuleDuration.Of(amount, unit));
    }

    public static void WriteDuration(Utf8JsonWriter writer, RuleDuration value)
    {
        writer.WriteStartObject();
        writer.WriteNumber("amount", value.Amount);
        writer.WriteString("unit", value.Unit.ToString());
        writer.WriteEndObject();
    }

    /// <summary>The core reader also throws the domain factories' guard-clause exceptions: report them at the value.</summary>
    private static T Wrap<T>(LineAwareJson node, Func<T> read) => Create(node, read);
}
