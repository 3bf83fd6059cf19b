using System.Collections.Immutable;
using KiemTra.Sdk.Rules;

namespace KiemTra.Sdk.Indicators;

/// <summary>
/// A target indicator (<i>chỉ tiêu</i>): what is counted, over which units and period, the target, and the
/// document it comes from. Indicators are data (embedded JSON, or a province's own file through
/// <see cref="IndicatorCatalog.Load"/>), never constants in code (R-T1…R-T5).
/// </summary>
public sealed class IndicatorDefinition
{
    internal IndicatorDefinition(
        string code,
        LocalizedText text,
        IndicatorTarget target,
        string measure,
        LocalizedText numerator,
        LocalizedText denominator,
        IndicatorPeriodKind periodKind,
        int validFromYear,
        int validToYear,
        IndicatorApplicability appliesTo,
        RuleCitation source,
        ImmutableArray<RatingGate> gates)
    {
        Code = code;
        Text = text;
        Target = target;
        Measure = measure;
        Numerator = numerator;
        Denominator = denominator;
        PeriodKind = periodKind;
        ValidFromYear = validFromYear;
        ValidToYear = validToYear;
        AppliesTo = appliesTo;
        Source = source;
        Gates = gates;
    }

    /// <summary>Stable code, e.g. <c>KL34-2025-04</c>.</summary>
    public string Code { get; }

    /// <summary>The indicator as written in its source, with an English rendering.</summary>
    public LocalizedText Text { get; }

    /// <summary>The target.</summary>
    public IndicatorTarget Target { get; }

    /// <summary>The name of the measure that counts numerator and denominator (see <see cref="IndicatorMeasureSet"/>).</summary>
    public string Measure { get; }

    /// <summary>What the numerator counts.</summary>
    public LocalizedText Numerator { get; }

    /// <summary>What the denominator counts.</summary>
    public LocalizedText Denominator { get; }

    /// <summary>The period over which the target is stated.</summary>
    public IndicatorPeriodKind PeriodKind { get; }

    /// <summary>The first year the indicator applies (e.g. 2022 for Kết luận 34's 2022–2025 stage).</summary>
    public int ValidFromYear { get; }

    /// <summary>The last year the indicator applies.</summary>
    public int ValidToYear { get; }

    /// <summary>Which organisations or bodies are the units counted.</summary>
    public IndicatorApplicability AppliesTo { get; }

    /// <summary>Where the indicator comes from; <see cref="RuleCitation.Verified"/> is false when the target or its reading was inferred.</summary>
    public RuleCitation Source { get; }

    /// <summary>Whether the indicator was read as stated in its source (false: inferred; every answer says so).</summary>
    public bool Verified => Source.Verified;

    /// <summary>Ratings that cannot be given unless this indicator is met.</summary>
    public ImmutableArray<RatingGate> Gates { get; }

    /// <summary>Whether the indicator applies in any year from <paramref name="firstYear"/> to <paramref name="lastYear"/>.</summary>
    public bool AppliesDuring(int firstYear, int lastYear) => firstYear <= ValidToYear && lastYear >= ValidFromYear;

    /// <summary>Returns "CODE: Vietnamese text".</summary>
    public override string ToString() => $"{Code}: {Text.Vietnamese}";
}
