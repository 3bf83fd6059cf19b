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
    private StatutoryHolidayRule(
        string id,
        LocalizedText name,
        StatutoryHolidayRuleKind kind,
        (int Month, int Day, int Days) date,
        bool adjacentDay,
        bool isOptional,
        (LocalDate From, LocalDate? To) effective,
        RuleCitation source)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(source);
        if (effective.To is { } to && to < effective.From)
        {
            throw new ArgumentException($"The effective range ends ({to:uuuu-MM-dd}) before it starts ({effective.From:uuuu-MM-dd}).", "effectiveTo");
        }

        Id = id;
        Name = name;
        Kind = kind;
        Month = date.Month;
        Day = date.Day;
        Days = date.Days;
        AdjacentDay = adjacentDay;
        IsOptional = isOptional;
        EffectiveFrom = effective.From;
        EffectiveTo = effective.To;
        Source = source;
    }

    /// <summary>A holiday on a fixed Gregorian date, e.g. 30 April or National Day 2 September (<i>ngày lễ theo dương lịch</i>).</summary>
    /// <param name="id">Stable identifier shared by the successive versions of a holiday, e.g. <c>national-day</c>.</param>
    /// <param name="name">The holiday's name.</param>
    /// <param name="month">The Gregorian month, 1–12.</param>
    /// <param name="day">The day of the month, 1–31.</param>
    /// <param name="source">The instrument and article.</param>
    /// <param name="effectiveFrom">The first date the rule applies to.</param>
    /// <param name="effectiveTo">The last date it applies to, or null while in force.</param>
    /// <param name="adjacentDay">Whether one adjacent day, chosen yearly, is also off (National Day since 2021).</param>
    /// <param name="isOptional">Whether the holiday is off only when a host enables it.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty, or the effective range ends before it starts.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> or <paramref name="day"/> is out of range.</exception>
    public static StatutoryHolidayRule Fixed(string id, LocalizedText name, int month, int day, RuleCitation source, LocalDate effectiveFrom, LocalDate? effectiveTo = null, bool adjacentDay = false, bool isOptional = false)
    {
        RequireMonthDay(month, day, 31, nameof(month), nameof(day));
        return new(id, name, StatutoryHolidayRuleKind.Fixed, (month, day, 1), adjacentDay, isOptional, (effectiveFrom, effectiveTo), source);
    }

    /// <summary>A holiday on a fixed date of the Vietnamese lunar calendar, e.g. Hùng Kings' Commemoration 10/3 (<i>ngày lễ theo âm lịch</i>).</summary>
    /// <param name="id">Stable identifier shared by the successive versions of a holiday, e.g. <c>hung-kings</c>.</param>
    /// <param name="name">The holiday's name.</param>
    /// <param name="lunarMonth">The lunar month, 1–12.</param>
    /// <param name="lunarDay">The lunar day, 1–30.</param>
    /// <param name="source">The instrument and article.</param>
    /// <param name="effectiveFrom">The first date the rule applies to.</param>
    /// <param name="effectiveTo">The last date it applies to, or null while in force.</param>
    /// <param name="isOptional">Whether the holiday is off only when a host enables it.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty, or the effective range ends before it starts.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lunarMonth"/> or <paramref name="lunarDay"/> is out of range.</exception>
    public static StatutoryHolidayRule Lunar(string id, LocalizedText name, int lunarMonth, int lunarDay, RuleCitation source, LocalDate effectiveFrom, LocalDate? effectiveTo = null, bool isOptional = false)
    {
        RequireMonthDay(lunarMonth, lunarDay, 30, nameof(lunarMonth), nameof(lunarDay));
        return new(id, name, StatutoryHolidayRuleKind.Lunar, (lunarMonth, lunarDay, 1), false, isOptional, (effectiveFrom, effectiveTo), source);
    }

    /// <summary>
    /// Tết Nguyên đán (<i>Tết Nguyên đán</i>): <paramref name="days"/> days around lunar 1/1, placed by the documented
    /// heuristic (Labour Code: 4 days before 2013-05-01, 5 since).
    /// </summary>
    /// <param name="id">Stable identifier shared by the successive versions of the holiday, e.g. <c>lunar-new-year</c>.</param>
    /// <param name="name">The holiday's name.</param>
    /// <param name="days">How many days off, 1–10.</param>
    /// <param name="source">The instrument and article.</param>
    /// <param name="effectiveFrom">The first date the rule applies to.</param>
    /// <param name="effectiveTo">The last date it applies to, or null while in force.</param>
    /// <param name="isOptional">Whether the holiday is off only when a host enables it (a working calendar refuses to enable an optional Tết).</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is empty, or the effective range ends before it starts.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is out of range.</exception>
    public static StatutoryHolidayRule LunarNewYear(string id, LocalizedText name, int days, RuleCitation source, LocalDate effectiveFrom, LocalDate? effectiveTo = null, bool isOptional = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(days, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(days, 10);
        return new(id, name, StatutoryHolidayRuleKind.LunarNewYear, (1, 1, days), false, isOptional, (effectiveFrom, effectiveTo), source);
    }

    private static void RequireMonthDay(int month, int day, int lastDay, string monthName, string dayName)
    {
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(monthName, month, $"A holiday's month is 1–12, not {month}.");
        }

        if (day < 1 || day > lastDay)
        {
            throw new ArgumentOutOfRangeException(dayName, day, $"A holiday's day is 1–{lastDay}, not {day}.");
        }
    }

    /// <summary>Stable identifier shared by the successive versions of a holiday, e.g. <c>lunar-new-year</c>.</summary>
    public string Id { get; }

    /// <summary>The holiday's name.</summary>
    public LocalizedText Name { get; }

    /// <summary>How the date is found: the factory that made the rule.</summary>
    internal StatutoryHolidayRuleKind Kind { get; }

    /// <summary>
    /// Whether <see cref="Month"/> and <see cref="Day"/> are a lunar date (<i>âm lịch</i>): true for a <see cref="Lunar"/>
    /// holiday and for Tết (<see cref="IsLunarNewYear"/>), false for a <see cref="Fixed"/> one.
    /// </summary>
    public bool IsLunar => Kind != StatutoryHolidayRuleKind.Fixed;

    /// <summary>Whether the rule is Tết Nguyên đán (<see cref="LunarNewYear"/>): <see cref="Days"/> days around lunar 1/1.</summary>
    public bool IsLunarNewYear => Kind == StatutoryHolidayRuleKind.LunarNewYear;

    /// <summary>The month (Gregorian for a <see cref="Fixed"/> holiday, lunar when <see cref="IsLunar"/>); 1 for Tết.</summary>
    public int Month { get; }

    /// <summary>The day of the month (Gregorian or lunar as for <see cref="Month"/>); 1 for Tết.</summary>
    public int Day { get; }

    /// <summary>The number of days (Tết: 4 before 2013-05-01, 5 since); 1 otherwise.</summary>
    public int Days { get; }

    /// <summary>Whether one adjacent day is added, chosen yearly (National Day since 2021: 1/9 or 3/9); only a <see cref="Fixed"/> holiday has one.</summary>
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
