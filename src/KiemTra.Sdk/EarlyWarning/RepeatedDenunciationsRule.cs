using KiemTra.Sdk.Diagnostics;
using NodaTime;

namespace KiemTra.Sdk.EarlyWarning;

/// <summary>
/// The same organisation or member denounced repeatedly within a window (<i>bị tố cáo nhiều lần</i>), counting every
/// letter including anonymous ones kept as information. Only counts appear in the finding: never any
/// informant.
/// </summary>
internal sealed class RepeatedDenunciationsRule : IEarlyWarningRule
{
    private RepeatedDenunciationsRule(int threshold, Period window)
    {
        Threshold = threshold;
        Window = window;
    }

    /// <summary>Letters within the window from which a subject is flagged.</summary>
    public int Threshold { get; }

    /// <summary>The look-back window ending today.</summary>
    public Period Window { get; }

    /// <inheritdoc />
    public string Code => "EW-REPEATED-DENUNCIATIONS";

    /// <inheritdoc />
    public FindingSeverity Severity => FindingSeverity.Warning;

    /// <inheritdoc />
    public LocalizedText Description => LocalizedText.Of("Tổ chức, đảng viên bị tố cáo nhiều lần", "Organisations or members denounced repeatedly");

    /// <summary>Creates the rule.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="window"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="threshold"/> is less than 2.</exception>
    public static RepeatedDenunciationsRule Create(int threshold, Period window)
    {
        ArgumentNullException.ThrowIfNull(window);
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 2);
        return new RepeatedDenunciationsRule(threshold, window);
    }

    /// <inheritdoc />
    public IEnumerable<Finding> Evaluate(EarlyWarningContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var from = context.Today.Minus(Window);
        var groups = context.Denunciations
            .Where(d => d.Receipts.Count > 0 && d.Receipts[0].On >= from && d.Receipts[0].On <= context.Today)
            .GroupBy(d => d.Subject.Id, StringComparer.Ordinal)
            .Where(g => g.Count() >= Threshold)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var group in groups)
        {
            var anonymous = group.Count(d => d.Source != Denunciations.DenunciationSource.Named);
            yield return Finding.Create(Code, Severity, group.Key, LocalizedText.Of(
                $"{group.Key} bị tố cáo {group.Count()} lần từ {KiemTra.Sdk.Formatting.TextFormat.Date(from)} (trong đó {anonymous} đơn giấu tên/mạo tên): xem xét giám sát hoặc kiểm tra khi có dấu hiệu vi phạm.",
                $"{group.Key} was denounced {group.Count()} times since {KiemTra.Sdk.Formatting.TextFormat.IsoDate(from)} ({anonymous} anonymous or false-name): consider supervision or an inspection on signs of violation."));
        }
    }
}
