namespace KiemTra.Sdk.Denunciations;

/// <summary>
/// One access to an informant's identity (<i>lần tiếp cận thông tin người tố cáo</i>), handed to the audit before the
/// identity is released: which denunciation, who, and why.
/// </summary>
/// <param name="DenunciationId">The denunciation whose informant is revealed.</param>
/// <param name="AccessedBy">Who asked (user or role identifier).</param>
/// <param name="Purpose">Why, in words a reviewer can check.</param>
public sealed record InformantAccess(string DenunciationId, string AccessedBy, string Purpose);
