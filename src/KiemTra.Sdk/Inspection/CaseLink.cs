namespace KiemTra.Sdk.Inspection;

/// <summary>
/// How a case came from another (<i>nguồn của hồ sơ</i>): the step of the originating case that opened this one —
/// <see cref="CaseStep.HandOverForInspection"/>, a supervision that found signs of violation handed them over for
/// inspection (<i>chuyển từ giám sát</i>), or <see cref="CaseStep.TakeUp"/>, a higher commission took the case up from a
/// lower body (<i>thụ lý từ cấp dưới</i>) — with that case's id and the reason.
/// </summary>
public sealed record CaseLink
{
    /// <summary>Links a case to the case whose step opened it.</summary>
    /// <param name="step">The step of the originating case: <see cref="CaseStep.HandOverForInspection"/> or <see cref="CaseStep.TakeUp"/>.</param>
    /// <param name="caseId">The originating case.</param>
    /// <param name="reason">Why, in words.</param>
    /// <exception cref="ArgumentNullException"><paramref name="caseId"/> or <paramref name="reason"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="step"/> is neither step that opens another case.</exception>
    public CaseLink(CaseStep step, RecordId<OversightCase> caseId, string reason)
    {
        caseId.Required(nameof(caseId));
        ArgumentNullException.ThrowIfNull(reason);
        if (step is not (CaseStep.HandOverForInspection or CaseStep.TakeUp))
        {
            var name = Enum.IsDefined(step) ? step.ToString() : ((int)step).ToString(System.Globalization.CultureInfo.InvariantCulture);
            throw new ArgumentException($"A case is opened from another only by its step HandOverForInspection or TakeUp; step {name} opens no case.", nameof(step));
        }

        Step = step;
        CaseId = caseId;
        Reason = reason;
    }

    /// <summary>
    /// The step of the originating case that opened this one: <see cref="CaseStep.HandOverForInspection"/> (handed over
    /// from supervision) or <see cref="CaseStep.TakeUp"/> (taken up from a lower level).
    /// </summary>
    public CaseStep Step { get; }

    /// <summary>The originating case.</summary>
    public RecordId<OversightCase> CaseId { get; }

    /// <summary>Why, in words.</summary>
    public string Reason { get; }
}
