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
    internal StatutoryHolidayRule(
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
