using System.Collections.Immutable;
using KiemTra.Sdk.Reporting;
using KiemTra.Sdk.Rules;

namespace KiemTra.Sdk.Indicators;

/// <summary>
/// A target indicator (<i>chỉ tiêu</i>): what is counted, over which units and period, the target, and the
/// document it comes from. Indicators are data (embedded JSON, or a province's own file through
/// the JSON package's <c>IndicatorCatalogueJson</c>), never constants in code.
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
        ReportingPeriodKind periodKind,
        int validFromYear,
        int validToYear,
        IndicatorApplicability appliesTo,
        RuleCitation source,
        ImmutableArray<RatingGate> gates,
        LocalizedText? notMeasured = null)
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
        NotMeasured = notMeasured;
    }

    /// <summary>
    /// Creates a definition a host builds in code or reads back from its own store, checked as the catalogue loader
    /// (the JSON package's <c>IndicatorCatalogueJson</c>) checks one: a code of ASCII letters, digits, '-', '_' and '.'; a measure the
    /// measure set knows; a validity range that does not run backwards.
    /// </summary>
    /// <param name="code">Stable code (e.g. <c>TC-01</c>).</param>
    /// <param name="text">The indicator's wording.</param>
    /// <param name="target">The target.</param>
    /// <param name="measure">The name of the measure that computes it.</param>
    /// <param name="numerator">What the numerator counts.</param>
    /// <param name="denominator">What the denominator counts.</param>
    /// <param name="periodKind">The period its target is stated over: <see cref="ReportingPeriodKind.Year"/>, <see cref="ReportingPeriodKind.Term"/> or <see cref="ReportingPeriodKind.Custom"/>.</param>
    /// <param name="validFromYear">First year it applies.</param>
    /// <param name="validToYear">Last year it applies.</param>
    /// <param name="appliesTo">Which organisations and body it applies to.</param>
    /// <param name="source">The document it comes from (its <c>verified</c> flag is <see cref="Verified"/>).</param>
    /// <param name="gates">Rating gates it blocks when not met.</param>
    /// <param name="measures">The measures the name is checked against; <see cref="IndicatorMeasureSet.BuiltIn"/> when null.</param>
    /// <returns>The definition.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">The code, measure, period kind or years are invalid; the message names the value.</exception>
    public static IndicatorDefinition Create(string code, LocalizedText text, IndicatorTarget target, string measure, LocalizedText numerator, LocalizedText denominator,
        ReportingPeriodKind periodKind, int validFromYear, int validToYear, IndicatorApplicability appliesTo, RuleCitation source, IEnumerable<RatingGate> gates,
        IndicatorMeasureSet? measures = null)
    {
        ArgumentNullException.ThrowIfNull(code);
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(measure);
        ArgumentNullException.ThrowIfNull(numerator);
        ArgumentNullException.ThrowIfNull(denominator);
        ArgumentNullException.ThrowIfNull(appliesTo);
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(gates);
        if (code.Length is 0 or > 64 || code.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
        {
            throw new ArgumentException($"Indicator code '{code}' must be 1–64 ASCII letters, digits, '-', '_' or '.'.", nameof(code));
        }

        measures ??= IndicatorMeasureSet.BuiltIn;
        if (!measures.Contains(measure))
        {
            throw new ArgumentException($"Indicator {code}: unknown measure '{measure}'; known: {string.Join(", ", measures.Names)}.", nameof(measure));
        }

        if (periodKind is not (ReportingPeriodKind.Year or ReportingPeriodKind.Term or ReportingPeriodKind.Custom))
        {
            throw new ArgumentException($"Indicator {code}: the period kind {periodKind} is not one a target is stated over (Year, Term or Custom).", nameof(periodKind));
        }

        if (validToYear < validFromYear || validFromYear < InputRules.MinYear || validToYear > InputRules.MaxYear)
        {
            throw new ArgumentException($"Indicator {code}: validity {validFromYear}–{validToYear} runs backwards or leaves {InputRules.MinYear}–{InputRules.MaxYear}.", nameof(validToYear));
        }

        var gateList = gates.ToImmutableArray();
        if (gateList.Any(g => g is null))
        {
            throw new ArgumentException($"Indicator {code} lists a null rating gate.", nameof(gates));
        }

        return new IndicatorDefinition(code, text, target, measure, numerator, denominator, periodKind, validFromYear, validToYear, appliesTo, source, gateList);
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

    /// <summary>
    /// The period over which the target is stated (<i>kỳ đánh giá chỉ tiêu</i>): <see cref="ReportingPeriodKind.Year"/> (each
    /// year; a shorter period shows progress only), <see cref="ReportingPeriodKind.Term"/> (a whole term; a shorter period
    /// shows progress only) or <see cref="ReportingPeriodKind.Custom"/> (any period asked for; never partial).
    /// </summary>
    public ReportingPeriodKind PeriodKind { get; }

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

    /// <summary>
    /// The part of the indicator's wording that its measure does not count yet (<i>phần chưa đo</i>), said outright so a
    /// result is never read as covering it; null when the measure covers the whole wording.
    /// </summary>
    public LocalizedText? NotMeasured { get; }

    /// <summary>This definition with <paramref name="note"/> as <see cref="NotMeasured"/>.</summary>
    /// <param name="note">What the measure leaves out, in Vietnamese and English.</param>
    /// <exception cref="ArgumentNullException"><paramref name="note"/> is null.</exception>
    public IndicatorDefinition WithNotMeasured(LocalizedText note)
    {
        ArgumentNullException.ThrowIfNull(note);
        return new IndicatorDefinition(Code, Text, Target, Measure, Numerator, Denominator, PeriodKind, ValidFromYear, ValidToYear, AppliesTo, Source, Gates, note);
    }

    /// <summary>Whether the indicator applies in any year from <paramref name="firstYear"/> to <paramref name="lastYear"/>.</summary>
    public bool AppliesDuring(int firstYear, int lastYear) => firstYear <= ValidToYear && lastYear >= ValidFromYear;

    /// <summary>Returns "CODE: Vietnamese text".</summary>
    public override string ToString() => $"{Code}: {Text.Vietnamese}";
}
