using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Denunciations;

/// <summary>
/// Time limits for resolving a denunciation (<i>thời hạn giải quyết tố cáo</i>), read from the rule book as of the
/// competent receipt: 90 working days from receipt by the COMPETENT organisation, with one extension of at most 30
/// working days (both unverified for the 2025–26 rules, and every deadline says so). Hosts reach it through
/// <see cref="Denunciation.ResolutionDeadline"/> and <see cref="Denunciation.ExtendedResolutionDeadline"/>.
/// </summary>
internal sealed class DenunciationTimeLimits
{
    private readonly RuleBook _rules;
    private readonly DeadlineCalculator _calculator;

    private DenunciationTimeLimits(RuleBook rules, DeadlineCalculator calculator)
    {
        _rules = rules;
        _calculator = calculator;
    }

    /// <summary>Creates the time limits over a rule book and a calculator.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static DenunciationTimeLimits Create(RuleBook rules, DeadlineCalculator calculator)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(calculator);
        return new DenunciationTimeLimits(rules, calculator);
    }

    /// <summary>The resolution deadline, counted from the competent organisation's receipt.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="denunciation"/> is null.</exception>
    /// <exception cref="InvalidOperationException">The letter was not accepted for resolution or no competent organisation has received it.</exception>
    /// <exception cref="RuleNotFoundException">The rule is missing on the receipt date.</exception>
    public Deadline Resolution(Denunciation denunciation)
    {
        var received = CompetentReceipt(denunciation);
        var rule = RuleDeadlines.Resolve(_rules, "denunciation.resolution", received,
            LocalizedText.Of("ngày tổ chức đảng có thẩm quyền nhận đơn tố cáo", "receipt by the competent party organisation"));
        return _calculator.Calculate(rule, received);
    }

    /// <summary>The deadline after the one allowed extension.</summary>
    /// <param name="denunciation">The denunciation.</param>
    /// <param name="extensionWorkingDays">Working days of extension, 1 to the rule's maximum.</param>
    /// <exception cref="ArgumentNullException"><paramref name="denunciation"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The extension is not positive or exceeds the maximum.</exception>
    /// <exception cref="InvalidOperationException">The letter was not accepted or has no competent receipt.</exception>
    /// <exception cref="RuleNotFoundException">The rule is missing on the receipt date.</exception>
    public Deadline Extended(Denunciation denunciation, int extensionWorkingDays)
    {
        var original = Resolution(denunciation);
        var max = RuleDeadlines.Resolve(_rules, "denunciation.resolution.extension", CompetentReceipt(denunciation),
            LocalizedText.Of("hạn giải quyết ban đầu", "the original resolution deadline"));
        if (extensionWorkingDays < 1 || extensionWorkingDays > max.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(extensionWorkingDays), extensionWorkingDays,
                $"The extension of denunciation {denunciation.Id} must be 1 to {max.Count} working days ({max.Citation}); got {extensionWorkingDays}.");
        }

        var rule = DeadlineRule.Create(max.Id, max.Unit, extensionWorkingDays, max.AnchorEvent, max.Citation);
        return _calculator.Calculate(rule, original.Due);
    }

    private static LocalDate CompetentReceipt(Denunciation denunciation)
    {
        ArgumentNullException.ThrowIfNull(denunciation);
        if (denunciation.Intake?.Decision != IntakeDecision.Accepted)
        {
            throw new InvalidOperationException($"Denunciation {denunciation.Id} is not accepted for resolution; it has no resolution deadline.");
        }

        return denunciation.ReceivedByCompetentOn
            ?? throw new InvalidOperationException($"Denunciation {denunciation.Id} has not been received by the competent organisation.");
    }
}
