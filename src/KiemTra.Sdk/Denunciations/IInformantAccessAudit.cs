namespace KiemTra.Sdk.Denunciations;

/// <summary>
/// Records every access to an informant's identity (<i>nhật ký tiếp cận danh tính người tố cáo</i>), as the Law on
/// Denunciations 2018 Art. 47 and 56 require the identity to be kept secret. The host decides where records go
/// (database, append-only log); the time of access is the host's to stamp.
/// </summary>
public interface IInformantAccessAudit
{
    /// <summary>Records an access. Throwing here stops the identity from being released.</summary>
    /// <param name="access">Which denunciation, who, why.</param>
    void Record(InformantAccess access);
}
