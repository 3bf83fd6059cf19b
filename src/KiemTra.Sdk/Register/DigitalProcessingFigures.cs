using KiemTra.Sdk.Organization;

namespace KiemTra.Sdk.Register;

/// <summary>An organisation's digital-transformation figures for a year (<i>số liệu chuyển đổi số</i>); the record is the report, its absence is MISSING.</summary>
/// <param name="Organization">The reporting organisation.</param>
/// <param name="Year">The year reported.</param>
/// <param name="ProceduresTotal">Administrative procedures handled.</param>
/// <param name="ProceduresDigital">Of which handled on the digital environment.</param>
/// <param name="DocumentsTotal">Documents handled.</param>
/// <param name="DocumentsDigitised">Of which digitised.</param>
/// <param name="DataBasedSupervision">Whether the inspection commission applies data-based supervision (<i>giám sát trên dữ liệu</i>), or null when not reported.</param>
public sealed record DigitalProcessingFigures(OrganizationId Organization, int Year, int ProceduresTotal, int ProceduresDigital, int DocumentsTotal, int DocumentsDigitised, bool? DataBasedSupervision);
