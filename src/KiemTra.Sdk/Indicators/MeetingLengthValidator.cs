using KiemTra.Sdk.Register;
using System.Globalization;
using KiemTra.Sdk.Diagnostics;

namespace KiemTra.Sdk.Indicators;

/// <summary>Checks meetings against their length limits (<i>kiểm soát thời gian hội nghị</i>).</summary>
internal static class MeetingLengthValidator
{
    /// <summary>The finding code of a meeting longer than its limit.</summary>
    public const string TooLongCode = "MEETING-TOO-LONG";

    /// <summary>A finding (<see cref="FindingSeverity.Error"/>) for each meeting longer than its limit, none for the others.</summary>
    /// <param name="meetings">The meetings.</param>
    /// <param name="limits">The limits; <see cref="MeetingLengthLimits.BuiltIn"/> when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="meetings"/> is null.</exception>
    public static IReadOnlyList<Finding> Validate(IEnumerable<Meeting> meetings, MeetingLengthLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(meetings);
        limits ??= MeetingLengthLimits.BuiltIn;
        var findings = new List<Finding>();
        foreach (var m in meetings)
        {
            var max = limits.MaxDays(m.Kind);
            if (m.LengthInDays <= max)
            {
                continue;
            }

            findings.Add(Finding.Create(
                TooLongCode,
                FindingSeverity.Error,
                m.Id.Value,
                LocalizedText.Of(
                    $"Hội nghị {m.Id} ({IndicatorTerms.Of(m.Kind).Vietnamese}, {KiemTra.Sdk.Formatting.TextFormat.Date(m.Date)}) kéo dài {Formatting.TextFormat.Number(m.LengthInDays)} ngày, vượt giới hạn {Formatting.TextFormat.Number(max)} ngày: {limits.Text(m.Kind).Vietnamese}",
                    $"Meeting {m.Id} ({IndicatorTerms.Of(m.Kind).English}, {KiemTra.Sdk.Formatting.TextFormat.IsoDate(m.Date)}) lasted {Formatting.TextFormat.EnglishNumber(m.LengthInDays)} days, over the {Formatting.TextFormat.EnglishNumber(max)}-day limit: {limits.Text(m.Kind).English}"),
                limits.Source));
        }

        return findings;
    }
}
