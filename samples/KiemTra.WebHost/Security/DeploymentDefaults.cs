using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using KiemTra.Sdk;
using KiemTra.WebHost.Http;
using KiemTra.WebHost.Persistence;
using Microsoft.AspNetCore.RateLimiting;

namespace KiemTra.WebHost.Security;

/// <summary>
/// The defaults a deployed host starts with (<i>cấu hình triển khai mặc định</i>, docs/web-host.md "Deployment"):
/// HTTPS redirection and HSTS unless every bound address is loopback; rate limits on writes and reports per user; the
/// SQLite file in a data folder only its owner can open.
/// </summary>
internal static class DeploymentDefaults
{
    /// <summary>The rate-limiting policy of writes.</summary>
    public const string WritesPolicy = "writes";

    /// <summary>
    /// Whether every address the host listens on (<c>urls</c> / <c>--urls</c> / <c>ASPNETCORE_URLS</c>) is loopback
    /// (<c>127.0.0.1</c>, <c>[::1]</c>, <c>localhost</c>). A wildcard or any other host is not.
    /// </summary>
    public static bool LoopbackOnly(IConfiguration configuration)
    {
        var urls = configuration["urls"];
        if (string.IsNullOrWhiteSpace(urls))
        {
            return true; // Kestrel's own default is http://localhost:5000
        }

        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var rest = url.Contains("://", StringComparison.Ordinal) ? url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..] : url;
            var host = rest.StartsWith('[') ? rest[..(rest.IndexOf(']') + 1)] : rest.Split(':', '/')[0];
            var loopback = host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
                || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));
            if (!loopback)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Creates the folder of the SQLite file when missing, readable and writable by its owner only (0700), and makes
    /// the database file 0600 once it exists. Nothing on Windows (NTFS permissions of the user's folders apply).
    /// </summary>
    public static void PrepareSqliteFolder(IConfiguration configuration)
    {
        if (DatabaseRegistration.ProviderOf(configuration) != DatabaseProvider.Sqlite || OperatingSystem.IsWindows())
        {
            return;
        }

        var folder = Path.GetDirectoryName(DatabaseRegistration.SqlitePath(configuration));
        if (!string.IsNullOrEmpty(folder) && !Directory.Exists(folder))
        {
            Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
    }

    /// <summary>Restricts the SQLite file (and its journal files) to its owner (0600).</summary>
    public static void RestrictSqliteFile(IConfiguration configuration)
    {
        if (DatabaseRegistration.ProviderOf(configuration) != DatabaseProvider.Sqlite || OperatingSystem.IsWindows())
        {
            return;
        }

        var path = DatabaseRegistration.SqlitePath(configuration);
        foreach (var file in new[] { path, path + "-wal", path + "-shm", path + "-journal" })
        {
            if (File.Exists(file))
            {
                File.SetUnixFileMode(file, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }
    }

    /// <summary>
    /// Rate limits per user (the token's subject; the remote address before authentication): writes (any method but
    /// GET/HEAD) and reports (statistics, indicators, warnings, <c>/report</c>) each share a token bucket of
    /// <c>RateLimits:WritesPerMinute</c> (default 600) and <c>RateLimits:ReportsPerMinute</c> (default 120). Other reads
    /// are not limited. Over the limit: 429 with <c>Retry-After</c>.
    /// </summary>
    public static IServiceCollection AddHostRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var writes = Limit(configuration, "RateLimits:WritesPerMinute", 600);
        var reports = Limit(configuration, "RateLimits:ReportsPerMinute", 120);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.OnRejected = async (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retry))
                {
                    http.Response.Headers.RetryAfter = ((int)Math.Ceiling(retry.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                }
                else
                {
                    http.Response.Headers.RetryAfter = "1";
                }

                http.Response.StatusCode = StatusCodes.Status429TooManyRequests;
                var english = RequestLanguage.Of(http.Request) == Language.English;
                await TypedResults.Problem(
                    english ? "Too many requests from this user; try again after the number of seconds in Retry-After." : "Người dùng gửi quá nhiều yêu cầu; hãy thử lại sau số giây trong Retry-After.",
                    statusCode: StatusCodes.Status429TooManyRequests,
                    title: english ? "Too many requests" : "Quá nhiều yêu cầu",
                    type: "urn:kiemtra:problem:too-many-requests").ExecuteAsync(http);
            };
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(http =>
            {
                var kind = Kind(http);
                if (kind is null)
                {
                    return RateLimitPartition.GetNoLimiter(string.Empty);
                }

                var who = http.User.FindFirst(HostClaims.Subject)?.Value ?? http.Connection.RemoteIpAddress?.ToString() ?? "?";
                var perMinute = kind == WritesPolicy ? writes : reports;
                return RateLimitPartition.GetTokenBucketLimiter(kind + "|" + who, _ => new TokenBucketRateLimiterOptions
                {
                    TokenLimit = perMinute,
                    // Refilled evenly: perMinute/60 a second, or one token every 60/perMinute seconds below 60 a minute.
                    TokensPerPeriod = perMinute >= 60 ? perMinute / 60 : 1,
                    ReplenishmentPeriod = perMinute >= 60 ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(60.0 / perMinute),
                    QueueLimit = 0,
                    AutoReplenishment = true,
                });
            });
        });
        return services;
    }

    private static string? Kind(HttpContext http)
    {
        var path = http.Request.Path;
        if (!path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            return WritesPolicy;
        }

        var value = path.Value ?? string.Empty;
        return value.EndsWith("/statistics", StringComparison.OrdinalIgnoreCase) || value.EndsWith("/indicators", StringComparison.OrdinalIgnoreCase)
            || value.EndsWith("/warnings", StringComparison.OrdinalIgnoreCase) || value.EndsWith("/report", StringComparison.OrdinalIgnoreCase)
            || value.Contains("/reports", StringComparison.OrdinalIgnoreCase)
            ? "reports"
            : null;
    }

    private static int Limit(IConfiguration configuration, string key, int fallback)
    {
        var value = configuration.GetValue(key, fallback);
        if (value < 1)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{key} must be at least 1, not {value}."));
        }

        return value;
    }
}
