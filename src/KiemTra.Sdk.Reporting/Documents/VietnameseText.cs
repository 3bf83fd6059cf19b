using System.Globalization;
using KiemTra.Sdk.Indicators;
using NodaTime;

namespace KiemTra.Sdk.Reporting.Documents;

/// <summary>Numbers, percentages and dates written the Vietnamese way, whatever the process culture: <c>4.235</c>, <c>97,5%</c>, <c>ngày 05 tháng 02 năm 2026</c>.</summary>
internal static class VietnameseText
{
    /// <summary>A whole number with '.' between thousands: 4235 → "4.235".</summary>
    internal static string Number(long value) => TextFormat.Integer(value);

    /// <summary>A share (0–1) as a percentage with at most one decimal and a decimal comma: 0.975 → "97,5%".</summary>
    internal static string Percent(decimal share) => TextFormat.Percent(share * 100m);

    /// <summary>A decimal with a decimal comma and '.' between thousands: 1.5 → "1,5".</summary>
    internal static string Decimal(decimal value) => TextFormat.Number(value);

    /// <summary>An indicator value in its unit: "97,5%", "12", "có".</summary>
    internal static string Value(decimal value, IndicatorUnit unit) => IndicatorTarget.FormatText(value, unit).Vietnamese;

    /// <summary>A target: "≥ 100%", "≤ 5".</summary>
    internal static string Target(IndicatorTarget target) => target.Text.Vietnamese;

    /// <summary>The date line of a party document: "ngày 05 tháng 02 năm 2026" (day and month on two digits, as Hướng dẫn 36-HD/VPTW shows them).</summary>
    internal static string Date(LocalDate date) => string.Create(CultureInfo.InvariantCulture, $"ngày {date.Day:00} tháng {date.Month:00} năm {date.Year}");

    /// <summary>A short date: 31/10/2026.</summary>
    internal static string ShortDate(LocalDate date) => TextFormat.Date(date);
}
