using System.Text.Json;
using KiemTra.Sdk.Denunciations;
using KiemTra.WebHost.Persistence;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.Options;

namespace KiemTra.WebHost.Hosting;

/// <summary>
/// Keeps informants' identities encrypted at rest (<i>bảo mật danh tính người tố cáo</i>, R-D6) with ASP.NET Core Data
/// Protection: <see cref="Seal"/> turns an identity into ciphertext for the <c>denunciations.InformantCiphertext</c>
/// column, <see cref="Open"/> turns it back into the SDK's <see cref="ProtectedInformant"/>, whose identity only
/// <c>Denunciation.RevealInformant</c> gives out, through the informant-access audit. The identity is never logged: this
/// class logs nothing and its exceptions carry no part of it.
/// </summary>
/// <param name="provider">The Data Protection provider (keys in the folder <see cref="InformantProtection.KeysFolder"/> names).</param>
internal sealed class InformantVault(IDataProtectionProvider provider)
{
    /// <summary>The purpose string: ciphertext of one purpose cannot be opened under another.</summary>
    public const string Purpose = "KiemTra.WebHost.Denunciations.Informant.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    /// <summary>The ciphertext of an identity.</summary>
    public string Seal(string fullName, string? address, string? contact) =>
        _protector.Protect(JsonSerializer.Serialize(new SealedIdentity(fullName, address, contact)));

    /// <summary>The identity of a ciphertext, as the SDK's sealed informant.</summary>
    /// <exception cref="InvalidOperationException">The ciphertext cannot be opened (keys lost or rotated away, data altered); the message carries no part of it.</exception>
    public ProtectedInformant Open(string ciphertext)
    {
        SealedIdentity? identity;
        try
        {
            identity = JsonSerializer.Deserialize<SealedIdentity>(_protector.Unprotect(ciphertext));
        }
        catch (Exception ex) when (ex is System.Security.Cryptography.CryptographicException or JsonException or FormatException)
        {
            throw new InvalidOperationException("The informant's identity cannot be decrypted with the keys this host holds (Data Protection keys folder).");
        }

        return ProtectedInformant.Create(identity!.FullName, identity.Address, identity.Contact);
    }

    private sealed record SealedIdentity(string FullName, string? Address, string? Contact);
}

/// <summary>
/// Records each access to an informant's identity (<see cref="IInformantAccessAudit"/>) as a row of
/// <c>informant_access_log</c>, added to the request's database context so that it is committed in the same transaction as
/// the reveal: the identity is returned only after the row is saved.
/// </summary>
/// <param name="db">The request's database context.</param>
/// <param name="at">When (UTC).</param>
internal sealed class DatabaseInformantAccessAudit(KiemTraDbContext db, DateTimeOffset at) : IInformantAccessAudit
{
    /// <inheritdoc />
    public void Record(InformantAccess access)
    {
        ArgumentNullException.ThrowIfNull(access);
        db.InformantAccessLog.Add(new InformantAccessRecord { DenunciationId = access.DenunciationId.Value, AccessedBy = access.AccessedBy, Purpose = access.Purpose, At = at });
    }
}

/// <summary>
/// Registers Data Protection for informants' identities: keys persisted to the folder <c>KiemTra:DataProtectionKeysPath</c>
/// (relative to the application folder unless rooted; default <c>keys</c>), created owner-only on Unix. Losing the folder
/// makes every stored identity unreadable; back it up with the database and keep it out of the database's backups' reach.
/// </summary>
internal static class InformantProtection
{
    /// <summary>Registers Data Protection and the <see cref="InformantVault"/>; the folder is read from configuration when keys are first needed.</summary>
    public static IServiceCollection AddKiemTraInformantProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName("KiemTra.WebHost");
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp => new ConfigureOptions<KeyManagementOptions>(options =>
        {
            var folder = new DirectoryInfo(KeysFolder(sp.GetRequiredService<IConfiguration>()));
            if (!folder.Exists)
            {
                folder.Create();
                if (!OperatingSystem.IsWindows())
                {
                    File.SetUnixFileMode(folder.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                }
            }

            options.XmlRepository = new FileSystemXmlRepository(folder, sp.GetRequiredService<ILoggerFactory>());
        }));
        services.AddSingleton<InformantVault>();
        return services;
    }

    /// <summary>The keys folder: <c>KiemTra:DataProtectionKeysPath</c>, relative to the application folder unless rooted.</summary>
    public static string KeysFolder(IConfiguration configuration)
    {
        var path = configuration["KiemTra:DataProtectionKeysPath"];
        if (string.IsNullOrWhiteSpace(path))
        {
            path = "keys";
        }

        return Path.IsPathRooted(path) ? path : Path.Combine(AppContext.BaseDirectory, path);
    }
}
