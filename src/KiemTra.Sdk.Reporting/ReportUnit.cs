using System.Collections.Immutable;

namespace KiemTra.Sdk.Reporting;

/// <summary>A unit listed in a report's drill-down (<i>đơn vị không đạt / thiếu dữ liệu</i>): an organisation or body, its counts and the records behind them.</summary>
/// <param name="Id">The organisation or body id.</param>
/// <param name="Name">Its published name.</param>
/// <param name="Numerator">What counted.</param>
/// <param name="Denominator">What could have counted.</param>
/// <param name="Reason">Why it is listed, e.g. "1/2 đạt" or "thiếu dữ liệu".</param>
/// <param name="Facts">The records behind the counts.</param>
public sealed record ReportUnit(string Id, string Name, long Numerator, long Denominator, LocalizedText Reason, ImmutableArray<ReportFact> Facts);
