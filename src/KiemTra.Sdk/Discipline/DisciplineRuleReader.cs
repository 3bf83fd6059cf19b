using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Discipline;

/// <summary>Reads discipline rule values from a <see cref="RuleBook"/> and turns them into policy inputs.</summary>
internal sealed class DisciplineRuleReader
{
    private readonly RuleBook _rules;
    private readonly LocalDate _asOf;
    private readonly List<RuleResolution> _used = [];

    internal DisciplineRuleReader(RuleBook rules, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(rules);
        _rules = rules;
        _asOf = asOf;
    }

    internal RuleResolution Resolve(string key)
    {
        var resolution = _rules.Resolve(key, _asOf);
        _used.Add(resolution);
        return resolution;
    }

    internal IReadOnlyList<string> Codes(string key) => Resolve(key).Value.AsCodes();

    internal bool Boolean(string key) => Resolve(key).Value.AsBoolean();

    internal RuleDuration Duration(string key) => Resolve(key).Value.AsDuration();

    internal Period CalendarPeriod(string key)
    {
        var duration = Duration(key);
        return duration.Unit switch
        {
            RuleDurationUnit.Years => Period.FromYears(duration.Amount),
            RuleDurationUnit.Months => Period.FromMonths(duration.Amount),
            RuleDurationUnit.CalendarDays => Period.FromDays(duration.Amount),
            _ => throw new FormatException($"Rule '{key}' is {duration}; a calendar period (days, months or years) is needed here."),
        };
    }

    internal IReadOnlyList<DisciplineForm> Forms(string key) => Codes(key).Select(c => ParseCode(key, c, DisciplineFormCodes.Parse)).ToArray();

    internal static T ParseCode<T>(string key, string code, Func<string, T> parse)
    {
        try
        {
            return parse(code);
        }
        catch (FormatException e)
        {
            throw new FormatException($"Rule '{key}' has the code '{code}', which is not understood: {e.Message}", e);
        }
    }

    /// <summary>The citation of the first rule read, verified only if every rule read is verified and none was carried over.</summary>
    internal RuleCitation Citation()
    {
        if (_used.Count == 0)
        {
            throw new InvalidOperationException("No rule was read.");
        }

        var first = _used[0].Citation;
        return RuleCitation.Of(first.RuleSetId, first.Instrument, first.Article, _used.All(r => r.IsVerified));
    }
}
