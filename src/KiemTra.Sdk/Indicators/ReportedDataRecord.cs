using KiemTra.Sdk.Organization;

namespace KiemTra.Sdk.Indicators;

/// <summary>
/// A statement that an organisation reported a kind of data for a year (<i>đã báo cáo số liệu</i>). Without
/// it, the organisation's data of that kind for that year is MISSING, and an indicator never reads the
/// absence of records as a pass or a fail.
/// </summary>
/// <param name="Organization">The organisation.</param>
/// <param name="Kind">The kind of data reported.</param>
/// <param name="Year">The year covered.</param>
internal sealed record ReportedDataRecord(OrganizationId Organization, RecordKind Kind, int Year);
