using System.Collections.Immutable;
using System.Text.Json;
using KiemTra.Sdk.Rules;

namespace KiemTra.Sdk.Indicators;

/// <summary>
/// The longest a meeting of each kind may last (<i>thời gian tổ chức hội nghị</i>): dissemination ≤ ½ day,
/// professional ≤ 1 day, important ≤ 1.5 days. Data, not code: the built-in limits are
/// embedded (<c>Data/indicators/meeting-limits.json</c>) and a host may load its own with <see cref="Load"/>.
/// </summary>
public sealed class MeetingLengthLimits
{
    private static readonly Lazy<MeetingLengthLimits> BuiltInLimits = new(() =>
    {
        const string name = "KiemTra.Sdk.Data.indicators/meeting-limits.json";
        var assembly = typeof(MeetingLengthLimits).Assembly;
        var resource = assembly.GetManifestResourceNames().Single(n => n.StartsWith("KiemTra.Sdk.Data.indicators", StringComparison.Ordinal) && n.EndsWith("meeting-limits.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(resource) ?? throw new InvalidOperationException($"The embedded resource '{name}' could not be opened.");
        return Load(stream, resource);
    });

    private readonly ImmutableDictionary<MeetingKind, (decimal MaxDays, LocalizedText Text)> _limits;

    private MeetingLengthLimits(ImmutableDictionary<MeetingKind, (decimal, LocalizedText)> limits, RuleCitation source)
    {
        _limits = limits;
        Source = source;
    }

    /// <summary>The built-in limits.</summary>
    public static MeetingLengthLimits BuiltIn => BuiltInLimits.Value;

    /// <summary>Where the limits come from.</summary>
    public RuleCitation Source { get; }

    /// <summary>The longest a meeting of <paramref name="kind"/> may last, in days.</summary>
    /// <exception cref="KeyNotFoundException">No limit is defined for the kind.</exception>
    public decimal MaxDays(MeetingKind kind) => _limits.TryGetValue(kind, out var l) ? l.MaxDays : throw new KeyNotFoundException($"No meeting length limit is defined for {kind}.");

    /// <summary>The limit as written in its source.</summary>
    /// <exception cref="KeyNotFoundException">No limit is defined for the kind.</exception>
    public LocalizedText Text(MeetingKind kind) => _limits.TryGetValue(kind, out var l) ? l.Text : throw new KeyNotFoundException($"No meeting length limit is defined for {kind}.");

    /// <summary>Reads limits: <c>{ "source": {ruleSet, instrument, article}, "verified": bool, "limits": [ { "kind": "Dissemination", "maxDays": 0.5, "text": {vi, en} } ] }</c>, one entry per <see cref="MeetingKind"/>.</summary>
    /// <exception cref="IndicatorDataFormatException">A field is unknown, missing or bad, a kind is repeated or missing, or a limit is not positive; the message names the path and value.</exception>
    public static MeetingLengthLimits Load(Stream utf8Json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentException.ThrowIfNullOrWhiteSpace(sourceName);
        using (var document = JsonFields.Parse(utf8Json, sourceName))
        {
            var root = new JsonFields(document.RootElement, "$", sourceName);
            var s = root.Object("source");
            var ruleSet = s.String("ruleSet");
            var instrument = s.String("instrument");
            var article = s.OptionalString("article");
            s.RejectUnknown();
            var verified = root.Boolean("verified");
            var limits = ImmutableDictionary.CreateBuilder<MeetingKind, (decimal, LocalizedText)>();
            foreach (var (item, path) in root.Array("limits"))
            {
                var f = new JsonFields(item, path, sourceName);
                var kind = f.Enum<MeetingKind>("kind");
                var max = f.Decimal("maxDays");
                if (max <= 0)
                {
                    throw f.Error("maxDays", max.ToString(System.Globalization.CultureInfo.InvariantCulture), "must be positive");
                }

                var text = f.Text("text");
                f.RejectUnknown();
                if (limits.ContainsKey(kind))
                {
                    throw f.Error("kind", kind.ToString(), "duplicate meeting kind");
                }

                limits[kind] = (max, text);
            }

            root.RejectUnknown();
            foreach (var kind in Enum.GetValues<MeetingKind>())
            {
                if (!limits.ContainsKey(kind))
                {
                    throw new IndicatorDataFormatException(sourceName, "$.limits", kind.ToString(), "no limit for this meeting kind");
                }
            }

            return new MeetingLengthLimits(limits.ToImmutable(), RuleCitation.Of(ruleSet, instrument, article, verified));
        }
    }
}
