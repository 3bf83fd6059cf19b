namespace KiemTra.Sdk.Denunciations;

/// <summary>
/// One access to an informant's identity (<i>lần tiếp cận thông tin người tố cáo</i>), handed to the audit before the
/// identity is released: which denunciation, who, and why.
/// </summary>
public sealed record InformantAccess
{
    private readonly RecordId<Denunciation> _denunciationId;
    private readonly string _accessedBy = string.Empty;
    private readonly string _purpose = string.Empty;

    /// <summary>The denunciation whose informant is revealed.</summary>
    /// <exception cref="ArgumentException">Set to <c>default</c>.</exception>
    public required RecordId<Denunciation> DenunciationId
    {
        get => _denunciationId;
        init => _denunciationId = value.Required(nameof(DenunciationId));
    }

    /// <summary>Who asked (user or role identifier).</summary>
    /// <exception cref="ArgumentException">Set to null, empty or white space.</exception>
    public required string AccessedBy
    {
        get => _accessedBy;
        init => _accessedBy = string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("An access to an informant's identity names who asked.", nameof(AccessedBy)) : value;
    }

    /// <summary>Why, in words a reviewer can check.</summary>
    /// <exception cref="ArgumentException">Set to null, empty or white space.</exception>
    public required string Purpose
    {
        get => _purpose;
        init => _purpose = string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("An access to an informant's identity states its purpose.", nameof(Purpose)) : value;
    }
}
