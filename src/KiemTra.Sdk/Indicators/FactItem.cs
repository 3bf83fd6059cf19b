namespace KiemTra.Sdk.Indicators;

/// <summary>One record behind a count (<i>căn cứ số liệu</i>): its id, whether it counted towards the numerator, and why.</summary>
/// <param name="RecordId">The record's identifier (a plan item, a document, a meeting…).</param>
/// <param name="Counted">Whether it counted towards the numerator.</param>
/// <param name="Note">What the record shows, e.g. "hoàn thành 02/05/2025" / "completed 2025-05-02".</param>
public sealed record FactItem(string RecordId, bool Counted, LocalizedText Note);
