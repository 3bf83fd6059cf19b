using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Rules;

namespace KiemTra.Sdk;

/// <summary>
/// What <see cref="KiemTraServiceCollectionExtensions.AddKiemTraSdk"/> builds the SDK's services from
/// (<i>tùy chọn cấu hình SDK</i>): host holiday schedules, rule sets and indicator catalogues added to the built-in
/// data, the optional 24/11 day off, the time zone and the due-soon window.
/// </summary>
/// <remarks>
/// <para>Host schedules override the built-in ones year by year (the first added wins among host documents); host rule
/// sets are added to <see cref="RuleBook.BuiltIn"/>, a set with an existing id replacing it; host indicator catalogues
/// are appended to <see cref="IndicatorCatalog.BuiltIn"/> in the order added (a code already in the catalogue is an
/// error unless <see cref="ReplaceExistingIndicators"/> is set).</para>
/// <para><b>When errors surface.</b> Cheap checks (the time zone id exists, every file exists, the window) run as
/// options validation: on the first access of <c>IOptions&lt;KiemTraSdkOptions&gt;.Value</c> and, in a generic host, at
/// start-up (<c>ValidateOnStart</c> is registered), failing with <c>OptionsValidationException</c>. The documents are
/// read once, at host start-up (a second start-up validation reads them) or, without a host, when the first SDK
/// service is resolved. At start-up a bad document fails the start with an <c>OptionsValidationException</c> whose
/// message names the option list and index, the document (file name and path) and the core's message (JSON path and
/// value). On a direct resolve it fails with the core's typed exception naming the document and the entry:
/// <see cref="Diagnostics.DataFormatException"/> (document, JSON pointer, line, value and a stable code); a catalogue
/// repeating a code already loaded is an <see cref="ArgumentException"/> naming the code and the document.</para>
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
    /// Redundant since 24 November (Ngày Văn hóa Việt Nam) became a statutory holiday from 2026 (Nghị quyết
    /// 28/2026/QH16, cited unverified): it is a day off whatever this is set to, and every day it affects is flagged
    /// provisional. Kept so that existing hosts still start.
    /// </summary>
    public bool EnableVietnameseCultureDay { get; set; }

    /// <summary>How early a pending deadline counts as due soon for the registered <see cref="DeadlineMonitor"/> (default 3 working days; null: never).</summary>
    public RuleDuration? DueSoonWindow { get; set; } = RuleDuration.Of(3, RuleDurationUnit.WorkingDays);

    /// <summary>Host holiday-schedule documents (format <c>kiemtra.holiday-schedules/1</c>), in priority order.</summary>
    public IList<KiemTraDataInput> HolidayScheduleDocuments { get; } = new List<KiemTraDataInput>();

    /// <summary>Host holiday-schedule sources already in memory, in priority order, after <see cref="HolidayScheduleDocuments"/>.</summary>
    public IList<IHolidayScheduleSource> HolidayScheduleSources { get; } = new List<IHolidayScheduleSource>();

    /// <summary>Host rule-set documents (one rule set per document, see <see cref="Serialization.SystemTextJson.RuleSetJson"/>).</summary>
    public IList<KiemTraDataInput> RuleSetDocuments { get; } = new List<KiemTraDataInput>();

    /// <summary>Host rule sets already in memory, added after <see cref="RuleSetDocuments"/>.</summary>
    public IList<RuleSet> RuleSets { get; } = new List<RuleSet>();

    /// <summary>Host indicator-catalogue documents (format in <see cref="IndicatorCatalog"/>'s remarks), appended to the built-in catalogue in order.</summary>
    public IList<KiemTraDataInput> IndicatorCatalogDocuments { get; } = new List<KiemTraDataInput>();

    /// <summary>Host indicator catalogues already in memory, appended after <see cref="IndicatorCatalogDocuments"/>.</summary>
    public IList<IndicatorCatalog> IndicatorCatalogs { get; } = new List<IndicatorCatalog>();

    /// <summary>
    /// Host measures (<see cref="IIndicatorMeasure"/>) added to <see cref="IndicatorMeasureSet.BuiltIn"/>: host
    /// catalogues may name them, and the registered <see cref="IndicatorMeasureSet"/> evaluates with them.
    /// </summary>
    public IList<IIndicatorMeasure> IndicatorMeasures { get; } = new List<IIndicatorMeasure>();

    /// <summary>
    /// Whether a host indicator whose code is already in the catalogue replaces it in place (default false: a repeated
    /// code is an error, so a province cannot silently change a national target).
    /// </summary>
    public bool ReplaceExistingIndicators { get; set; }

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

    /// <summary>Adds an indicator-catalogue file.</summary>
    /// <param name="path">The JSON file.</param>
    /// <returns>These options, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is empty.</exception>
    public KiemTraSdkOptions AddIndicatorCatalogFile(string path)
    {
        IndicatorCatalogDocuments.Add(KiemTraDataInput.FromFile(path));
        return this;
    }

    /// <summary>Adds an indicator-catalogue stream.</summary>
    /// <param name="name">The name used in error messages.</param>
    /// <param name="open">Opens the stream (called once; disposed after reading).</param>
    /// <returns>These options, for chaining.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="open"/> is null.</exception>
    public KiemTraSdkOptions AddIndicatorCatalog(string name, Func<Stream> open)
    {
        IndicatorCatalogDocuments.Add(KiemTraDataInput.FromStream(name, open));
        return this;
    }
}
