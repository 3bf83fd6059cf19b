using System.Collections.Immutable;

namespace KiemTra.Sdk.Indicators;

/// <summary>
/// What one measure gives over one subtree and period (<i>kết quả đếm</i>): the summed counts and the listed units. An
/// indicator's result is this plus what depends on the indicator itself (status, value, reason), so a catalogue
/// evaluation can reuse one tally for every indicator that counts the same units against the same target.
/// </summary>
/// <param name="Numerator">The sum of the units' numerators.</param>
/// <param name="Denominator">The sum of the units' denominators.</param>
/// <param name="Units">How many units have something to count.</param>
/// <param name="Missed">How many of them miss the target.</param>
/// <param name="Missing">How many units lack data.</param>
/// <param name="Misses">The listed units that miss the target.</param>
/// <param name="MissingUnits">The listed units that lack data.</param>
internal sealed record MeasureTally(long Numerator, long Denominator, int Units, int Missed, int Missing, ImmutableArray<UnitFacts> Misses, ImmutableArray<UnitFacts> MissingUnits);
