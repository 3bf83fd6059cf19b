using System.Collections.Immutable;

namespace KiemTra.Sdk.Indicators;

/// <summary>Whether a rating may be given, from the indicators that gate it (<i>kết quả điều kiện xếp loại</i>).</summary>
/// <param name="Gate">The rating.</param>
/// <param name="Blocking">Codes of the gating indicators that are missed: any one blocks the rating.</param>
/// <param name="Undetermined">Codes of the gating indicators without a verdict (missing data, in progress, not applicable).</param>
public sealed record RatingOutcome(RatingGate Gate, ImmutableArray<string> Blocking, ImmutableArray<string> Undetermined)
{
    /// <summary>
    /// Whether the rating may be given (<i>đủ điều kiện xếp loại</i>): false when a gating indicator is missed
    /// (<see cref="Blocking"/>), else null while a gating indicator has no verdict (<see cref="Undetermined"/>), else true —
    /// every gating indicator is met.
    /// </summary>
    public bool? MayBeGiven => !Blocking.IsDefaultOrEmpty ? false : !Undetermined.IsDefaultOrEmpty ? null : true;
}
