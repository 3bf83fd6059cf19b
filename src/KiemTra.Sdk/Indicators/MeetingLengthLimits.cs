using System.Collections.Immutable;
using KiemTra.Sdk.Rules;

namespace KiemTra.Sdk.Indicators;

/// <summary>
/// The longest a meeting of each kind may last (<i>thời gian tổ chức hội nghị</i>): dissemination ≤ ½ day,
/// professional ≤ 1 day, important ≤ 1.5 days. Data, not code: the limits are embedded
/// (<c>Data/indicators/meeting-limits.json</c>, citing their source) and read by the built-in
/// <c>meetings-within-length-limit</c> measure, whose explanations name each limit and its source.
/// </summary>
internal sealed class MeetingLengthLimits
{
    private static readonly Lazy<MeetingLengthLimits> BuiltInLimits = new(() =>
    {
        const string name = "KiemTra.Sdk.Data.indicators.meeting-limits.json";
        using var stream = Documents.EmbeddedDocuments.Open(name);
        return Documents.MeetingLengthLimitsJson.Read(stream, name);
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

    /// <summary>Creates limits (what a limits document holds): one for every <see cref="MeetingKind"/>.</summary>
    /// <param name="source">Where the limits come from.</param>
    /// <param name="limits">The longest each kind of meeting may last, in days (positive), and the limit as written in its source.</param>
    /// <returns>The limits.</returns>
    /// <exception cref="ArgumentNullException">An argument or a text is null.</exception>
    /// <exception cref="ArgumentException">A kind is undefined, repeated or missing, or a limit is not positive.</exception>
    public static MeetingLengthLimits Create(RuleCitation source, IEnumerable<(MeetingKind Kind, decimal MaxDays, LocalizedText Text)> limits)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(limits);
        var builder = ImmutableDictionary.CreateBuilder<MeetingKind, (decimal, LocalizedText)>();
        foreach (var (kind, maxDays, text) in limits)
        {
            ArgumentNullException.ThrowIfNull(text, nameof(limits));
            if (!Enum.IsDefined(kind))
            {
                throw new ArgumentException($"Unknown meeting kind {(int)kind}.", nameof(limits));
            }

            if (maxDays <= 0)
            {
                throw new ArgumentException($"The limit for {kind} must be positive; was {maxDays.ToString(System.Globalization.CultureInfo.InvariantCulture)}.", nameof(limits));
            }

            if (!builder.TryAdd(kind, (maxDays, text)))
            {
                throw new ArgumentException($"The meeting kind {kind} has two limits.", nameof(limits));
            }
        }

        foreach (var kind in Enum.GetValues<MeetingKind>())
        {
            if (!builder.ContainsKey(kind))
            {
                throw new ArgumentException($"No limit for the meeting kind {kind}.", nameof(limits));
            }
        }

        return new MeetingLengthLimits(builder.ToImmutable(), source);
    }
}
