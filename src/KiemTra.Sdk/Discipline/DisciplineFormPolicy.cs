using NodaTime;
using KiemTra.Sdk.Rules;

namespace KiemTra.Sdk.Discipline;

/// <summary>
/// Which disciplinary forms apply to which subjects (<i>quy định về hình thức kỷ luật</i>): one scale of forms, lightest
/// to heaviest, per subject kind, and the forms that need the member to hold a post.
/// Built from rule-set values so that a new regulation changes data, not code.
/// </summary>
/// <example>
/// Under the Party Charter (2011) Art. 35 and QĐ 69-QĐ/TW: organisation reprimand &lt; warning &lt; dissolution;
/// full member reprimand &lt; warning &lt; removal from post &lt; expulsion; probationary member reprimand &lt; warning;
/// removal from post only for a member holding a post.
/// </example>
internal sealed class DisciplineFormPolicy
{
    private readonly Dictionary<DisciplineSubjectKind, DisciplineFormScale> _scales;
    private readonly HashSet<DisciplineForm> _requiringPost;

    private DisciplineFormPolicy(Dictionary<DisciplineSubjectKind, DisciplineFormScale> scales, HashSet<DisciplineForm> requiringPost, RuleCitation rule)
    {
        _scales = scales;
        _requiringPost = requiringPost;
        Rule = rule;
    }

    /// <summary>The rule the scales come from.</summary>
    public RuleCitation Rule { get; }

    /// <summary>Forms that apply only to a member holding a post.</summary>
    public IReadOnlyCollection<DisciplineForm> FormsRequiringPost => _requiringPost;

    /// <summary>Creates a policy.</summary>
    /// <param name="scales">Exactly one scale for each subject kind.</param>
    /// <param name="formsRequiringPost">Forms that need the member to hold a post (removal from post).</param>
    /// <param name="rule">The rule the scales come from.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A subject kind has no scale or more than one.</exception>
    internal static DisciplineFormPolicy Create(IEnumerable<DisciplineFormScale> scales, IEnumerable<DisciplineForm> formsRequiringPost, RuleCitation rule)
    {
        ArgumentNullException.ThrowIfNull(scales);
        ArgumentNullException.ThrowIfNull(formsRequiringPost);
        ArgumentNullException.ThrowIfNull(rule);
        var byKind = new Dictionary<DisciplineSubjectKind, DisciplineFormScale>();
        foreach (var scale in scales)
        {
            ArgumentNullException.ThrowIfNull(scale, nameof(scales));
            if (!byKind.TryAdd(scale.Kind, scale))
            {
                throw new ArgumentException($"More than one scale for {scale.Kind}.", nameof(scales));
            }
        }

        foreach (var kind in Enum.GetValues<DisciplineSubjectKind>())
        {
            if (!byKind.ContainsKey(kind))
            {
                throw new ArgumentException($"No scale of forms for {kind}.", nameof(scales));
            }
        }

        return new DisciplineFormPolicy(byKind, formsRequiringPost.ToHashSet(), rule);
    }

    /// <summary>Builds the policy from the rules in force on a date (<c>discipline.forms.*</c>).</summary>
    /// <param name="rules">The rule book.</param>
    /// <param name="asOf">The date of the fact judged (the violation).</param>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="RuleNotFoundException">A rule is missing on that date.</exception>
    /// <exception cref="FormatException">A rule value is not a list of known form codes.</exception>
    public static DisciplineFormPolicy FromRules(RuleBook rules, LocalDate asOf)
    {
        var reader = new DisciplineRuleReader(rules, asOf);
        var scales = new[]
        {
            DisciplineFormScale.Create(DisciplineSubjectKind.Organization, reader.Forms("discipline.forms.organization")),
            DisciplineFormScale.Create(DisciplineSubjectKind.FullMember, reader.Forms("discipline.forms.full-member")),
            DisciplineFormScale.Create(DisciplineSubjectKind.ProbationaryMember, reader.Forms("discipline.forms.probationary-member")),
        };
        var requiringPost = reader.Boolean("discipline.forms.removal-from-post.requires-post") ? new[] { DisciplineForm.RemovalFromPost } : [];
        return Create(scales, requiringPost, reader.Citation());
    }

    /// <summary>The scale for a subject kind.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The kind is not defined.</exception>
    internal DisciplineFormScale ScaleFor(DisciplineSubjectKind kind) =>
        _scales.TryGetValue(kind, out var scale) ? scale : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined discipline subject kind.");

    /// <summary>The forms that may be applied to this subject, lightest first (removal from post left out for a member without a post).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is null.</exception>
    public IReadOnlyList<DisciplineForm> ApplicableForms(DisciplineSubject subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return ScaleFor(subject.Kind).LightestFirst.Where(f => Check(subject, f).Holds).ToArray();
    }

    /// <summary>Checks whether a form applies to a subject and says why.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is null.</exception>
    public Ruling Check(DisciplineSubject subject, DisciplineForm form)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var scale = ScaleFor(subject.Kind);
        var formName = Enum.IsDefined(form) ? DisciplineNames.Of(form) : LocalizedText.Of($"hình thức {(int)form}", $"form {(int)form}");
        var kindName = DisciplineNames.Of(subject.Kind);
        if (!scale.Contains(form))
        {
            var allowed = string.Join(", ", scale.LightestFirst.Select(f => DisciplineNames.Of(f).Vietnamese));
            var allowedEn = string.Join(", ", scale.LightestFirst.Select(f => DisciplineNames.Of(f).English));
            return Ruling.No(LocalizedText.Of(
                $"Hình thức {formName.Vietnamese} không áp dụng đối với {kindName.Vietnamese} {subject.Id}; chỉ áp dụng: {allowed}.",
                $"{formName.English} does not apply to a {kindName.English} ({subject.Id}); the forms are: {allowedEn}."), Rule);
        }

        if (_requiringPost.Contains(form) && !subject.HoldsPost)
        {
            return Ruling.No(LocalizedText.Of(
                $"Hình thức {formName.Vietnamese} chỉ áp dụng đối với đảng viên giữ chức vụ; {subject.Id} không giữ chức vụ.",
                $"{formName.English} applies only to a member holding a post; {subject.Id} holds no post."), Rule);
        }

        return Ruling.Yes(LocalizedText.Of(
            $"Hình thức {formName.Vietnamese} áp dụng được đối với {kindName.Vietnamese} {subject.Id} (bậc {scale.Rank(form)}/{scale.LightestFirst.Count}).",
            $"{formName.English} applies to a {kindName.English} ({subject.Id}) (level {scale.Rank(form)} of {scale.LightestFirst.Count})."), Rule);
    }

    /// <summary>Checks a form and throws when it does not apply.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="subject"/> is null.</exception>
    /// <param name="subject">The subject.</param>
    /// <param name="form">The form.</param>
    /// <param name="paramName">The caller's argument that carried the form.</param>
    /// <exception cref="ArgumentException">The form does not apply; the message gives the reason in Vietnamese and English and the rule.</exception>
    public void Require(DisciplineSubject subject, DisciplineForm form, string paramName)
    {
        var check = Check(subject, form);
        if (!check.Holds)
        {
            throw new ArgumentException($"{check.Reason.Vietnamese} / {check.Reason.English} [{check.Rules[0]}]", paramName);
        }
    }
}
