using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Discipline;

/// <summary>Turns a time limit held in a rule set into a <see cref="DeadlineRule"/> that cites it.</summary>
internal static class RuleDeadlines
{
    internal static DeadlineRule Resolve(RuleBook rules, string key, LocalDate asOf, LocalizedText anchorEvent)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var resolution = rules.Resolve(key, asOf);
        var duration = resolution.Value.AsDuration();
        // Carried-over or unverified entries make every deadline built on them say so.
        var citation = RuleCitation.Of(resolution.Citation.RuleSetId, resolution.Citation.Instrument, resolution.Citation.Article, resolution.IsVerified);
        return DeadlineRule.Create(key, duration.Unit, duration.Amount, anchorEvent, citation);
    }
}
