namespace KiemTra.Sdk.Reporting;

/// <summary>One record behind a unit's count, as published (<i>căn cứ</i>): an opaque record id, whether it counted, and a note built by the SDK from dates and counts.</summary>
/// <param name="RecordId">The record's identifier.</param>
/// <param name="Counted">Whether it counted towards the numerator.</param>
/// <param name="Note">What the record shows.</param>
public sealed record ReportFact(string RecordId, bool Counted, LocalizedText Note);
