namespace KiemTra.Sdk.Denunciations;

/// <summary>
/// One access to an informant's identity (<i>lần tiếp cận thông tin người tố cáo</i>), handed to the audit before the
/// identity is released: which denunciation, who, and why.
/// </summary>
public sealed record InformantAccess
{
    /// <summary>The denunciation whose informant is revealed.</summary>
    public required RecordId<Denunciation> DenunciationId { get; init; }

    /// <summary>Who asked (user or role identifier).</summary>
    public required string AccessedBy { get; init; }

    /// <summary>Why, in words a reviewer can check.</summary>
    public required string Purpose { get; init; }
}
