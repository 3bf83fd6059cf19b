namespace KiemTra.WebHost.Persistence;

/// <summary>
/// A stored oversight case (<i>hồ sơ cuộc kiểm tra, giám sát</i>): what <c>OversightCase.Open</c> needs, the host's
/// title, and the current state as a denormalised column for listing. The SDK's <c>OversightCase</c> is rebuilt by
/// replaying <see cref="Steps"/> through its state machine, so the stored state can never disagree with the procedure.
/// </summary>
/// <remarks>A persistence shape for EF Core (mutable by necessity); the domain value is the SDK's immutable case.</remarks>
internal sealed class CaseRecord
{
    /// <summary>The case id chosen by the client (e.g. <c>KT-2026-001</c>), NFC.</summary>
    public required string Id { get; set; }

    /// <summary>
    /// The id as it is compared for uniqueness (<see cref="KeyOf"/>): a unique index on it makes <c>KT-1</c> and
    /// <c>kt-1</c> one case, even when two requests open them at the same moment.
    /// </summary>
    public string IdKey { get; set; } = string.Empty;

    /// <summary>The title, NFC.</summary>
    public required string Title { get; set; }

    /// <summary>The <c>ActivityKind</c> name.</summary>
    public required string Activity { get; set; }

    /// <summary>The catalogue type code.</summary>
    public required string TypeCode { get; set; }

    /// <summary>The conducting organisation.</summary>
    public required string ConductedBy { get; set; }

    /// <summary>The conducting body (<c>BodyKind</c> name).</summary>
    public required string Body { get; set; }

    /// <summary>The subjects, one per line: <c>org:ID</c> or <c>member:ID</c>.</summary>
    public required string Subjects { get; set; }

    /// <summary>The opening date.</summary>
    public DateOnly OpenedOn { get; set; }

    /// <summary>The current <c>CaseState</c> name (after the last step).</summary>
    public required string State { get; set; }

    /// <summary>When the case was stored (UTC, from the injected clock).</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>
    /// The case whose step opened this one (a supervision handing signs of violation over, or the lower case a higher
    /// commission took up); null for a case opened directly. Replay rebuilds this case from that step.
    /// </summary>
    public string? OriginCaseId { get; set; }

    /// <summary>The sequence of the step of <see cref="OriginCaseId"/> that opened this case.</summary>
    public int? OriginSequence { get; set; }

    /// <summary>The steps after opening, in order.</summary>
    public List<CaseStepRecord> Steps { get; set; } = [];

    /// <summary>The key case ids are unique by, regardless of letter case: the NFC id in invariant upper case.</summary>
    public static string KeyOf(string id) => id.ToUpperInvariant();
}

/// <summary>One recorded step of a case (<i>bước thực hiện</i>): the request as received (NFC) and who recorded it.</summary>
internal sealed class CaseStepRecord
{
    /// <summary>The case.</summary>
    public required string CaseId { get; set; }

    /// <summary>1 for the first step after opening; (case, sequence) is the key, so two concurrent steps cannot both be stored.</summary>
    public int Sequence { get; set; }

    /// <summary>The <c>CaseStep</c> name.</summary>
    public required string Step { get; set; }

    /// <summary>The date of the step.</summary>
    public DateOnly On { get; set; }

    /// <summary>The acting organisation that recorded the step.</summary>
    public required string ActingOrganization { get; set; }

    /// <summary>The acting body (<c>BodyKind</c> name).</summary>
    public required string ActingBody { get; set; }

    /// <summary>The step request as JSON (NFC), replayed to rebuild the case.</summary>
    public required string Payload { get; set; }

    /// <summary>When the step was stored (UTC, from the injected clock).</summary>
    public DateTimeOffset RecordedAt { get; set; }
}
