namespace KiemTra.Sdk.Inspection;

/// <summary>How a case came from another (<i>nguồn của hồ sơ</i>).</summary>
/// <param name="Kind">Handed over from supervision, or taken up from a lower level.</param>
/// <param name="CaseId">The originating case.</param>
/// <param name="Reason">Why, in words.</param>
public sealed record CaseLink(CaseLinkKind Kind, string CaseId, string Reason);

/// <summary>Kinds of <see cref="CaseLink"/>.</summary>
public enum CaseLinkKind
{
    /// <summary>Supervision found signs of violation and handed the case over for inspection.</summary>
    HandedOverFromSupervision = 1,

    /// <summary>A higher commission took the case up from a lower body.</summary>
    TakenUpFromLowerLevel = 2,
}
