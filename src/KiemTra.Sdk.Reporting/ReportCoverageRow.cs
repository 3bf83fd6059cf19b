namespace KiemTra.Sdk.Reporting;

/// <summary>Coverage of one organisation's subtree (<i>tỷ lệ được kiểm tra, giám sát theo đơn vị</i>): organisations inspected or supervised at least once, of all.</summary>
/// <param name="Id">The organisation directly under the report's scope.</param>
/// <param name="Name">Its name.</param>
/// <param name="Covered">Organisations in its subtree covered in the period.</param>
/// <param name="Total">Organisations in its subtree with data.</param>
/// <param name="MissingData">Organisations in its subtree whose data is missing.</param>
public sealed record ReportCoverageRow(string Id, string Name, long Covered, long Total, int MissingData);
