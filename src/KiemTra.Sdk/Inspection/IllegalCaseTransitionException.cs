namespace KiemTra.Sdk.Inspection;

/// <summary>
/// A step was attempted that the procedure does not allow in the case's current state (<i>bước không hợp lệ</i>),
/// e.g. announcing before the team is formed.
/// </summary>
public sealed class IllegalCaseTransitionException : InvalidOperationException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="caseId">The case.</param>
    /// <param name="state">Its current state.</param>
    /// <param name="attempted">The step attempted.</param>
    /// <param name="allowed">The steps allowed in that state.</param>
    /// <exception cref="ArgumentNullException"><paramref name="caseId"/> or <paramref name="allowed"/> is null.</exception>
    public IllegalCaseTransitionException(RecordId<OversightCase> caseId, CaseState state, CaseStep attempted, IReadOnlyList<CaseStep> allowed)
        : base(Describe(caseId, state, attempted, allowed))
    {
        CaseId = caseId;
        State = state;
        AttemptedStep = attempted;
        AllowedSteps = allowed;
    }

    /// <summary>The case.</summary>
    public RecordId<OversightCase> CaseId { get; }

    /// <summary>The state it was in.</summary>
    public CaseState State { get; }

    /// <summary>The step attempted.</summary>
    public CaseStep AttemptedStep { get; }

    /// <summary>The steps that were allowed.</summary>
    public IReadOnlyList<CaseStep> AllowedSteps { get; }

    // The guards run here because a base-constructor argument is evaluated before the constructor body.
    private static string Describe(RecordId<OversightCase> caseId, CaseState state, CaseStep attempted, IReadOnlyList<CaseStep> allowed)
    {
        caseId.Required(nameof(caseId));
        ArgumentNullException.ThrowIfNull(allowed);
        return $"Hồ sơ {caseId} đang ở trạng thái {state}: không thể thực hiện bước {attempted}. / Case {caseId} is in state {state}: step {attempted} is not allowed; allowed: {(allowed.Count == 0 ? "none" : string.Join(", ", allowed))}.";
    }
}
