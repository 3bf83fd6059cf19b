using System.Security.Cryptography;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.IdentityModel.Tokens;

namespace KiemTra.WebHost.Security;

/// <summary>
/// Authentication of the web host (<i>xác thực người dùng</i>): JWT bearer tokens, validated in one of three ways chosen
/// by configuration (docs/web-host.md, "Authentication"):
/// <list type="bullet">
/// <item><c>Authentication:Authority</c>: an OpenID Connect provider (its discovery document and signing keys are
/// fetched from it); <c>Authentication:Audience</c> is the audience the provider issues for this host.</item>
/// <item><c>Authentication:Issuer</c> with <c>Authentication:IssuerPublicKeyFile</c> (or the PEM text in
/// <c>Authentication:IssuerPublicKey</c>): an issuer whose RSA or EC public key is pinned; the host holds no secret. Used
/// where the provider is not reachable from the host, by the tests and by the load test.</item>
/// <item><c>Authentication:DevelopmentKey</c>: a symmetric development key (base64, at least 32 bytes) with which the
/// developer mints tokens offline (<c>mint-token</c>, <see cref="TokenMint"/>). Only in the Development environment:
/// anywhere else start-up fails.</item>
/// </list>
/// Every endpoint except <c>/health</c> needs an authenticated user (the fallback policy); <c>/api/audit</c> needs the
/// <see cref="HostClaims.AuditorRole"/> role.
/// </summary>
internal static class HostAuthentication
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Authentication";

    /// <summary>The audience when <c>Authentication:Audience</c> is not set.</summary>
    public const string DefaultAudience = "kiemtra-webhost";

    /// <summary>The issuer of development tokens.</summary>
    public const string DevelopmentIssuer = "kiemtra-development";

    /// <summary>The policy of the audit endpoint.</summary>
    public const string AuditorPolicy = "Auditor";

    /// <summary>Adds JWT bearer authentication and the authorisation policies.</summary>
    /// <exception cref="InvalidOperationException">No way to validate tokens is configured, a development key is configured outside Development, or a key is unusable.</exception>
    public static IServiceCollection AddHostAuthentication(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var section = configuration.GetSection(Section);
        var authority = section["Authority"];
        var audience = string.IsNullOrWhiteSpace(section["Audience"]) ? DefaultAudience : section["Audience"]!;
        var issuer = section["Issuer"];
        var developmentKey = section["DevelopmentKey"];
        var publicKey = PublicKey(section);

        if (!string.IsNullOrWhiteSpace(developmentKey) && !environment.IsDevelopment())
        {
            throw new InvalidOperationException(
                $"Authentication:DevelopmentKey is set in the '{environment.EnvironmentName}' environment: a development signing key is refused outside Development. " +
                "Remove it and configure Authentication:Authority (an OpenID Connect provider) or Authentication:Issuer with Authentication:IssuerPublicKeyFile (docs/web-host.md).");
        }

        var configured = (string.IsNullOrWhiteSpace(authority) ? 0 : 1) + (publicKey is null ? 0 : 1) + (string.IsNullOrWhiteSpace(developmentKey) ? 0 : 1);
        if (configured != 1)
        {
            throw new InvalidOperationException(configured == 0
                ? "No token validation is configured: set Authentication:Authority (an OpenID Connect provider), or Authentication:Issuer with Authentication:IssuerPublicKeyFile, or (Development only) Authentication:DevelopmentKey (docs/web-host.md)."
                : "Configure exactly one of Authentication:Authority, Authentication:IssuerPublicKeyFile/IssuerPublicKey and Authentication:DevelopmentKey.");
        }

        if (publicKey is not null && string.IsNullOrWhiteSpace(issuer))
        {
            throw new InvalidOperationException("Authentication:IssuerPublicKeyFile is set without Authentication:Issuer: name the issuer whose key it is.");
        }

        services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(o =>
        {
            o.MapInboundClaims = false;
            o.Audience = audience;
            o.TokenValidationParameters.NameClaimType = HostClaims.Subject;
            o.TokenValidationParameters.RoleClaimType = HostClaims.Roles;
            o.TokenValidationParameters.ValidAudience = audience;
            o.TokenValidationParameters.ClockSkew = TimeSpan.FromMinutes(1);
            o.TokenValidationParameters.RequireExpirationTime = true;
            if (!string.IsNullOrWhiteSpace(authority))
            {
                o.Authority = authority;
                o.RequireHttpsMetadata = !section.GetValue("AllowHttpMetadata", false);
            }
            else if (publicKey is not null)
            {
                o.TokenValidationParameters.ValidIssuer = issuer;
                o.TokenValidationParameters.IssuerSigningKey = publicKey;
            }
            else
            {
                o.TokenValidationParameters.ValidIssuer = DevelopmentIssuer;
                o.TokenValidationParameters.IssuerSigningKey = DevelopmentSigningKey(developmentKey!);
            }
        });

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(JwtBearerDefaults.AuthenticationScheme).RequireAuthenticatedUser().Build())
            .AddPolicy(AuditorPolicy, p => p.AddAuthenticationSchemes(JwtBearerDefaults.AuthenticationScheme).RequireAuthenticatedUser().RequireRole(HostClaims.AuditorRole));
        return services;
    }

    /// <summary>The symmetric development key from its base64 text.</summary>
    /// <exception cref="InvalidOperationException">The text is not base64 or shorter than 32 bytes.</exception>
    public static SymmetricSecurityKey DevelopmentSigningKey(string base64)
    {
        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(base64);
        }
        catch (FormatException)
        {
            throw new InvalidOperationException("Authentication:DevelopmentKey is not base64 text.");
        }

        if (bytes.Length < 32)
        {
            throw new InvalidOperationException($"Authentication:DevelopmentKey must hold at least 32 bytes, not {bytes.Length}.");
        }

        return new SymmetricSecurityKey(bytes) { KeyId = "kiemtra-development" };
    }

    /// <summary>The pinned public key (PEM text or file), or null when none is configured.</summary>
    /// <exception cref="InvalidOperationException">The file is missing or holds no RSA or EC public key.</exception>
    private static AsymmetricSecurityKey? PublicKey(IConfigurationSection section)
    {
        var file = section["IssuerPublicKeyFile"];
        var pem = section["IssuerPublicKey"];
        if (!string.IsNullOrWhiteSpace(file))
        {
            if (!File.Exists(file))
            {
                throw new InvalidOperationException($"Authentication:IssuerPublicKeyFile '{file}' does not exist.");
            }

            pem = File.ReadAllText(file);
        }

        return string.IsNullOrWhiteSpace(pem) ? null : KeyFromPem(pem, "Authentication:IssuerPublicKey");
    }

    /// <summary>An RSA or EC key (public or private) from PEM text.</summary>
    /// <exception cref="InvalidOperationException">The text holds no RSA or EC key.</exception>
    public static AsymmetricSecurityKey KeyFromPem(string pem, string what)
    {
        try
        {
            if (pem.Contains("EC ", StringComparison.Ordinal) || pem.Contains("EC PRIVATE", StringComparison.Ordinal))
            {
                var ec = ECDsa.Create();
                ec.ImportFromPem(pem);
                return new ECDsaSecurityKey(ec);
            }

            var rsa = RSA.Create();
            try
            {
                rsa.ImportFromPem(pem);
                return new RsaSecurityKey(rsa);
            }
            catch (ArgumentException)
            {
                rsa.Dispose();
                var ec = ECDsa.Create();
                ec.ImportFromPem(pem);
                return new ECDsaSecurityKey(ec);
            }
        }
        catch (Exception ex) when (ex is ArgumentException or CryptographicException)
        {
            throw new InvalidOperationException($"{what} holds no usable RSA or EC key in PEM form: {ex.Message}", ex);
        }
    }
}

/// <summary>The claims the host reads from a token (<i>thông tin trong mã xác thực</i>).</summary>
internal static class HostClaims
{
    /// <summary>The user (the provider's subject).</summary>
    public const string Subject = "sub";

    /// <summary>The party member the user is (a member id of the dataset).</summary>
    public const string Member = "member_id";

    /// <summary>The roles.</summary>
    public const string Roles = "roles";

    /// <summary>The role that may read the audit trail.</summary>
    public const string AuditorRole = "Auditor";
}
