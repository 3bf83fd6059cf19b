using System.Globalization;
using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace KiemTra.WebHost.Security;

/// <summary>
/// Mints tokens offline (<i>cấp mã xác thực để phát triển, kiểm thử</i>) for development, tests and the load test:
/// <c>dotnet KiemTra.WebHost.dll mint-token --member ID [--user NAME] [--role Auditor] [--minutes 60]</c> signs with
/// <c>Authentication:DevelopmentKey</c> (Development environment only), or with <c>--private-key FILE --issuer NAME</c>
/// (a PEM RSA/EC private key whose public half the host pins with <c>Authentication:IssuerPublicKeyFile</c>). The token
/// is written on standard output. A production host takes its tokens from the identity provider instead.
/// </summary>
internal static class TokenMint
{
    /// <summary>The command word.</summary>
    public const string Command = "mint-token";

    /// <summary>A signed token for <paramref name="user"/> acting as <paramref name="member"/>, with <paramref name="roles"/>.</summary>
    /// <param name="key">The signing key (symmetric: HS256; RSA: RS256; EC: ES256).</param>
    /// <param name="issuer">The issuer.</param>
    /// <param name="audience">The audience.</param>
    /// <param name="user">The subject.</param>
    /// <param name="member">The member id, or null for a user who is no member (e.g. an auditor).</param>
    /// <param name="roles">The roles.</param>
    /// <param name="lifetime">How long the token is valid from now.</param>
    /// <returns>The compact JWT.</returns>
    public static string Mint(SecurityKey key, string issuer, string audience, string user, string? member, IEnumerable<string> roles, TimeSpan lifetime)
    {
        var algorithm = key switch
        {
            SymmetricSecurityKey => SecurityAlgorithms.HmacSha256,
            ECDsaSecurityKey => SecurityAlgorithms.EcdsaSha256,
            _ => SecurityAlgorithms.RsaSha256,
        };
        var claims = new Dictionary<string, object> { [HostClaims.Subject] = user };
        if (member is not null)
        {
            claims[HostClaims.Member] = member;
        }

        var roleList = roles.ToArray();
        if (roleList.Length > 0)
        {
            claims[HostClaims.Roles] = roleList;
        }

        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(key, algorithm),
        });
    }

    /// <summary>Runs the command: prints a token and returns 0, or prints one line on standard error and returns 2.</summary>
    public static int Run(string[] args, IConfiguration configuration, IHostEnvironment environment)
    {
        string? member = null, user = null, privateKey = null, issuer = null;
        var roles = new List<string>();
        var minutes = 60;
        for (var i = 0; i < args.Length; i++)
        {
            var value = i + 1 < args.Length ? args[i + 1] : null;
            switch (args[i])
            {
                case "--member": member = value; i++; break;
                case "--user": user = value; i++; break;
                case "--role": if (value is not null) { roles.Add(value); } i++; break;
                case "--private-key": privateKey = value; i++; break;
                case "--issuer": issuer = value; i++; break;
                case "--minutes":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out minutes) || minutes < 1 || minutes > 24 * 60)
                    {
                        return Fail("--minutes must be a whole number from 1 to 1440.");
                    }

                    i++;
                    break;
                default:
                    if (args[i].StartsWith("--", StringComparison.Ordinal) && args[i].Contains('=', StringComparison.Ordinal))
                    {
                        continue; // a configuration override (e.g. --Authentication:Audience=x), read by the configuration
                    }

                    return Fail($"unknown option '{args[i]}'. Usage: mint-token --member ID [--user NAME] [--role Auditor] [--minutes 60] [--private-key FILE --issuer NAME]");
            }
        }

        if (member is null && roles.Count == 0)
        {
            return Fail("give --member ID (a member id of the dataset) or a --role.");
        }

        var audience = configuration[$"{HostAuthentication.Section}:Audience"];
        audience = string.IsNullOrWhiteSpace(audience) ? HostAuthentication.DefaultAudience : audience;
        SecurityKey key;
        try
        {
            if (privateKey is not null)
            {
                if (string.IsNullOrWhiteSpace(issuer))
                {
                    return Fail("--private-key needs --issuer (the issuer the host trusts with its public key).");
                }

                if (!File.Exists(privateKey))
                {
                    return Fail($"the private key file '{privateKey}' does not exist.");
                }

                key = HostAuthentication.KeyFromPem(File.ReadAllText(privateKey), "--private-key");
            }
            else
            {
                if (!environment.IsDevelopment())
                {
                    return Fail($"development tokens are minted only in the Development environment (this is '{environment.EnvironmentName}'); set ASPNETCORE_ENVIRONMENT=Development or use --private-key.");
                }

                var text = configuration[$"{HostAuthentication.Section}:DevelopmentKey"];
                if (string.IsNullOrWhiteSpace(text))
                {
                    return Fail("Authentication:DevelopmentKey is not configured (appsettings.Development.json ships one).");
                }

                key = HostAuthentication.DevelopmentSigningKey(text);
                issuer = HostAuthentication.DevelopmentIssuer;
            }
        }
        catch (InvalidOperationException ex)
        {
            return Fail(ex.Message);
        }

        Console.Out.WriteLine(Mint(key, issuer!, audience, user ?? member ?? "auditor", member, roles, TimeSpan.FromMinutes(minutes)));
        return 0;
    }

    private static int Fail(string message)
    {
        Console.Error.WriteLine("mint-token: " + message);
        return 2;
    }
}
