using System.Collections.Immutable;

namespace KiemTra.Sdk.Indicators;

/// <summary>Whether a rating may be given, from the indicators that gate it (<i>kết quả điều kiện xếp loại</i>).</summary>
/// <param name="Gate">The rating.</param>
/// <param name="Status">Allowed, blocked or undetermined.</param>
/// <param name="Blocking">Codes of the gating indicators that are missed.</param>
/// <param name="Undetermined">Codes of the gating indicators without a verdict (missing data, in progress, not applicable).</param>
public sealed record RatingOutcome(RatingGate Gate, RatingStatus Status, ImmutableArray<string> Blocking, ImmutableArray<string> Undetermined);
