using System.Globalization;
using NodaTime;

namespace KiemTra.Sdk.Calendar;

/// <summary>
/// The Vietnamese lunisolar calendar (<i>âm lịch Việt Nam</i>): the Chinese calendar's rules with new
/// moons and solar terms dated at UTC+7 (105°E), as used in Vietnam for Tết Nguyên đán and
/// Giỗ Tổ Hùng Vương.
/// </summary>
/// <remarks>
/// <para>A month starts on the day (at UTC+7) containing a new moon; month 11 contains the winter
/// solstice; when 13 months separate two month-11 starts, the first month after month 11 without a
/// principal solar term is a leap month. .NET's <see cref="ChineseLunisolarCalendar"/> applies the same
/// rules at UTC+8 and so differs in some years: Tết 1985 is 1985-01-21 in Vietnam (China: 02-20),
/// Tết 2007 is 2007-02-17 (China: 02-18).</para>
/// <para>The months of lunar years <see cref="MinYear"/>–<see cref="MaxYear"/> are computed once, on first
/// use (Meeus' algorithms; new moons near midnight recomputed from the lunar theory ELP/MPP02 and VSOP87); conversions
/// then read the table (a binary search at most), allocate nothing and are safe from any thread. Months whose first day
/// depends on seconds or on the future ΔT are reported by <see cref="IsMonthStartUncertain"/>. See
/// <c>docs/lunar-calendar.md</c>.</para>
/// </remarks>
public sealed class VietnameseLunarCalendar
{
    private const int SupportedMinYear = 1900;
    private const int SupportedMaxYear = 2199;

    private readonly Lazy<LunarMonthTable> table;

    private VietnameseLunarCalendar(int minYear, int maxYear, Offset utcOffset)
    {
        MinYear = minYear;
        MaxYear = maxYear;
        UtcOffset = utcOffset;
        table = new Lazy<LunarMonthTable>(
            () => LunarMonthTable.Build(minYear, maxYear, utcOffset.Seconds / 3600.0),
            LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>The calendar at UTC+7 for lunar years 1900–2199 (immutable and thread-safe).</summary>
    public static VietnameseLunarCalendar Default { get; } = new(SupportedMinYear, SupportedMaxYear, Offset.FromHours(7));

    /// <summary>The first supported lunar year (1900).</summary>
    public int MinYear { get; }

    /// <summary>The last supported lunar year (2199).</summary>
    public int MaxYear { get; }

    /// <summary>The clock on which new moons and solar terms are dated: UTC+7, Vietnam's standard time.</summary>
    public Offset UtcOffset { get; }

    /// <summary>The first supported Gregorian date: lunar 1/1 of <see cref="MinYear"/> (1900-01-31).</summary>
    public LocalDate MinDate => JulianDayNumber.ToDate(Table.FirstDay);

    /// <summary>The last supported Gregorian date: the last day of lunar year <see cref="MaxYear"/>.</summary>
    public LocalDate MaxDate => JulianDayNumber.ToDate(Table.LastDay);

    private LunarMonthTable Table => table.Value;

    /// <summary>The Gregorian date of a lunar date.</summary>
    /// <param name="date">A lunar date from <see cref="LunarDate.Create"/> or <see cref="FromLocalDate"/>.</param>
    /// <returns>The Gregorian (ISO) date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date does not exist in this calendar (for example
    /// <c>default(LunarDate)</c>, year 0).</exception>
    /// <example><c>ToLocalDate(LunarDate.Create(2026, 3, 10))</c> is 2026-04-26 (Hùng Kings' day).</example>
    public LocalDate ToLocalDate(LunarDate date)
    {
        var index = Validate(date.Year, date.Month, date.Day, date.IsLeapMonth, nameof(date));
        return JulianDayNumber.ToDate(Table.MonthStart(index) + date.Day - 1);
    }

    /// <summary>The lunar date of a Gregorian date.</summary>
    /// <param name="date">A date between <see cref="MinDate"/> and <see cref="MaxDate"/>; its calendar system
    /// must be ISO.</param>
    /// <returns>The lunar date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date is outside the supported range; the message
    /// names the date and the range.</exception>
    /// <exception cref="ArgumentException">The date is not in the ISO calendar.</exception>
    /// <example><c>FromLocalDate(new LocalDate(2026, 2, 17))</c> is 1/1/2026.</example>
    public LunarDate FromLocalDate(LocalDate date)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException($"ngày phải theo lịch ISO (dương lịch) / the date must be in the ISO calendar, not {date.Calendar.Id}", nameof(date));
        }

        var t = Table;
        var jdn = JulianDayNumber.FromDate(date);
        if (jdn < t.FirstDay || jdn > t.LastDay)
        {
            var range = string.Create(CultureInfo.InvariantCulture, $"{MinDate:uuuu-MM-dd}..{MaxDate:uuuu-MM-dd}");
            throw new ArgumentOutOfRangeException(
                nameof(date),
                date,
                string.Create(CultureInfo.InvariantCulture, $"ngày {date:uuuu-MM-dd} nằm ngoài phạm vi âm lịch hỗ trợ {range} / date {date:uuuu-MM-dd} is outside the supported range {range}"));
        }

        var index = t.IndexContaining(jdn);
        return new LunarDate(t.MonthYear(index), t.MonthNumber(index), jdn - t.MonthStart(index) + 1, t.MonthIsLeap(index));
    }

    /// <summary>Tết Nguyên đán (Lunar New Year): the Gregorian date of lunar 1/1 of <paramref name="lunarYear"/>.</summary>
    /// <param name="lunarYear">A lunar year in <see cref="MinYear"/>–<see cref="MaxYear"/>.</param>
    /// <returns>The date of Tết.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the supported range.</exception>
    /// <example><c>NewYear(2026)</c> is 2026-02-17; <c>NewYear(1985)</c> is 1985-01-21 (China: 1985-02-20).</example>
    public LocalDate NewYear(int lunarYear)
    {
        CheckYear(lunarYear, nameof(lunarYear));
        return JulianDayNumber.ToDate(Table.MonthStart(Table.IndexOf(lunarYear, 1, false)));
    }

    /// <summary>Giỗ Tổ Hùng Vương (Hùng Kings' Commemoration): the Gregorian date of lunar 10/3 of
    /// <paramref name="lunarYear"/>.</summary>
    /// <param name="lunarYear">A lunar year in <see cref="MinYear"/>–<see cref="MaxYear"/>.</param>
    /// <returns>The date of the commemoration.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the supported range.</exception>
    /// <example><c>HungKingsDay(2026)</c> is 2026-04-26; <c>HungKingsDay(2009)</c> is 2009-04-04 (China: 04-05).</example>
    public LocalDate HungKingsDay(int lunarYear)
    {
        CheckYear(lunarYear, nameof(lunarYear));
        return JulianDayNumber.ToDate(Table.MonthStart(Table.IndexOf(lunarYear, 3, false)) + 9);
    }

    /// <summary>The number of the leap month of a lunar year, or <c>null</c> in a 12-month year.</summary>
    /// <param name="lunarYear">A lunar year in <see cref="MinYear"/>–<see cref="MaxYear"/>.</param>
    /// <returns>The month number the leap month repeats (1–12), or null.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the supported range.</exception>
    /// <example><c>GetLeapMonth(2025)</c> is 6; <c>GetLeapMonth(2026)</c> is null.</example>
    public int? GetLeapMonth(int lunarYear)
    {
        CheckYear(lunarYear, nameof(lunarYear));
        var leap = Table.LeapMonth(lunarYear);
        return leap == 0 ? null : leap;
    }

    /// <summary>The number of months of a lunar year: 12, or 13 with a leap month.</summary>
    /// <param name="lunarYear">A lunar year in <see cref="MinYear"/>–<see cref="MaxYear"/>.</param>
    /// <returns>12 or 13.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the supported range.</exception>
    public int GetMonthsInYear(int lunarYear)
    {
        CheckYear(lunarYear, nameof(lunarYear));
        return Table.MonthsInYear(lunarYear);
    }

    /// <summary>The number of days (29 or 30) of a lunar month.</summary>
    /// <param name="lunarYear">A lunar year in <see cref="MinYear"/>–<see cref="MaxYear"/>.</param>
    /// <param name="month">The month number, 1–12.</param>
    /// <param name="isLeapMonth">True for the leap month numbered <paramref name="month"/>.</param>
    /// <returns>29 or 30.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the supported range, the month is
    /// not 1–12 or the year has no such leap month.</exception>
    public int GetDaysInMonth(int lunarYear, int month, bool isLeapMonth = false)
    {
        var index = MonthIndex(lunarYear, month, isLeapMonth, nameof(lunarYear), nameof(month), nameof(isLeapMonth));
        return Table.MonthLength(index);
    }

    /// <summary>
    /// How far the new moon that begins a lunar month is from the nearest midnight at <see cref="UtcOffset"/>: the month's
    /// first day would move by one day if the computed new moon were off by more than this.
    /// </summary>
    /// <param name="lunarYear">A lunar year in <see cref="MinYear"/>–<see cref="MaxYear"/>.</param>
    /// <param name="month">The month number, 1–12.</param>
    /// <param name="isLeapMonth">True for the leap month numbered <paramref name="month"/>.</param>
    /// <returns>The margin, never negative; whole hours for most months, seconds for a few.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the supported range, the month is not 1–12 or
    /// the year has no such leap month.</exception>
    /// <example><c>GetMonthStartMargin(1967, 6)</c> is about 4 s: the new moon of July 1967 fell at 00:00:04 on 1967-07-08 (UTC+7).</example>
    public Duration GetMonthStartMargin(int lunarYear, int month, bool isLeapMonth = false)
    {
        var index = MonthIndex(lunarYear, month, isLeapMonth, nameof(lunarYear), nameof(month), nameof(isLeapMonth));
        return Duration.FromSeconds(Math.Abs(Table.MonthStartMarginSeconds(index)));
    }

    /// <summary>
    /// Whether the first day of a lunar month is uncertain: its new moon is nearer midnight than what the computation
    /// cannot rule out — the ephemeris tolerance (15 s), plus, after the last observed ΔT (2025), the spread between the
    /// chosen ΔT model and Espenak–Meeus 2006. Such a month may begin one day later or earlier in other published
    /// calendars, and its date may change once the Earth's rotation is observed. See <c>docs/lunar-calendar.md</c>.
    /// </summary>
    /// <param name="lunarYear">A lunar year in <see cref="MinYear"/>–<see cref="MaxYear"/>.</param>
    /// <param name="month">The month number, 1–12.</param>
    /// <param name="isLeapMonth">True for the leap month numbered <paramref name="month"/>.</param>
    /// <returns><c>true</c> when the month's first day may move by one day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The year is outside the supported range, the month is not 1–12 or
    /// the year has no such leap month.</exception>
    /// <example><c>IsMonthStartUncertain(2175, 1)</c> is <c>true</c> (Tết 2175); <c>IsMonthStartUncertain(2026, 1)</c> is <c>false</c>.</example>
    public bool IsMonthStartUncertain(int lunarYear, int month, bool isLeapMonth = false)
    {
        var index = MonthIndex(lunarYear, month, isLeapMonth, nameof(lunarYear), nameof(month), nameof(isLeapMonth));
        return Table.MonthStartIsUncertain(index);
    }

    /// <summary>Checks a lunar date exists; used by <see cref="LunarDate.Create"/>.</summary>
    internal void Validate(int year, int month, int day, bool isLeapMonth)
        => Validate(year, month, day, isLeapMonth, parameterName: null);

    private int Validate(int year, int month, int day, bool isLeapMonth, string? parameterName)
    {
        var index = MonthIndex(year, month, isLeapMonth, parameterName ?? nameof(year), parameterName ?? nameof(month), parameterName ?? "isLeapMonth");
        var length = Table.MonthLength(index);
        if (day < 1 || day > length)
        {
            var monthVi = isLeapMonth ? $"tháng {month} nhuận" : $"tháng {month}";
            var monthEn = isLeapMonth ? $"leap month {month}" : $"month {month}";
            throw new ArgumentOutOfRangeException(
                parameterName ?? nameof(day),
                day,
                string.Create(CultureInfo.InvariantCulture, $"ngày {day} không có trong {monthVi} âm lịch năm {year} ({length} ngày) / day {day} does not exist in lunar {monthEn} of {year} ({length} days)"));
        }

        return index;
    }

    private int MonthIndex(int year, int month, bool isLeapMonth, string yearParameter, string monthParameter, string leapParameter)
    {
        CheckYear(year, yearParameter);
        if (month is < 1 or > 12)
        {
            throw new ArgumentOutOfRangeException(
                monthParameter,
                month,
                string.Create(CultureInfo.InvariantCulture, $"tháng {month} không hợp lệ, phải từ 1 đến 12 / month {month} is not valid, it must be 1–12"));
        }

        var index = Table.IndexOf(year, month, isLeapMonth);
        if (index < 0)
        {
            var leap = Table.LeapMonth(year);
            var actualVi = leap == 0 ? "năm này không có tháng nhuận" : $"tháng nhuận là tháng {leap}";
            var actualEn = leap == 0 ? "the year has no leap month" : $"its leap month is {leap}";
            throw new ArgumentOutOfRangeException(
                leapParameter,
                isLeapMonth,
                string.Create(CultureInfo.InvariantCulture, $"năm âm lịch {year} không có tháng {month} nhuận ({actualVi}) / lunar year {year} has no leap month {month} ({actualEn})"));
        }

        return index;
    }

    private void CheckYear(int year, string parameterName)
    {
        if (year < MinYear || year > MaxYear)
        {
            throw new ArgumentOutOfRangeException(
                parameterName,
                year,
                string.Create(CultureInfo.InvariantCulture, $"năm âm lịch {year} nằm ngoài phạm vi hỗ trợ {MinYear}–{MaxYear} / lunar year {year} is outside the supported range {MinYear}–{MaxYear}"));
        }
    }
}
