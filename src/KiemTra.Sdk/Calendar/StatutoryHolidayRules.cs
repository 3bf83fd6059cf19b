using System.Collections.ObjectModel;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Calendar;

/// <summary>
/// The statutory holidays and the compensatory-day rule as effective-dated data (<i>quy định về nghỉ lễ, tết</i>),
/// used to compute a year that has no official schedule. Saturday and Sunday are weekly rest days of party and
/// state bodies (QĐ 188/1999/QĐ-TTg, <see cref="WeeklyRestSource"/>).
/// </summary>
/// <remarks>
/// The built-in data (<c>src/KiemTra.Sdk/Data/Calendar/statutory-holidays.json</c>, format
/// <c>kiemtra.statutory-holidays/1</c>) encodes Labour Code 1994 (Tết 4 days, National Day 1 day), 2012 (from
/// 2013-05-01: Tết 5 days) and 2019 Art. 112 (from 2021-01-01: National Day plus one adjacent day), the
/// compensatory day of Art. 111(3), and Ngày Văn hóa Việt Nam 24/11 from 2026 (Nghị quyết 28/2026/QH16, in force
/// 2026-07-01; cited from official press, the primary text not read: <c>"verified": false</c>, applied by default).
/// </remarks>
public sealed class StatutoryHolidayRules
{
    private const string BuiltInResource = "statutory-holidays.json";

    private static readonly Lazy<StatutoryHolidayRules> BuiltInRules = new(LoadBuiltIn, LazyThreadSafetyMode.ExecutionAndPublication);

    internal StatutoryHolidayRules(string versionId, IReadOnlyList<StatutoryHolidayRule> holidays, LocalDate weeklyRestFrom, RuleCitation weeklyRestSource, IReadOnlyList<(LocalDate From, LocalDate? To, RuleCitation Source)> compensation)
    {
        VersionId = versionId;
        Holidays = new ReadOnlyCollection<StatutoryHolidayRule>(holidays.ToArray());
        WeeklyRestSource = weeklyRestSource;
        this.compensation = compensation.ToArray();
        var tetFrom = holidays.Where(h => h.Kind == StatutoryHolidayRuleKind.LunarNewYear).Select(h => h.EffectiveFrom).DefaultIfEmpty(LocalDate.MaxIsoValue).Min();
        FirstCoveredDate = LocalDate.Max(tetFrom, weeklyRestFrom);
    }

    private readonly (LocalDate From, LocalDate? To, RuleCitation Source)[] compensation;

    /// <summary>The rules shipped with the SDK, loaded once on first use.</summary>
    public static StatutoryHolidayRules BuiltIn => BuiltInRules.Value;

    /// <summary>Identifies the data and its version.</summary>
    public string VersionId { get; }

    /// <summary>Every holiday rule, every version of each.</summary>
    public IReadOnlyList<StatutoryHolidayRule> Holidays { get; }

    /// <summary>The instrument that makes Saturday and Sunday weekly rest days (QĐ 188/1999/QĐ-TTg).</summary>
    public RuleCitation WeeklyRestSource { get; }

    /// <summary>
    /// The first date the rules cover: both Tết and the Saturday–Sunday weekly rest are defined from it (earlier years
    /// cannot be computed; the built-in rules start on 2000-01-01).
    /// </summary>
    public LocalDate FirstCoveredDate { get; }

    /// <summary>The ids of the optional holidays a host may enable.</summary>
    public IEnumerable<string> OptionalHolidayIds => Holidays.Where(h => h.IsOptional).Select(h => h.Id).Distinct();

    /// <summary>Reads statutory rules from a stream (format <c>kiemtra.statutory-holidays/1</c>).</summary>
    /// <param name="stream">UTF-8 JSON; not closed.</param>
    /// <param name="documentName">A name for the document used in error messages.</param>
    /// <returns>The rules.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="documentName"/> is empty.</exception>
    /// <exception cref="HolidayScheduleFormatException">The document is malformed or an entry is bad (unknown field, missing citation, bad date or range).</exception>
    public static StatutoryHolidayRules Load(Stream stream, string documentName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrWhiteSpace(documentName);
        return StatutoryHolidayRulesJsonReader.Read(stream, documentName);
    }

    /// <summary>The compensatory-day rule in force on <paramref name="date"/>, or null when none is.</summary>
    internal RuleCitation? CompensationOn(LocalDate date)
    {
        foreach (var (from, to, source) in compensation)
        {
            if (date >= from && (to is not { } end || date <= end))
            {
                return source;
            }
        }

        return null;
    }

    private static StatutoryHolidayRules LoadBuiltIn()
    {
        using var stream = EmbeddedCalendarData.Open(BuiltInResource);
        return Load(stream, "built-in statutory-holidays.json");
    }
}
