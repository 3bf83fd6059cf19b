namespace KiemTra.Sdk.Discipline;

/// <summary>Bilingual names of the discipline vocabulary (display text, not rules).</summary>
internal static class DisciplineNames
{
    /// <summary>The name of a form, e.g. "Khiển trách (Reprimand)".</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined form.</exception>
    public static LocalizedText Of(DisciplineForm form) => Terms.Of(form);

    /// <summary>The name of a subject kind, e.g. "đảng viên chính thức (full member)".</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined subject kind.</exception>
    public static LocalizedText Of(DisciplineSubjectKind kind) => kind switch
    {
        DisciplineSubjectKind.Organization => LocalizedText.Of("tổ chức đảng", "party organisation"),
        DisciplineSubjectKind.FullMember => LocalizedText.Of("đảng viên chính thức", "full member"),
        DisciplineSubjectKind.ProbationaryMember => LocalizedText.Of("đảng viên dự bị", "probationary member"),
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Not a defined discipline subject kind."),
    };

    /// <summary>The name of a restricted action, e.g. "bổ nhiệm (appointment)".</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined action.</exception>
    public static LocalizedText Of(RestrictedAction action) => action switch
    {
        RestrictedAction.Transfer => LocalizedText.Of("điều động", "transfer"),
        RestrictedAction.Appointment => LocalizedText.Of("bổ nhiệm", "appointment"),
        RestrictedAction.Promotion => LocalizedText.Of("đề bạt", "promotion"),
        RestrictedAction.Honors => LocalizedText.Of("khen thưởng", "honours"),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Not a defined restricted action."),
    };
}
