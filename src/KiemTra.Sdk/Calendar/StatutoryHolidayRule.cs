using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Calendar;

/// <summary>
/// One statutory public holiday as effective-dated data (<i>ngày nghỉ lễ, tết theo luật</i>), e.g. "Tết: 5 days,
/// Labour Code 2019 Art. 112, from 2021-01-01". A rule applies to a year when the holiday's date that year lies
/// between <see cref="EffectiveFrom"/> and <see cref="EffectiveTo"/>.
/// </summary>
public sealed record StatutoryHolidayRule
{
    /// <summary>Creates a holiday rule (what a statutory-rules document holds).</summary>
    /// <param name="id">Stable identifier shared by the successive versions of a holiday.</param>
    /// <param name="name">The holiday's name.</param>
    /// <param name="kind">How the date is found.</param>
    /// <param name="month">The month (lunar month for <see cref="StatutoryHolidayRuleKind.Lunar"/>; 1 for Tết).</param>
    /// <param name="day">The day (lunar day for <see cref="StatutoryHolidayRuleKind.Lunar"/>; 1 for Tết).</param>
    /// <param name="days">How many days off (Tết; 1 otherwise).</param>
    /// <param name="adjacentDay">Whether an adjacent day is also off (National Day).</param>
    /// <param name="isOptional">Whether a host enables the holiday (off unless enabled).</param>
    /// <param name="effectiveFrom">The first date the rule applies to.</param>
    /// <param name="effectiveTo">The last date it applies to, or null while in force.</param>
    /// <param name="source">The instrument and article.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty, <paramref name="kind"/> undefined, a number out of range, or the effective range ends before it starts.</exception>
    public StatutoryHolidayRule(
        string id,
        LocalizedText name,
        StatutoryHolidayRuleKind kind,
        int month,
        int day,
        int days,
        bool adjacentDay,
        bool isOptional,
        LocalDate effectiveFrom,
        LocalDate? effectiveTo,
        RuleCitation source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(source);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentException($"Unknown holiday rule kind {(int)kind}.", nameof(kind));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        ArgumentOutOfRangeException.ThrowIfLessThan(day, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(day, kind == StatutoryHolidayRuleKind.Fixed ? 31 : 30);
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, 10);
        if (effectiveTo is { } to && to < effectiveFrom)
        {
            throw new ArgumentException($"The effective range ends ({to:uuuu-MM-dd}) before it starts ({effectiveFrom:uuuu-MM-dd}).", nameof(effectiveTo));
        }

        Id = id;
        Name = name;
        Kind = kind;
        Month = month;
        Day = day;
        Days = days;
        AdjacentDay = adjacentDay;
        IsOptional = isOptional;
        EffectiveFrom = effectiveFrom;
        EffectiveTo = effectiveTo;
        Source = source;
    }

    /// <summary>Stable identifier shared by the successive versions of a holiday, e.g. <c>lunar-new-year</c>.</summary>
    public string Id { get; }

    /// <summary>The holiday's name.</summary>
    public LocalizedText Name { get; }

    /// <summary>How the date is found.</summary>
    public StatutoryHolidayRuleKind Kind { get; }

    /// <summary>The month (Gregorian for <see cref="StatutoryHolidayRuleKind.Fixed"/>, lunar for <see cref="StatutoryHolidayRuleKind.Lunar"/>); 1 for Tết.</summary>
    public int Month { get; }

    /// <summary>The day of the month (Gregorian or lunar as for <see cref="Month"/>); 1 for Tết.</summary>
    public int Day { get; }

    /// <summary>The number of days (Tết: 4 before 2013-05-01, 5 since); 1 otherwise.</summary>
    public int Days { get; }

    /// <summary>Whether one adjacent day is added, chosen yearly (National Day since 2021: 1/9 or 3/9).</summary>
    public bool AdjacentDay { get; }

    /// <summary>Whether the holiday is off by default and applies only when a host enables it (none in the built-in rules since 24/11 became statutory in 2026).</summary>
    public bool IsOptional { get; }

    /// <summary>The first date the rule applies to.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>The last date the rule applies to, or null while in force.</summary>
    public LocalDate? EffectiveTo { get; }

    /// <summary>The law the rule comes from (<see cref="RuleCitation.Verified"/> is false where the primary text was not read, as for 24/11).</summary>
    public RuleCitation Source { get; }

    /// <summary>Whether the rule covers <paramref name="date"/>.</summary>
    /// <param name="date">The holiday's date in a given year.</param>
    /// <returns><c>true</c> when <paramref name="date"/> is within the effective range.</returns>
    public bool AppliesOn(LocalDate date) => date >= EffectiveFrom && (EffectiveTo is not { } to || date <= to);
}
