using KiemTra.Sdk.Rules;

namespace KiemTra.Sdk.Discipline;

/// <summary>
/// Whether a disciplinary form may be applied to a subject (<i>hình thức kỷ luật có áp dụng được không</i>),
/// with the reason and the rule applied.
/// </summary>
public sealed record FormApplicability
{
    internal FormApplicability(DisciplineSubject subject, DisciplineForm form, bool isApplicable, LocalizedText reason, RuleCitation rule)
    {
        Subject = subject;
        Form = form;
        IsApplicable = isApplicable;
        Reason = reason;
        Rule = rule;
    }

    /// <summary>The subject considered.</summary>
    public DisciplineSubject Subject { get; }

    /// <summary>The form considered.</summary>
    public DisciplineForm Form { get; }

    /// <summary>Whether the form applies.</summary>
    public bool IsApplicable { get; }

    /// <summary>Why it does or does not apply.</summary>
    public LocalizedText Reason { get; }

    /// <summary>The rule applied.</summary>
    public RuleCitation Rule { get; }
}
