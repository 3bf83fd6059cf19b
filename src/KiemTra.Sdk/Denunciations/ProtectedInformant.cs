namespace KiemTra.Sdk.Denunciations;

/// <summary>
/// The identity of a person who made a denunciation, sealed (<i>thông tin người tố cáo được bảo mật</i>): name,
/// address and contact are kept in private fields and exposed by no property, no <see cref="ToString"/>, no exception
/// message and no serializer (System.Text.Json writes <c>{}</c> for it: it has no public readable property). The only
/// way out is <see cref="Denunciation.RevealInformant"/>, which first records who asked and why.
/// </summary>
/// <remarks>
/// Law on Denunciations 2018 Art. 47 and 56. Two instances are equal
/// only if they are the same object, so equality cannot be used to probe for a name either.
/// </remarks>
public sealed class ProtectedInformant
{
    /// <summary>The longest name, address or contact accepted, in characters.</summary>
    public const int MaxLength = 500;

    private const string Masked = "[người tố cáo được bảo mật / protected informant]";
    private readonly string _fullName;
    private readonly string? _address;
    private readonly string? _contact;

    private ProtectedInformant(string fullName, string? address, string? contact)
    {
        _fullName = fullName;
        _address = address;
        _contact = contact;
    }

    /// <summary>Seals an informant's identity. Error messages never repeat the values given.</summary>
    /// <param name="fullName">Full name; required.</param>
    /// <param name="address">Address, or null.</param>
    /// <param name="contact">Telephone or e-mail, or null.</param>
    /// <exception cref="ArgumentException">The name is empty, or a value is longer than <see cref="MaxLength"/>.</exception>
    public static ProtectedInformant Create(string fullName, string? address, string? contact)
    {
        if (string.IsNullOrWhiteSpace(fullName))
        {
            throw new ArgumentException("Họ tên người tố cáo không được để trống / The informant's name must not be empty.", nameof(fullName));
        }

        Limit(fullName, nameof(fullName));
        Limit(address, nameof(address));
        Limit(contact, nameof(contact));
        return new ProtectedInformant(fullName.Trim(), Clean(address), Clean(contact));
    }

    /// <summary>Returns a fixed masked text.</summary>
    public override string ToString() => Masked;

    internal InformantIdentity Reveal(RecordId<Denunciation> denunciationId, IInformantAccessAudit audit, string accessedBy, string purpose)
    {
        ArgumentNullException.ThrowIfNull(audit);
        if (string.IsNullOrWhiteSpace(accessedBy))
        {
            throw new ArgumentException("Who accesses the informant's identity must be stated.", nameof(accessedBy));
        }

        if (string.IsNullOrWhiteSpace(purpose))
        {
            throw new ArgumentException("The purpose of accessing the informant's identity must be stated.", nameof(purpose));
        }

        audit.Record(new InformantAccess { DenunciationId = denunciationId, AccessedBy = accessedBy.Trim(), Purpose = purpose.Trim() });
        return new InformantIdentity(_fullName, _address, _contact);
    }

    private static void Limit(string? value, string name)
    {
        if (value is not null && value.Length > MaxLength)
        {
            // The value itself is never quoted: it is the protected datum.
            throw new ArgumentException($"The informant's {name} has {value.Length} characters; at most {MaxLength} are allowed.", name);
        }
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
