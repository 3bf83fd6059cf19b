using System.Globalization;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Discipline;

/// <summary>
/// Limitation periods for discipline (<i>thời hiệu xử lý kỷ luật</i>): for each form the period within which the
/// competent body must conclude, and the categories of violation to which no limitation applies. Built from
/// rule-set values (QĐ 69-QĐ/TW Art. 4: reprimand 5 years; warning and removal from post 10 years; none for
/// expulsion or dissolution, nor for internal political security, harm to defence, security or foreign affairs,
/// or use of illegal diplomas).
/// </summary>
/// <remarks>
/// The period is counted from the violation to the competent body's conclusion that the violation warrants
/// discipline. If a new violation happens while the period of the old one is still running, the period of the old
/// one is counted again from the new violation. Counting follows the Civil Code 2015 Art. 147–148: it starts the
/// day after the violation and a period of years ends at the end of the same calendar day in the last year, e.g. a
/// violation on 10/3/2020 with 5 years may still be concluded on 10/3/2025 but not on 11/3/2025. A 29 February
/// start ends on 28 February (NodaTime month-end clamping).
/// </remarks>
internal sealed class LimitationPolicy
{
    private readonly Dictionary<DisciplineForm, Period?> _periods;
    private readonly HashSet<ViolationCategory> _exempt;

    private LimitationPolicy(Dictionary<DisciplineForm, Period?> periods, HashSet<ViolationCategory> exempt, RuleCitation rule)
    {
        _periods = periods;
        _exempt = exempt;
        Rule = rule;
    }

    /// <summary>The rule the periods come from.</summary>
    public RuleCitation Rule { get; }

    /// <summary>The categories of violation to which no limitation applies.</summary>
    public IReadOnlyCollection<ViolationCategory> ExemptCategories => _exempt;

    /// <summary>Creates a policy.</summary>
    /// <param name="periodsByForm">For every defined form, its period, or null when the form has no limitation.</param>
    /// <param name="exemptCategories">Categories of violation with no limitation.</param>
    /// <param name="rule">The rule the values come from.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A form has no entry, or a period is zero or negative.</exception>
    public static LimitationPolicy Create(IReadOnlyDictionary<DisciplineForm, Period?> periodsByForm, IEnumerable<ViolationCategory> exemptCategories, RuleCitation rule)
    {
        ArgumentNullException.ThrowIfNull(periodsByForm);
        ArgumentNullException.ThrowIfNull(exemptCategories);
        ArgumentNullException.ThrowIfNull(rule);
        var periods = new Dictionary<DisciplineForm, Period?>();
        foreach (var form in Enum.GetValues<DisciplineForm>())
        {
            if (!periodsByForm.TryGetValue(form, out var period))
            {
                throw new ArgumentException($"No limitation entry for {form}; give a period or null for none.", nameof(periodsByForm));
            }

            if (period is not null)
            {
                var reference = new LocalDate(2000, 1, 1);
                if (reference.Plus(period) <= reference)
                {
                    throw new ArgumentException($"The limitation period for {form} must be positive, not {period}.", nameof(periodsByForm));
                }
            }

            periods[form] = period;
        }

        return new LimitationPolicy(periods, exemptCategories.ToHashSet(), rule);
    }

    /// <summary>Builds the policy from the rules in force on a date (<c>discipline.limitation.*</c>).</summary>
    /// <param name="rules">The rule book.</param>
    /// <param name="asOf">The date of the violation.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="RuleNotFoundException">A rule is missing on that date.</exception>
    /// <exception cref="FormatException">A rule value has an unknown code or a working-day unit.</exception>
    public static LimitationPolicy FromRules(RuleBook rules, LocalDate asOf)
    {
        var reader = new DisciplineRuleReader(rules, asOf);
        var periods = new Dictionary<DisciplineForm, Period?>
        {
            [DisciplineForm.Reprimand] = reader.CalendarPeriod("discipline.limitation.reprimand"),
            [DisciplineForm.Warning] = reader.CalendarPeriod("discipline.limitation.warning"),
            [DisciplineForm.RemovalFromPost] = reader.CalendarPeriod("discipline.limitation.removal-from-post"),
        };
        foreach (var form in reader.Forms("discipline.limitation.none.forms"))
        {
            periods[form] = null;
        }

        var exempt = reader.Codes("discipline.limitation.none.violations")
            .Select(c => DisciplineRuleReader.ParseCode("discipline.limitation.none.violations", c, ParseCategory)).ToArray();
        return Create(periods, exempt, reader.Citation());
    }

    /// <summary>Parses a violation category code (<c>internal-political-security</c>, <c>defence-security-foreign-affairs</c>, <c>illegal-diplomas</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="code"/> is null.</exception>
    /// <exception cref="FormatException">The code is unknown.</exception>
    public static ViolationCategory ParseCategory(string code) => code switch
    {
        null => throw new ArgumentNullException(nameof(code)),
        "internal-political-security" => ViolationCategory.InternalPoliticalSecurity,
        "defence-security-foreign-affairs" => ViolationCategory.DefenseSecurityOrForeignAffairs,
        "illegal-diplomas" => ViolationCategory.IllegalDiploma,
        _ => throw new FormatException($"'{code}' is not a violation category code."),
    };

    /// <summary>The period of a form, or null when the form has no limitation.</summary>
    public Period? PeriodFor(DisciplineForm form) =>
        _periods.TryGetValue(form, out var period) ? period : throw new ArgumentOutOfRangeException(nameof(form), form, "Not a defined discipline form.");

    /// <summary>Checks whether a violation may still be disciplined with a form.</summary>
    /// <param name="form">The form the violation is considered for.</param>
    /// <param name="violationDate">When the violation happened (for a continuing violation, when it ended).</param>
    /// <param name="conclusionDate">When the competent body concluded, or is expected to conclude.</param>
    /// <param name="laterViolations">Dates of new violations by the same subject; one inside the running period restarts it.</param>
    /// <param name="categories">Categories of the violation (to find exemptions).</param>
    /// <exception cref="ArgumentNullException">A collection is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The form is not defined.</exception>
    /// <exception cref="ArgumentException">The conclusion is before the violation.</exception>
    public LimitationAssessment Assess(DisciplineForm form, LocalDate violationDate, LocalDate conclusionDate, IEnumerable<LocalDate> laterViolations, IEnumerable<ViolationCategory> categories)
    {
        ArgumentNullException.ThrowIfNull(laterViolations);
        ArgumentNullException.ThrowIfNull(categories);
        var period = PeriodFor(form);
        if (conclusionDate < violationDate)
        {
            throw new ArgumentException($"The conclusion date {FormatEn(conclusionDate)} is before the violation date {FormatEn(violationDate)}.", nameof(conclusionDate));
        }

        var formName = DisciplineNames.Of(form);
        var trace = new List<LocalizedText>
        {
            LocalizedText.Of(
                $"Vi phạm ngày {Format(violationDate)}; kết luận ngày {Format(conclusionDate)}; hình thức xem xét: {formName.Vietnamese}.",
                $"Violation on {FormatEn(violationDate)}; conclusion on {FormatEn(conclusionDate)}; form considered: {formName.English}."),
        };

        var exemptions = categories.Where(_exempt.Contains).Distinct().ToList();
        if (exemptions.Count > 0)
        {
            var names = string.Join(", ", exemptions.Select(CategoryName));
            trace.Add(LocalizedText.Of(
                $"Không áp dụng thời hiệu đối với vi phạm thuộc loại: {names}.",
                $"No limitation applies to a violation of the category: {string.Join(", ", exemptions)}."));
            return new LimitationAssessment(form, LimitationOutcome.NoLimitation, violationDate, null, conclusionDate, trace, Rule);
        }

        if (period is null)
        {
            trace.Add(LocalizedText.Of(
                $"Không áp dụng thời hiệu đối với hình thức {formName.Vietnamese}.",
                $"No limitation applies to {formName.English}."));
            return new LimitationAssessment(form, LimitationOutcome.NoLimitation, violationDate, null, conclusionDate, trace, Rule);
        }

        var start = violationDate;
        var lastDay = start.Plus(period);
        trace.Add(LocalizedText.Of(
            $"Thời hiệu {Describe(period, vietnamese: true)} tính từ ngày vi phạm {Format(start)}: hết ngày {Format(lastDay)}.",
            $"Limitation of {Describe(period, vietnamese: false)} from the violation on {FormatEn(start)}: ends on {FormatEn(lastDay)}."));
        foreach (var later in laterViolations.Where(d => d > violationDate && d <= conclusionDate).Distinct().Order())
        {
            if (later > lastDay)
            {
                trace.Add(LocalizedText.Of(
                    $"Vi phạm mới ngày {Format(later)} xảy ra sau khi thời hiệu đã hết ({Format(lastDay)}): không tính lại.",
                    $"The new violation on {FormatEn(later)} came after the period had ended ({FormatEn(lastDay)}): no restart."));
                break;
            }

            start = later;
            lastDay = start.Plus(period);
            trace.Add(LocalizedText.Of(
                $"Vi phạm mới ngày {Format(later)} trong thời hiệu: tính lại thời hiệu từ ngày này, hết ngày {Format(lastDay)}.",
                $"A new violation on {FormatEn(later)} within the period restarts it from that day; it now ends on {FormatEn(lastDay)}."));
        }

        var within = conclusionDate <= lastDay;
        trace.Add(within
            ? LocalizedText.Of(
                $"Kết luận ngày {Format(conclusionDate)} còn trong thời hiệu (đến hết ngày {Format(lastDay)}): có thể xử lý kỷ luật bằng hình thức {formName.Vietnamese}.",
                $"The conclusion on {FormatEn(conclusionDate)} is within the period (until the end of {FormatEn(lastDay)}): {formName.English} may be imposed.")
            : LocalizedText.Of(
                $"Kết luận ngày {Format(conclusionDate)} sau khi hết thời hiệu (hết ngày {Format(lastDay)}): không xử lý kỷ luật bằng hình thức {formName.Vietnamese}.",
                $"The conclusion on {FormatEn(conclusionDate)} is after the period ended (end of {FormatEn(lastDay)}): {formName.English} may not be imposed."));
        return new LimitationAssessment(form, within ? LimitationOutcome.WithinPeriod : LimitationOutcome.Expired, start, lastDay, conclusionDate, trace, Rule);
    }

    internal static string Format(LocalDate date) => KiemTra.Sdk.Formatting.TextFormat.Date(date);

    internal static string FormatEn(LocalDate date) => KiemTra.Sdk.Formatting.TextFormat.IsoDate(date);

    internal static string Describe(Period period, bool vietnamese)
    {
        var parts = new List<string>();
        if (period.Years != 0)
        {
            parts.Add(vietnamese ? $"{period.Years} năm" : $"{period.Years} year{(period.Years == 1 ? "" : "s")}");
        }

        if (period.Months != 0)
        {
            parts.Add(vietnamese ? $"{period.Months} tháng" : $"{period.Months} month{(period.Months == 1 ? "" : "s")}");
        }

        if (period.Weeks != 0)
        {
            parts.Add(vietnamese ? $"{period.Weeks} tuần" : $"{period.Weeks} week{(period.Weeks == 1 ? "" : "s")}");
        }

        if (period.Days != 0)
        {
            parts.Add(vietnamese ? $"{period.Days} ngày" : $"{period.Days} day{(period.Days == 1 ? "" : "s")}");
        }

        return parts.Count == 0 ? period.ToString() : string.Join(" ", parts);
    }

    private static string CategoryName(ViolationCategory category) => category switch
    {
        ViolationCategory.InternalPoliticalSecurity => "chính trị nội bộ",
        ViolationCategory.DefenseSecurityOrForeignAffairs => "quốc phòng, an ninh, đối ngoại",
        ViolationCategory.IllegalDiploma => "sử dụng văn bằng, chứng chỉ không hợp pháp",
        _ => ((int)category).ToString(CultureInfo.InvariantCulture),
    };
}
