using KiemTra.Sdk.Rules;

namespace KiemTra.Sdk.Diagnostics;

/// <summary>
/// One result of a check over data (<i>phát hiện</i>): a structural check of the hierarchy,
/// a plan validation, an early warning. Checks return findings; they never throw for data problems.
/// </summary>
public sealed record Finding
{
    private Finding(string code, FindingSeverity severity, string subjectId, LocalizedText message, RuleCitation? rule)
    {
        Code = code;
        Severity = severity;
        SubjectId = subjectId;
        Message = message;
        Rule = rule;
    }

    /// <summary>Stable code of the check, e.g. <c>ORG-CELL-MIN-MEMBERS</c>.</summary>
    public string Code { get; }

    /// <summary>How serious the finding is.</summary>
    public FindingSeverity Severity { get; }

    /// <summary>Identifier of the organisation, body, member, plan item or case the finding is about.</summary>
    public string SubjectId { get; }

    /// <summary>What was found, in Vietnamese and English, naming the values involved.</summary>
    public LocalizedText Message { get; }

    /// <summary>The rule the finding applies, or null for a purely technical check.</summary>
    public RuleCitation? Rule { get; }

    /// <summary>Creates a finding.</summary>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="subjectId"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="message"/> is null.</exception>
    public static Finding Create(string code, FindingSeverity severity, string subjectId, LocalizedText message, RuleCitation? rule = null)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            throw new ArgumentException("Finding code must not be empty.", nameof(code));
        }

        if (string.IsNullOrWhiteSpace(subjectId))
        {
            throw new ArgumentException("Finding subject id must not be empty.", nameof(subjectId));
        }

        ArgumentNullException.ThrowIfNull(message);
        return new Finding(code, severity, subjectId, message, rule);
    }

    /// <summary>Returns "[Severity] CODE subject: message".</summary>
    public override string ToString() => $"[{Severity}] {Code} {SubjectId}: {Message}";
}
