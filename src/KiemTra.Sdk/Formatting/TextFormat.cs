using System.Globalization;
using NodaTime;
using NodaTime.Text;

#if KIEMTRA_REPORTING
namespace KiemTra.Sdk.Reporting;
#else
namespace KiemTra.Sdk.Formatting;
#endif

// One implementation of how dates and numbers are written in text, compiled as an internal type into every assembly
// that writes text: the core (its explanations), and, linked, the report writers (KiemTra.Sdk.Reporting, where it is
// KiemTra.Sdk.Reporting.TextFormat so that a test assembly that sees both packages' internals can name each), the
// testing package and the sample hosts. It is the house style of text, not a concept of the work: it is not public.

/// <summary>
/// Dates and numbers in text (<i>cách viết ngày, số trong văn bản</i>): the one place where the SDK, its report writers and
/// its hosts turn a date or a number into words, identical whatever the process culture (no culture's separators,
/// calendar, digits or direction marks leak in). Vietnamese text writes <c>13/02/2026</c>, <c>4.235</c>, <c>1,5</c> and
/// <c>97,5%</c>; English text writes <c>2026-02-13</c>, <c>4,235</c>, <c>1.5</c> and <c>97.5%</c>. Machine formats (JSON,
/// CSV) use invariant numbers and ISO dates, not these.
/// </summary>
internal static class TextFormat
{
    private static readonly LocalDatePattern VietnameseDate = LocalDatePattern.CreateWithInvariantCulture("dd/MM/uuuu");
    private static readonly LocalDatePattern VietnameseDayMonth = LocalDatePattern.CreateWithInvariantCulture("dd/MM");
    private static readonly LocalDatePattern Iso = LocalDatePattern.CreateWithInvariantCulture("uuuu-MM-dd");
    private static readonly NumberFormatInfo Vi = NumberFormatInfo.ReadOnly(new NumberFormatInfo { NumberGroupSeparator = ".", NumberDecimalSeparator = ",", NumberGroupSizes = [3], NegativeSign = "-" });
    private static readonly NumberFormatInfo En = NumberFormatInfo.InvariantInfo;

    /// <summary>A date in Vietnamese text: <c>13/02/2026</c>.</summary>
    internal static string Date(LocalDate date) => VietnameseDate.Format(date);

    /// <summary>Day and month in Vietnamese text: <c>13/02</c>.</summary>
    internal static string DayMonth(LocalDate date) => VietnameseDayMonth.Format(date);

    /// <summary>A date in English or machine text: <c>2026-02-13</c>.</summary>
    internal static string IsoDate(LocalDate date) => Iso.Format(date);

    /// <summary>A day of the week in Vietnamese text: "thứ Hai" … "thứ Bảy", "Chủ nhật".</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="day"/> is not a day of the week.</exception>
    internal static string DayOfWeek(IsoDayOfWeek day) => day switch
    {
        IsoDayOfWeek.Monday => "thứ Hai",
        IsoDayOfWeek.Tuesday => "thứ Ba",
        IsoDayOfWeek.Wednesday => "thứ Tư",
        IsoDayOfWeek.Thursday => "thứ Năm",
        IsoDayOfWeek.Friday => "thứ Sáu",
        IsoDayOfWeek.Saturday => "thứ Bảy",
        IsoDayOfWeek.Sunday => "Chủ nhật",
        _ => throw new ArgumentOutOfRangeException(nameof(day), day, "Not a day of the week."),
    };

    /// <summary>A whole number in Vietnamese text, thousands grouped with a dot: <c>4.235</c>.</summary>
    internal static string Integer(long value) => value.ToString("#,0", Vi);

    /// <summary>A whole number in English text, thousands grouped with a comma: <c>4,235</c>.</summary>
    internal static string EnglishInteger(long value) => value.ToString("#,0", En);

    /// <summary>A number in Vietnamese text with at most <paramref name="decimals"/> decimals, decimal comma: <c>1,5</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is negative or above 6.</exception>
    internal static string Number(decimal value, int decimals = 2) => value.ToString(Pattern(decimals), Vi);

    /// <summary>A number in English text with at most <paramref name="decimals"/> decimals: <c>1.5</c>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is negative or above 6.</exception>
    internal static string EnglishNumber(decimal value, int decimals = 2) => value.ToString(Pattern(decimals), En);

    /// <summary>A percentage in Vietnamese text from a percent value (97.5 → <c>97,5%</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is negative or above 6.</exception>
    internal static string Percent(decimal percent, int decimals = 1) => Number(percent, decimals) + "%";

    /// <summary>A percentage in English text from a percent value (97.5 → <c>97.5%</c>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="decimals"/> is negative or above 6.</exception>
    internal static string EnglishPercent(decimal percent, int decimals = 1) => EnglishNumber(percent, decimals) + "%";

    /// <summary>A count out of a total in Vietnamese text: <c>4.235/4.342</c>.</summary>
    internal static string Ratio(long count, long total) => $"{Integer(count)}/{Integer(total)}";

    /// <summary>A count out of a total in English text: <c>4,235/4,342</c>.</summary>
    internal static string EnglishRatio(long count, long total) => $"{EnglishInteger(count)}/{EnglishInteger(total)}";

    private static string Pattern(int decimals) => decimals is < 0 or > 6
        ? throw new ArgumentOutOfRangeException(nameof(decimals), decimals, "Between 0 and 6 decimals.")
        : decimals == 0 ? "#,0" : "#,0." + new string('#', decimals);
}
