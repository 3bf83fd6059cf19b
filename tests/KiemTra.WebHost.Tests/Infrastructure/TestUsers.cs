using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Organization;
using KiemTra.WebHost.Security;
using Microsoft.IdentityModel.Tokens;

namespace KiemTra.WebHost.Tests.Infrastructure;

/// <summary>
/// The identity provider of the tests: an RSA key generated once per run whose public half every test host pins
/// (<c>Authentication:Issuer</c> + <c>Authentication:IssuerPublicKey</c>, as a production host pinning its provider's
/// key would), and the users the tests act as.
/// </summary>
internal static class TestUsers
{
    /// <summary>The issuer the hosts trust.</summary>
    public const string Issuer = "kiemtra-tests";

    private static readonly Lazy<RSA> Key = new(() => RSA.Create(2048), LazyThreadSafetyMode.ExecutionAndPublication);
    private static readonly ConcurrentDictionary<string, string> Tokens = new(StringComparer.Ordinal);

    private static readonly Lazy<string> DefaultMemberId = new(() =>
    {
        // A member whose only body is the provincial inspection commission: sees every case of the province.
        var users = new ActingUsers(SharedDataset.Value);
        var body = SharedDataset.Value.BodiesOf(OrganizationId.From("TN")).Single(b => b.Kind == BodyKind.InspectionCommission);
        return body.Posts.Select(p => p.Member.Value).Distinct().First(m => users.BodiesOfMember(m).Count == 1);
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The settings that make a host trust the tests' issuer.</summary>
    public static IReadOnlyDictionary<string, string?> HostSettings => new Dictionary<string, string?>
    {
        ["Authentication:Issuer"] = Issuer,
        ["Authentication:IssuerPublicKey"] = Key.Value.ExportSubjectPublicKeyInfoPem(),
        ["Authentication:Authority"] = string.Empty,
        ["Authentication:DevelopmentKey"] = string.Empty,
    };

    /// <summary>The default user's member: their only body is the provincial inspection commission (TN).</summary>
    public static string DefaultMember => DefaultMemberId.Value;

    /// <summary>A member holding a post in <paramref name="body"/>, or null when nobody does.</summary>
    public static string? HolderOf(ActingBody body)
    {
        var dataset = SharedDataset.Value;
        if (!dataset.Contains(body.Organization))
        {
            return null;
        }

        return dataset.BodiesOf(body.Organization).FirstOrDefault(b => b.Kind == body.Body)?.Posts.Select(p => (MemberId?)p.Member).FirstOrDefault()?.Value;
    }

    /// <summary>A member holding no post at all (an ordinary member of a cell).</summary>
    public static string MemberWithoutPost()
    {
        var users = new ActingUsers(SharedDataset.Value);
        return SharedDataset.Value.MembersOf(OrganizationId.From("TN.X001.C001")).Select(m => m.Id.Value).First(m => users.BodiesOfMember(m).Count == 0);
    }

    /// <summary>A member who may act for several bodies (the head of the province's committee: committee and standing committee).</summary>
    public static string MemberWithSeveralBodies()
    {
        var users = new ActingUsers(SharedDataset.Value);
        return SharedDataset.Value.BodiesOf(OrganizationId.From("TN")).SelectMany(b => b.Posts).Select(p => p.Member.Value).First(m => users.BodiesOfMember(m).Count > 1);
    }

    /// <summary>A token for <paramref name="member"/> (cached per member and roles).</summary>
    public static string Token(string? member, params string[] roles) =>
        Tokens.GetOrAdd($"{member}|{string.Join(',', roles)}", _ => Mint(member, roles, TimeSpan.FromHours(2)));

    /// <summary>A fresh token with the given lifetime (negative: already expired).</summary>
    public static string Mint(string? member, string[] roles, TimeSpan lifetime, string issuer = Issuer, SecurityKey? key = null) =>
        TokenMint.Mint(key ?? new RsaSecurityKey(Key.Value), issuer, HostAuthentication.DefaultAudience, member is null ? "auditor-" + string.Join('-', roles) : "user-" + member, member, roles, lifetime);

    /// <summary>The auditor's token (a user who is no member, with the Auditor role).</summary>
    public static string Auditor => Token(null, HostClaims.AuditorRole);
}

/// <summary>
/// Signs requests the way a real client would after logging in: a request that names an acting body (the
/// <c>X-Acting-*</c> headers) and carries no <c>Authorization</c> gets a token of a member who holds a post in that body;
/// any other request without <c>Authorization</c> gets the default user's (the provincial inspection commission). A
/// request that already carries <c>Authorization</c> (or <see cref="Anonymous"/>) is sent as it is.
/// </summary>
internal sealed class ActingUserHandler : DelegatingHandler
{
    /// <summary>An option: send this request without any token.</summary>
    public static readonly HttpRequestOptionsKey<bool> Anonymous = new("kiemtra-anonymous");

    /// <summary>A handler over <paramref name="inner"/> (null: for a factory's in-memory server, which sets its own).</summary>
    public ActingUserHandler(HttpMessageHandler? inner = null)
    {
        if (inner is not null)
        {
            InnerHandler = inner;
        }
    }

    /// <inheritdoc />
    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Headers.Authorization is null && !(request.Options.TryGetValue(Anonymous, out var anonymous) && anonymous))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", TestUsers.Token(MemberFor(request) ?? TestUsers.DefaultMember));
        }

        return base.SendAsync(request, cancellationToken);
    }

    private static string? MemberFor(HttpRequestMessage request)
    {
        if (!request.Headers.TryGetValues("X-Acting-Organization", out var orgs) || !request.Headers.TryGetValues("X-Acting-Body", out var bodies))
        {
            return null;
        }

        var org = orgs.ToArray();
        var body = bodies.ToArray();
        if (org.Length != 1 || body.Length != 1 || !Enum.TryParse<BodyKind>(body[0], out var kind) || !Enum.IsDefined(kind))
        {
            return null;
        }

        try
        {
            return TestUsers.HolderOf(new ActingBody(OrganizationId.From(org[0]), kind));
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
