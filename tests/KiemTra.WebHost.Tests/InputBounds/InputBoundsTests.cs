using System.Net;
using System.Net.Http.Headers;
using System.Text;
using KiemTra.Sdk;
using KiemTra.WebHost.Http;
using KiemTra.WebHost.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace KiemTra.WebHost.Tests.InputBounds;

/// <summary>A host whose body bound is lowered to 4 KiB, so that 413 is exercised without sending 256 MiB.</summary>
public sealed class SmallBodyHost : IAsyncLifetime
{
    /// <summary>The lowered bound.</summary>
    public const int Limit = 4096;

    private readonly string _path = Path.Combine(Path.GetTempPath(), $"kiemtra-webhost-{Guid.NewGuid():N}.db");

    /// <summary>The factory.</summary>
    public WebHostFactory Factory { get; private set; } = null!;

    /// <inheritdoc />
    public Task InitializeAsync()
    {
        Factory = new WebHostFactory(new Dictionary<string, string?>
        {
            ["KiemTra:SqlitePath"] = _path,
            ["ConnectionStrings:Postgres"] = string.Empty,
            [RequestLimits.Key] = Limit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        await Factory.DropDatabaseAsync();
        await Factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }
}

/// <summary>
/// Issue 8, the web host's input bounds: a body over the bound is 413 problem details (vi/en); malformed, deep, huge or
/// ill-typed JSON is 400 problem details naming the JSON path; never a 500.
/// </summary>
public sealed class InputBoundsTests(SqliteHost host, SmallBodyHost small) : IClassFixture<SqliteHost>, IClassFixture<SmallBodyHost>
{
    private static readonly string[] Writes = ["/api/deadlines", "/api/cases", "/api/cases/KT-1/steps"];

    [Fact]
    public void DefaultBodyBound_IsTheSdksMaxDocumentBytes()
    {
        Assert.Equal(InputRules.MaxDocumentBytes, host.Factory.Services.GetRequiredService<RequestLimits>().MaxBodyBytes);
    }

    [Fact]
    public async Task BodyOverTheBound_WithContentLength_Is413ProblemInBothLanguages()
    {
        var client = small.Factory.CreateClient();
        var body = """{"event":"2026-02-13","unit":"WorkingDays","count":3,"anchor":" """ + new string('a', SmallBodyHost.Limit) + "\"}";

        foreach (var url in Writes)
        {
            var vi = await Api.SendAsync(client, HttpMethod.Post, url, body, Api.NgocHaCommission);
            var en = await Api.SendAsync(client, HttpMethod.Post, url, body, Api.NgocHaCommission, "en");

            Assert.Equal(HttpStatusCode.RequestEntityTooLarge, vi.Status);
            Assert.Equal("application/problem+json", vi.MediaType);
            Assert.Equal("urn:kiemtra:problem:payload-too-large", vi.Str("type"));
            Assert.Equal("Nội dung quá lớn", vi.Str("title"));
            Assert.Contains("4096 byte", vi.Str("detail"), StringComparison.Ordinal);
            Assert.Equal(SmallBodyHost.Limit, vi.Json.GetProperty("limit").GetInt64());
            Assert.Equal("Payload too large", en.Str("title"));
            Assert.Equal("en", en.Language);
        }
    }

    [Fact]
    public async Task ChunkedBodyOverTheBound_Is413_WhileBeingRead()
    {
        var client = small.Factory.CreateClient();
        var bytes = Encoding.UTF8.GetBytes("""{"event":"2026-02-13","anchor":" """ + new string('b', 3 * SmallBodyHost.Limit) + "\"}");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/deadlines") { Content = new StreamContent(new MemoryStream(bytes)) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TransferEncodingChunked = true;

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task BodyJustUnderTheBound_IsRead()
    {
        var client = small.Factory.CreateClient();
        var reply = await Api.SendAsync(client, HttpMethod.Post, "/api/deadlines", """{"event":"2026-02-13","unit":"WorkingDays","count":3}""");
        Assert.Equal(HttpStatusCode.OK, reply.Status);
    }

    [Theory]
    [InlineData("""{"event":"2026-02-13","unit":"WorkingDays","count":""", "$")] // truncated
    [InlineData("""{"event":"2026-02-13","unit":"WorkingDays","count":1e400}""", "$.count")] // huge number
    [InlineData("""{"event":"2026-02-13","unit":"WorkingDays","count":99999999999999999999}""", "$.count")] // over Int32
    [InlineData("""{"event":["2026-02-13"],"unit":"WorkingDays","count":3}""", "$.event")] // wrong type
    [InlineData("""{"event":"2026-02-13","unit":"WorkingDays","count":3,"count":4}""", "$.count")] // duplicate property
    [InlineData("""[1,2,3]""", "$")] // not an object
    public async Task MalformedJson_Is400NamingThePath(string body, string path)
    {
        var reply = await Api.SendAsync(host.Factory.CreateClient(), HttpMethod.Post, "/api/deadlines", body, language: "en");

        Assert.True(reply.Status == HttpStatusCode.BadRequest, reply.ToString());
        Assert.Equal("urn:kiemtra:problem:malformed-json", reply.Str("type"));
        Assert.StartsWith(path, reply.Str("path"), StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NestingDeeperThanInputRulesMaxDepth_Is400NamingThePath_OnEveryWrite()
    {
        var deep = string.Concat(Enumerable.Repeat("""{"a":""", InputRules.MaxDepth + 10)) + "1" + new string('}', InputRules.MaxDepth + 10);
        var deepArray = """{"id":"KT-D","subjects":""" + new string('[', 10_000) + new string(']', 10_000) + "}";
        var deepPlan = """{"step":"ApprovePlan","on":"2026-11-21","plan":{"contentAreas":""" + new string('[', 5_000) + new string(']', 5_000) + "}}";
        var client = host.Factory.CreateClient();

        foreach (var (url, body) in new[] { ("/api/deadlines", deep), ("/api/cases", deepArray), ("/api/cases/KT-1/steps", deepPlan) })
        {
            var reply = await Api.SendAsync(client, HttpMethod.Post, url, body, Api.NgocHaCommission, "en");
            Assert.True(reply.Status == HttpStatusCode.BadRequest, reply.ToString());
            Assert.Equal("urn:kiemtra:problem:malformed-json", reply.Str("type"));
            Assert.StartsWith("$.", reply.Str("path"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task InvalidUtf8_Is400_Never500()
    {
        var client = host.Factory.CreateClient();
        var bytes = Encoding.UTF8.GetBytes("""{"event":"2026-02-13","unit":"WorkingDays","count":3,"anchor":"X"}""");
        bytes[Array.IndexOf(bytes, (byte)'X')] = 0xFF;
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/deadlines") { Content = new ByteArrayContent(bytes) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, text);
        Assert.Contains("$.anchor", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task VeryLongString_UnderTheBodyBound_Is400NamingTheFieldAndItsLimit_NotTruncated()
    {
        var title = new string('đ', 50_000);
        var body = Api.Json(new { id = "KT-LONG", title, activity = "InspectionOnSignsOfViolation", type = "signs-of-violation", openedOn = "2026-11-20", subjects = new[] { new { organization = "TN.X001.C001" } } });

        var reply = await Api.SendAsync(host.Factory.CreateClient(), HttpMethod.Post, "/api/cases", body, Api.NgocHaCommission, "en");

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Contains(reply.Errors, e => e.Field == "title" && e.Message.Contains("500", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("take", "abc")]
    [InlineData("take", "99999999999")]
    [InlineData("take", "0")]
    [InlineData("skip", "-1")]
    [InlineData("skip", "1e3")]
    public async Task BadPagingQuery_Is400NamingTheParameterAndValue(string parameter, string value)
    {
        var reply = await Api.SendAsync(host.Factory.CreateClient(), HttpMethod.Get, $"/api/cases?{parameter}={Uri.EscapeDataString(value)}", language: "en");

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("urn:kiemtra:problem:validation", reply.Str("type"));
        Assert.Contains(reply.Errors, e => e.Field == parameter && e.Value == value);
    }
}

