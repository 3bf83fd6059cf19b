using KiemTra.Sdk.Organization;

namespace KiemTra.Sdk.Testing;

/// <summary>Refuses a <c>default</c> id at the builder call that takes it, so a test fails where it went wrong.</summary>
internal static class Ids
{
    public static OrganizationId Required(OrganizationId id, string paramName)
        => id.Value.Length == 0 ? throw new ArgumentException("The organisation id must not be default.", paramName) : id;

    public static MemberId Required(MemberId id, string paramName)
        => id.Value.Length == 0 ? throw new ArgumentException("The member id must not be default.", paramName) : id;

    public static RecordId<T> Required<T>(RecordId<T> id, string paramName, string what)
        where T : class
        => id.IsDefault ? throw new ArgumentException($"The {what} must not be default.", paramName) : id;
}
