using System.Globalization;
using NodaTime;
using NodaTime.Text;

namespace KiemTra.Sdk.Reporting;

/// <summary>
/// A reporting period (<i>kỳ báo cáo</i>): a quarter, a year, a congress term (<i>nhiệm kỳ</i>), its
/// mid-term review (<i>sơ kết</i>) or final review (<i>tổng kết</i>), or a custom span. Both ends are
/// inclusive dates.
/// </summary>
/// <remarks>
/// <para>Text forms (<see cref="Parse"/>, <see cref="Code"/>): <c>2025</c>, <c>2025Q3</c>,
/// <c>term:2025-2030</c>, <c>midterm:2025-2030</c>, <c>final:2025-2030</c>,
/// <c>custom:2025-01-01..2025-06-30</c>.</para>
/// <para>A term is named by the years of its congresses; congress dates differ by level, so a term
/// spans whole calendar years from 1 January of its first year to 31 December of its last year, and
/// the boundary year (2025) belongs to both the ending and the starting term. A host that needs exact
/// congress dates passes <see cref="Custom"/>. The mid-term review of term 2025–2030 is held in 2028
/// (the Thái Nguyên 2025–2030 programme) and covers 1/1/2025–31/12/2028; that of 2020–2025, in 2023. The final review is held
/// in the term's last year and covers the whole term.</para>
/// </remarks>
public sealed record ReportingPeriod
{
    /// <summary>The length of a congress term in years (last year − first year).</summary>
    public const int TermLengthYears = 5;

    /// <summary>Years after the term's first year in which the mid-term review is held (2025 + 3 = 2028).</summary>
    public const int MidTermReviewOffsetYears = 3;

    private const int MinYear = 1930;
    private const int MaxYear = 2199;

    private ReportingPeriod(ReportingPeriodKind kind, LocalDate start, LocalDate end, string code, LocalizedText label)
    {
        Kind = kind;
        Start = start;
        End = end;
        Code = code;
        Label = label;
    }

    /// <summary>What kind of period this is.</summary>
    public ReportingPeriodKind Kind { get; }

    /// <summary>The first day of the period (inclusive).</summary>
    public LocalDate Start { get; }

    /// <summary>The last day of the period (inclusive).</summary>
    public LocalDate End { get; }

    /// <summary>The canonical text form, accepted by <see cref="Parse"/>, e.g. <c>2025Q3</c> or <c>term:2025-2030</c>.</summary>
    public string Code { get; }

    /// <summary>A label for readers, e.g. "Quý III/2025" / "Q3 2025".</summary>
    public LocalizedText Label { get; }

    /// <summary>The calendar years the period touches, first to last.</summary>
    public IEnumerable<int> Years => Enumerable.Range(Start.Year, End.Year - Start.Year + 1);

    /// <summary>Whether <paramref name="date"/> falls within the period (both ends inclusive).</summary>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>Whether this period starts no later and ends no earlier than <paramref name="other"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool Covers(ReportingPeriod other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return Start <= other.Start && End >= other.End;
    }

    /// <summary>A calendar quarter.</summary>
    /// <param name="year">The year, 1930–2199.</param>
    /// <param name="quarter">The quarter, 1–4.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year or quarter is out of range.</exception>
    public static ReportingPeriod Quarter(int year, int quarter)
    {
        RequireYear(year, nameof(year));
        if (quarter is < 1 or > 4)
        {
            throw new ArgumentOutOfRangeException(nameof(quarter), quarter, "A quarter is 1–4.");
        }

        var start = new LocalDate(year, ((quarter - 1) * 3) + 1, 1);
        var end = start.PlusMonths(3).PlusDays(-1);
        var roman = quarter switch { 1 => "I", 2 => "II", 3 => "III", _ => "IV" };
        return new ReportingPeriod(ReportingPeriodKind.Quarter, start, end, $"{year}Q{quarter}", LocalizedText.Of($"Quý {roman}/{year}", $"Q{quarter} {year}"));
    }

    /// <summary>A calendar year.</summary>
    /// <param name="year">The year, 1930–2199.</param>
    /// <exception cref="ArgumentOutOfRangeException">The year is out of range.</exception>
    public static ReportingPeriod Year(int year)
    {
        RequireYear(year, nameof(year));
        return new ReportingPeriod(ReportingPeriodKind.Year, new LocalDate(year, 1, 1), new LocalDate(year, 12, 31), year.ToString(CultureInfo.InvariantCulture), LocalizedText.Of($"Năm {year}", $"Year {year}"));
    }

    /// <summary>
    /// The latest calendar year whose last day (31/12) is on or before <paramref name="asOf"/>, but not before
    /// <paramref name="earliestYear"/>: the year a report over data extracted on <paramref name="asOf"/> shows by default.
    /// Data extracted on 31/10/2026 gives 2025 (2026 is not over); data whose activity only starts in the extraction year
    /// gives that year, since an earlier year would hold nothing.
    /// </summary>
    /// <param name="asOf">The extraction date of the data.</param>
    /// <param name="earliestYear">The first year the data has activity for.</param>
    /// <exception cref="ArgumentOutOfRangeException">The resulting year is outside 1930–2199.</exception>
    public static ReportingPeriod LatestCompletedYear(LocalDate asOf, int earliestYear)
    {
        var completed = asOf.Month == 12 && asOf.Day == 31 ? asOf.Year : asOf.Year - 1;
        return Year(Math.Max(completed, earliestYear));
    }

    /// <summary>A congress term, e.g. <c>Term(2025, 2030)</c>: 1/1 of the first year to 31/12 of the last.</summary>
    /// <param name="firstYear">The first year of the term.</param>
    /// <param name="lastYear">The last year; must be <paramref name="firstYear"/> + 5.</param>
    /// <exception cref="ArgumentOutOfRangeException">A year is out of range or the term is not five years long.</exception>
    public static ReportingPeriod Term(int firstYear, int lastYear)
    {
        RequireTerm(firstYear, lastYear);
        return new ReportingPeriod(ReportingPeriodKind.Term, new LocalDate(firstYear, 1, 1), new LocalDate(lastYear, 12, 31), $"term:{firstYear}-{lastYear}", LocalizedText.Of($"Nhiệm kỳ {firstYear}–{lastYear}", $"Term {firstYear}–{lastYear}"));
    }

    /// <summary>The mid-term review (<i>sơ kết</i>) of a term: from the term's start to 31/12 of its third year (2028 for 2025–2030).</summary>
    /// <param name="firstYear">The first year of the term.</param>
    /// <param name="lastYear">The last year; must be <paramref name="firstYear"/> + 5.</param>
    /// <exception cref="ArgumentOutOfRangeException">A year is out of range or the term is not five years long.</exception>
    public static ReportingPeriod MidTermReview(int firstYear, int lastYear)
    {
        RequireTerm(firstYear, lastYear);
        var reviewYear = firstYear + MidTermReviewOffsetYears;
        return new ReportingPeriod(ReportingPeriodKind.MidTermReview, new LocalDate(firstYear, 1, 1), new LocalDate(reviewYear, 12, 31), $"midterm:{firstYear}-{lastYear}", LocalizedText.Of($"Sơ kết {reviewYear} (nhiệm kỳ {firstYear}–{lastYear})", $"Mid-term review {reviewYear} (term {firstYear}–{lastYear})"));
    }

    /// <summary>The final review (<i>tổng kết</i>) of a term: the whole term, reported in its last year (2030 for 2025–2030).</summary>
    /// <param name="firstYear">The first year of the term.</param>
    /// <param name="lastYear">The last year; must be <paramref name="firstYear"/> + 5.</param>
    /// <exception cref="ArgumentOutOfRangeException">A year is out of range or the term is not five years long.</exception>
    public static ReportingPeriod FinalReview(int firstYear, int lastYear)
    {
        RequireTerm(firstYear, lastYear);
        return new ReportingPeriod(ReportingPeriodKind.FinalReview, new LocalDate(firstYear, 1, 1), new LocalDate(lastYear, 12, 31), $"final:{firstYear}-{lastYear}", LocalizedText.Of($"Tổng kết {lastYear} (nhiệm kỳ {firstYear}–{lastYear})", $"Final review {lastYear} (term {firstYear}–{lastYear})"));
    }

    /// <summary>A custom span of dates, both inclusive.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="end"/> is before <paramref name="start"/>, or a year is out of range.</exception>
    public static ReportingPeriod Custom(LocalDate start, LocalDate end)
    {
        RequireYear(start.Year, nameof(start));
        RequireYear(end.Year, nameof(end));
        if (end < start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, $"The end {KiemTra.Sdk.Formatting.TextFormat.IsoDate(end)} is before the start {KiemTra.Sdk.Formatting.TextFormat.IsoDate(start)}.");
        }

        var s = LocalDatePattern.Iso.Format(start);
        var e = LocalDatePattern.Iso.Format(end);
        return new ReportingPeriod(ReportingPeriodKind.Custom, start, end, $"custom:{s}..{e}", LocalizedText.Of($"Từ {KiemTra.Sdk.Formatting.TextFormat.Date(start)} đến {KiemTra.Sdk.Formatting.TextFormat.Date(end)}", $"{s} to {e}"));
    }

    /// <summary>Parses a period: <c>2025</c>, <c>2025Q3</c>, <c>term:2025-2030</c>, <c>midterm:2025-2030</c>, <c>final:2025-2030</c> or <c>custom:2025-01-01..2025-06-30</c>.</summary>
    /// <param name="text">The text to parse.</param>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException">The text is none of the forms above; the message quotes it.</exception>
    public static ReportingPeriod Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (TryParse(text, out var period, out var reason))
        {
            return period;
        }

        throw new FormatException($"'{text}' is not a reporting period ({reason}); expected 2025, 2025Q3, term:2025-2030, midterm:2025-2030, final:2025-2030 or custom:2025-01-01..2025-06-30.");
    }

    /// <summary>Tries to parse a period (see <see cref="Parse"/>).</summary>
    /// <param name="text">The text to parse.</param>
    /// <param name="period">The period, or null when the text is not one.</param>
    /// <returns>Whether the text is a period.</returns>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ReportingPeriod? period)
        => TryParse(text, out period, out _);

    private static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ReportingPeriod? period, out string reason)
    {
        period = null;
        reason = "empty";
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var t = text.Trim();
        var colon = t.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            var prefix = t[..colon].ToLowerInvariant();
            var rest = t[(colon + 1)..];
            if (prefix == "custom")
            {
                return TryParseCustom(rest, out period, out reason);
            }

            if (!TrySplitYears(rest, '-', out var first, out var last, out reason))
            {
                return false;
            }

            if (last - first != TermLengthYears)
            {
                reason = $"a term is {TermLengthYears} years, {first}–{last} is {last - first}";
                return false;
            }

            period = prefix switch
            {
                "term" => Term(first, last),
                "midterm" => MidTermReview(first, last),
                "final" => FinalReview(first, last),
                _ => null,
            };
            reason = period is null ? $"unknown prefix '{prefix}'" : string.Empty;
            return period is not null;
        }

        var q = t.IndexOfAny(['Q', 'q']);
        if (q >= 0)
        {
            if (!TryYear(t[..q], out var year, out reason))
            {
                return false;
            }

            if (!int.TryParse(t.AsSpan(q + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var quarter) || quarter is < 1 or > 4 || t.Length != q + 2)
            {
                reason = $"the quarter '{t[(q + 1)..]}' is not 1–4";
                return false;
            }

            period = Quarter(year, quarter);
            return true;
        }

        if (!TryYear(t, out var y, out reason))
        {
            return false;
        }

        period = Year(y);
        return true;
    }

    private static bool TryParseCustom(string rest, out ReportingPeriod? period, out string reason)
    {
        period = null;
        var parts = rest.Split("..", StringSplitOptions.None);
        if (parts.Length != 2)
        {
            reason = "a custom period is START..END";
            return false;
        }

        var start = LocalDatePattern.Iso.Parse(parts[0]);
        var end = LocalDatePattern.Iso.Parse(parts[1]);
        if (!start.Success || !end.Success)
        {
            reason = $"'{(start.Success ? parts[1] : parts[0])}' is not a yyyy-MM-dd date";
            return false;
        }

        if (end.Value < start.Value || start.Value.Year < MinYear || end.Value.Year > MaxYear)
        {
            reason = "the end is before the start or a year is out of range";
            return false;
        }

        period = Custom(start.Value, end.Value);
        reason = string.Empty;
        return true;
    }

    private static bool TrySplitYears(string text, char separator, out int first, out int last, out string reason)
    {
        first = last = 0;
        var parts = text.Split(separator);
        if (parts.Length != 2)
        {
            reason = "a term is FIRST-LAST, e.g. 2025-2030";
            return false;
        }

        return TryYear(parts[0], out first, out reason) && TryYear(parts[1], out last, out reason);
    }

    private static bool TryYear(string text, out int year, out string reason)
    {
        reason = string.Empty;
        if (text.Length != 4 || !int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out year))
        {
            year = 0;
            reason = $"'{text}' is not a four-digit year";
            return false;
        }

        if (year is < MinYear or > MaxYear)
        {
            reason = $"the year {year} is outside {MinYear}–{MaxYear}";
            return false;
        }

        return true;
    }

    private static void RequireYear(int year, string paramName)
    {
        if (year is < MinYear or > MaxYear)
        {
            throw new ArgumentOutOfRangeException(paramName, year, $"Years {MinYear}–{MaxYear} are supported.");
        }
    }

    private static void RequireTerm(int firstYear, int lastYear)
    {
        RequireYear(firstYear, nameof(firstYear));
        RequireYear(lastYear, nameof(lastYear));
        if (lastYear - firstYear != TermLengthYears)
        {
            throw new ArgumentOutOfRangeException(nameof(lastYear), lastYear, $"A term is {TermLengthYears} years: {firstYear}–{firstYear + TermLengthYears}, not {firstYear}–{lastYear}.");
        }
    }

    /// <summary>Returns <see cref="Code"/>.</summary>
    public override string ToString() => Code;
}
