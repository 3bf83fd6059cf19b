namespace KiemTra.Sdk.Discipline;

/// <summary>
/// A disciplinary form was given for a subject it does not apply to (<i>hình thức kỷ luật không áp dụng
/// cho đối tượng</i>): e.g. dissolution of a member, removal from post of a member without a post.
/// </summary>
public sealed class DisciplineFormNotApplicableException : ArgumentException
{
    /// <summary>Creates the exception from the failed check.</summary>
    /// <param name="applicability">The failed check; its reason becomes the message.</param>
    /// <param name="paramName">The argument that carried the form.</param>
    public DisciplineFormNotApplicableException(FormApplicability applicability, string? paramName)
        : base($"{applicability?.Reason.Vietnamese} / {applicability?.Reason.English} [{applicability?.Rule}]", paramName)
    {
        ArgumentNullException.ThrowIfNull(applicability);
        Applicability = applicability;
    }

    /// <summary>The failed check (subject, form, reason, rule).</summary>
    public FormApplicability Applicability { get; }
}
