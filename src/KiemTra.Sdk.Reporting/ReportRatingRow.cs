using System.Collections.Immutable;
using KiemTra.Sdk.Indicators;

namespace KiemTra.Sdk.Reporting;

/// <summary>Whether a gated rating may be given, as published (<i>điều kiện xếp loại</i>).</summary>
/// <param name="Code">The rating code.</param>
/// <param name="Rating">The rating's name.</param>
/// <param name="MayBeGiven">True when allowed, false when blocked, null while undetermined (<see cref="RatingOutcome.MayBeGiven"/>).</param>
/// <param name="Blocking">Indicators that block it.</param>
/// <param name="Undetermined">Indicators without a verdict.</param>
public sealed record ReportRatingRow(string Code, LocalizedText Rating, bool? MayBeGiven, ImmutableArray<string> Blocking, ImmutableArray<string> Undetermined);
