using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Rules;

namespace KiemTra.Sdk;

/// <summary>
/// What <see cref="KiemTraServiceCollectionExtensions.AddKiemTraSdk"/> builds the SDK's services from
/// (<i>tùy chọn cấu hình SDK</i>): host holiday schedules and rule sets added to the built-in data, the optional
/// 24/11 day off, the time zone and the due-soon window.
/// </summary>
/// <remarks>
/// <para>Host schedules override the built-in ones year by year (the first added wins among host documents); host rule
/// sets are added to <see cref="RuleBook.BuiltIn"/>, a set with an existing id replacing it.</para>
/// <para><b>When errors surface.</b> Cheap checks (the time zone id exists, every file exists, the window) run as
/// options validation: on the first access of <c>IOptions&lt;KiemTraSdkOptions&gt;.Value</c> and, in a generic host, at
/// start-up (<c>ValidateOnStart</c> is registered), failing with <c>OptionsValidationException</c>. The documents are
/// read when the first SDK service is resolved; a bad document fails there with the core's typed exception naming the
/// document and the entry: <see cref="HolidayScheduleFormatException"/> (document, JSON path, value) or
/// <see cref="RuleSetFormatException"/> (source, JSON pointer, line). A host that wants those at start-up resolves
/// <see cref="WorkingCalendar"/> and <see cref="RuleBook"/> once while starting.</para>
/// </remarks>
public sealed class KiemTraSdkOptions
{
    /// <summary>The id of the optional holiday enabled by <see cref="EnableVietnameseCultureDay"/>.</summary>
    public const string VietnameseCultureDayId = "vietnamese-culture-day";

    /// <summary>The default time zone id, Vietnam's.</summary>
    public const string DefaultTimeZoneId = "Asia/Ho_Chi_Minh";

    /// <summary>The TZDB id of the zone that decides what "today" is (default <c>Asia/Ho_Chi_Minh</c>).</summary>
    public string TimeZoneId { get; set; } = DefaultTimeZoneId;

    /// <summary>
    /// Whether 24 November (Vietnamese Culture Day, a proposal not enacted: unverified) is a day off from 2026
    /// (default false). Every day it affects is flagged provisional.
    /// </summary>
    public bool EnableVietnameseCultureDay { get; set; }

    /// <summary>How early a pending deadline counts as due soon for the registered <see cref="DeadlineMonitor"/> (default 3 working days).</summary>
    public DueSoonWindow DueSoonWindow { get; set; } = DueSoonWindow.WorkingDays(3);

    /// <summary>Host holiday-schedule documents (format <c>kiemtra.holiday-schedules/1</c>), in priority order.</summary>
    public IList<KiemTraDataInput> HolidayScheduleDocuments { get; } = new List<KiemTraDataInput>();

    /// <summary>Host holiday-schedule sources already in memory, in priority order, after <see cref="HolidayScheduleDocuments"/>.</summary>
    public IList<IHolidayScheduleSource> HolidayScheduleSources { get; } = new List<IHolidayScheduleSource>();

    /// <summary>Host rule-set documents (one rule set per document, see <see cref="RuleSetJson"/>).</summary>
    public IList<KiemTraDataInput> RuleSetDocuments { get; } = new List<KiemTraDataInput>();

    /// <summary>Host rule sets already in memory, added after <see cref="RuleSetDocuments"/>.</summary>
    public IList<RuleSet> RuleSets { get; } = new List<RuleSet>();

    /// <summary>Adds a holiday-schedule file.</summary>
    /// <param name="path">The JSON file.</param>
    /// <returns>These options, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public KiemTraSdkOptions AddHolidayScheduleFile(string path)
    {
        HolidayScheduleDocuments.Add(KiemTraDataInput.FromFile(path));
        return this;
    }

    /// <summary>Adds a holiday-schedule stream.</summary>
    /// <param name="name">The name used in error messages.</param>
    /// <param name="open">Opens the stream (called once; disposed after reading).</param>
    /// <returns>These options, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="open"/> is null.</exception>
    public KiemTraSdkOptions AddHolidaySchedules(string name, Func<Stream> open)
    {
        HolidayScheduleDocuments.Add(KiemTraDataInput.FromStream(name, open));
        return this;
    }

    /// <summary>Adds a rule-set file.</summary>
    /// <param name="path">The JSON file.</param>
    /// <returns>These options, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public KiemTraSdkOptions AddRuleSetFile(string path)
    {
        RuleSetDocuments.Add(KiemTraDataInput.FromFile(path));
        return this;
    }

    /// <summary>Adds a rule-set stream.</summary>
    /// <param name="name">The name used in error messages.</param>
    /// <param name="open">Opens the stream (called once; disposed after reading).</param>
    /// <returns>These options, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="open"/> is null.</exception>
    public KiemTraSdkOptions AddRuleSet(string name, Func<Stream> open)
    {
        RuleSetDocuments.Add(KiemTraDataInput.FromStream(name, open));
        return this;
    }
}
