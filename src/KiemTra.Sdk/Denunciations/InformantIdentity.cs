namespace KiemTra.Sdk.Denunciations;

/// <summary>
/// An informant's identity as released by an audited call to <see cref="Denunciation.RevealInformant"/>
/// (<i>danh tính người tố cáo</i>). Hold it only as long as the stated purpose needs; its <see cref="ToString"/>
/// prints nothing identifying so it cannot leak into logs by accident.
/// </summary>
public sealed class InformantIdentity
{
    internal InformantIdentity(string fullName, string? address, string? contact)
    {
        FullName = fullName;
        Address = address;
        Contact = contact;
    }

    /// <summary>Full name.</summary>
    public string FullName { get; }

    /// <summary>Address, if given.</summary>
    public string? Address { get; }

    /// <summary>Telephone or e-mail, if given.</summary>
    public string? Contact { get; }

    /// <summary>Returns a fixed text with nothing identifying.</summary>
    public override string ToString() => "[danh tính người tố cáo / informant identity]";
}
