using KiemTra.Sdk.Authority;
using NodaTime;

namespace KiemTra.Sdk.Inspection;

/// <summary>
/// A higher commission's yearly assessment of a subordinate committee and classification of its inspection commission
/// (<i>nhận xét, đánh giá cấp ủy và phân loại ủy ban kiểm tra cấp dưới</i>), recorded with the
/// evidence it weighed.
/// </summary>
public sealed record YearlyAssessment
{
    private YearlyAssessment(AssessmentEvidence evidence, CommissionClassification classification, ActingBody assessedBy, LocalDate on, string remarks)
    {
        Evidence = evidence;
        Classification = classification;
        AssessedBy = assessedBy;
        On = on;
        Remarks = remarks;
    }

    /// <summary>The figures weighed.</summary>
    public AssessmentEvidence Evidence { get; }

    /// <summary>The classification decided.</summary>
    public CommissionClassification Classification { get; }

    /// <summary>The assessing body (the higher inspection commission).</summary>
    public ActingBody AssessedBy { get; }

    /// <summary>When.</summary>
    public LocalDate On { get; }

    /// <summary>The assessment of the committee, in words (<i>nhận xét</i>).</summary>
    public string Remarks { get; }

    /// <summary>Records an assessment.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="evidence"/> is null.</exception>
    /// <exception cref="ArgumentException">The classification is undefined, the remarks are empty, or it is dated before the assessed year.</exception>
    public static YearlyAssessment Create(AssessmentEvidence evidence, CommissionClassification classification, ActingBody assessedBy, LocalDate on, string remarks)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (!Enum.IsDefined(classification))
        {
            throw new ArgumentException($"Classification {(int)classification} is not defined.", nameof(classification));
        }

        if (string.IsNullOrWhiteSpace(remarks))
        {
            throw new ArgumentException($"The assessment of {evidence.Organization} for {evidence.Year} must state its remarks.", nameof(remarks));
        }

        if (on.Year < evidence.Year)
        {
            throw new ArgumentException($"The assessment of {evidence.Year} cannot be dated {KiemTra.Sdk.Formatting.TextFormat.IsoDate(on)}, before that year.", nameof(on));
        }

        return new YearlyAssessment(evidence, classification, assessedBy, on, remarks.Trim());
    }
}
