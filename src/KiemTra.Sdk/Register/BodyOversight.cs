using KiemTra.Sdk.Organization;

namespace KiemTra.Sdk.Register;

/// <summary>Inspections and supervisions conducted by one kind of body (<i>kiểm tra, giám sát theo chủ thể tiến hành</i>).</summary>
/// <param name="Body">The kind of body (committee, standing committee, inspection commission, advisory agency, cell).</param>
/// <param name="Figures">What its cases concluded in the period covered.</param>
public sealed record BodyOversight(BodyKind Body, OversightStatistics Figures);
