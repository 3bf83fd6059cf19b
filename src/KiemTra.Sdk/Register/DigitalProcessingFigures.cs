using KiemTra.Sdk.Organization;

namespace KiemTra.Sdk.Register;

/// <summary>An organisation's digital-transformation figures for a year (<i>số liệu chuyển đổi số</i>); the record is the report, its absence is MISSING.</summary>
public sealed record DigitalProcessingFigures
{
    /// <summary>The reporting organisation.</summary>
    public required OrganizationId Organization { get; init; }

    /// <summary>The year reported.</summary>
    public required int Year { get; init; }

    /// <summary>Administrative procedures handled.</summary>
    public required int ProceduresTotal { get; init; }

    /// <summary>Of which handled on the digital environment.</summary>
    public required int ProceduresDigital { get; init; }

    /// <summary>Documents handled.</summary>
    public required int DocumentsTotal { get; init; }

    /// <summary>Of which digitised.</summary>
    public required int DocumentsDigitized { get; init; }

    /// <summary>Whether the inspection commission applies data-based supervision (<i>giám sát trên dữ liệu</i>), or null when not reported.</summary>
    public required bool? DataBasedSupervision { get; init; }
}
