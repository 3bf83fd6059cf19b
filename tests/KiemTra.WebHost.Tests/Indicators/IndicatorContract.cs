using System.Net;
using KiemTra.WebHost.Tests.Infrastructure;

namespace KiemTra.WebHost.Tests.Indicators;

/// <summary>
/// <c>GET /api/indicators</c> and <c>GET /api/organizations/{id}/indicators</c> (R-T6), run over SQLite by
/// <see cref="SqliteIndicatorTests"/> and over PostgreSQL by <see cref="PostgresIndicatorTests"/> (the evaluation reads
/// no table, but the host must answer the same over either store).
/// </summary>
public abstract class IndicatorContract
{
    /// <summary>The provincial inspection commission (above Ngọc Hà).</summary>
    protected static readonly (string Organization, string Body) ProvinceCommission = ("TN", "InspectionCommission");

    /// <summary>The host.</summary>
    protected abstract WebHostFactory Factory { get; }

    private HttpClient Client => Factory.CreateClient();

    /// <summary>The catalogue lists every built-in indicator with its citation and verified flag.</summary>
    protected async Task CatalogListsIndicatorsWithCitations()
    {
        var reply = await Api.SendAsync(Client, HttpMethod.Get, "/api/indicators");

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        var items = reply.Json.GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal(reply.Json.GetProperty("count").GetInt32(), items.Length);
        var kl34 = items.Single(i => i.GetProperty("code").GetString() == "KL34-2025-04");
        Assert.Equal(">=", kl34.GetProperty("comparator").GetString());
        // Issue 13 item 5: the targets are those of Quảng Ninh's programme implementing KL 34, which restates them.
        Assert.Equal("CTHD-KL34-QN-2022", kl34.GetProperty("ruleSet").GetString());
        Assert.Contains("Quảng Ninh", kl34.GetProperty("source").GetString(), StringComparison.Ordinal);

        // Item 7: a host that loads no province pack lists no province's targets.
        Assert.DoesNotContain(items, i => i.GetProperty("code").GetString()!.StartsWith("TN-", StringComparison.Ordinal) || i.GetProperty("code").GetString()!.StartsWith("PTLD-", StringComparison.Ordinal));
        Assert.Contains("§II.3", kl34.GetProperty("source").GetString(), StringComparison.Ordinal);
        Assert.True(kl34.GetProperty("verified").GetBoolean());
        Assert.False(items.Single(i => i.GetProperty("code").GetString() == "KL34-2025-06").GetProperty("verified").GetBoolean());
    }

    /// <summary>The organisation's own commission evaluates its subtree: every indicator with status, reason (vi/en), citation and facts, in the CLI's report shape.</summary>
    protected async Task OwnBodyEvaluatesItsSubtree_InTheCliReportShape()
    {
        // R-T6: each result explains itself (reason in both languages, citation, verified flag); the data is the host's own
        // register read as of today, on the sample years it starts from (whose note every report carries).
        var reply = await Api.SendAsync(Client, HttpMethod.Get, "/api/organizations/TN.X001/indicators?period=2025", actor: Api.NgocHaCommission);

        Assert.True(reply.Status == HttpStatusCode.OK, reply.ToString());
        Assert.Equal("application/json", reply.MediaType);
        var report = reply.Json;
        Assert.Equal("TN.X001", report.GetProperty("scope").GetString());
        Assert.Equal("2025", report.GetProperty("period").GetProperty("code").GetString());
        var asOf = NodaTime.Text.LocalDatePattern.Iso.Parse(report.GetProperty("dataAsOf").GetString()!).Value;
        var today = TestClock.Today; // the test host's clock
        Assert.InRange(NodaTime.Period.Between(asOf, today, NodaTime.PeriodUnits.Days).Days, 0, 1);
        Assert.Equal(KiemTra.SampleProvince.SampleWork.Note.Vietnamese, report.GetProperty("notes")[0].GetProperty("vi").GetString()); // the default seed is the sample register
        var indicators = report.GetProperty("indicators").EnumerateArray().ToArray();
        Assert.NotEmpty(indicators);
        foreach (var i in indicators)
        {
            foreach (var key in new[] { "code", "period", "scope", "numerator", "denominator", "value", "target", "met", "missing", "source", "status", "missingData", "text", "verified", "reason" })
            {
                Assert.True(i.TryGetProperty(key, out _), $"{i.GetProperty("code").GetString()} lacks '{key}'");
            }

            Assert.False(string.IsNullOrWhiteSpace(i.GetProperty("reason").GetProperty("vi").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(i.GetProperty("reason").GetProperty("en").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(i.GetProperty("source").GetString()));
        }

        Assert.True(report.TryGetProperty("ratings", out _));
        Assert.True(report.TryGetProperty("coverage", out _));
    }

    /// <summary>One indicator by code, for a term; a higher commission may evaluate a lower organisation.</summary>
    protected async Task HigherCommissionEvaluatesOneIndicatorForATerm()
    {
        var reply = await Api.SendAsync(Client, HttpMethod.Get, "/api/organizations/TN.X001/indicators?code=KL34-2025-04&period=term:2025-2030", actor: ProvinceCommission);

        Assert.True(reply.Status == HttpStatusCode.OK, reply.ToString());
        var indicator = Assert.Single(reply.Json.GetProperty("indicators").EnumerateArray());
        Assert.Equal("KL34-2025-04", indicator.GetProperty("code").GetString());
        Assert.Equal("term:2025-2030", indicator.GetProperty("period").GetString());
        Assert.Contains("§II.3", indicator.GetProperty("source").GetString(), StringComparison.Ordinal);
    }

    /// <summary>A commission of another commune has no jurisdiction over Ngọc Hà: 403 citing the rules, in the request's language.</summary>
    protected async Task BodyOutsideJurisdictionIsForbidden()
    {
        var vi = await Api.SendAsync(Client, HttpMethod.Get, "/api/organizations/TN.X001/indicators", actor: ("TN.X002", "InspectionCommission"));
        var en = await Api.SendAsync(Client, HttpMethod.Get, "/api/organizations/TN.X001/indicators", actor: ("TN.X002", "InspectionCommission"), language: "en");

        Assert.Equal(HttpStatusCode.Forbidden, vi.Status);
        Assert.Equal("urn:kiemtra:problem:outside-jurisdiction", vi.Str("type"));
        Assert.NotEqual(0, vi.Json.GetProperty("rules").GetArrayLength());
        Assert.Equal("organisation TN.X001", vi.Str("subject"));
        Assert.Equal("en", en.Language);
        Assert.Contains("is not a party organisation", en.Str("detail"), StringComparison.Ordinal);
    }

    /// <summary>Bad query values are 400 naming the field and value; an unknown organisation is 404; no acting body is 400 naming the headers.</summary>
    protected async Task BadInputIsAProblemNamingTheField()
    {
        var badPeriod = await Api.SendAsync(Client, HttpMethod.Get, "/api/organizations/TN.X001/indicators?period=2025Q9", actor: Api.NgocHaCommission, language: "en");
        var badCode = await Api.SendAsync(Client, HttpMethod.Get, "/api/organizations/TN.X001/indicators?code=KL34-9999", actor: Api.NgocHaCommission);
        var noActor = await Api.SendAsync(Factory.CreateClient(TestUsers.Token(TestUsers.MemberWithSeveralBodies())), HttpMethod.Get, "/api/organizations/TN.X001/indicators");
        var missing = await Api.SendAsync(Client, HttpMethod.Get, "/api/organizations/TN.X999/indicators", actor: Api.NgocHaCommission);

        Assert.Equal(HttpStatusCode.BadRequest, badPeriod.Status);
        Assert.Contains(badPeriod.Errors, e => e is { Field: "period", Value: "2025Q9" });
        Assert.Contains(badCode.Errors, e => e is { Field: "code", Value: "KL34-9999" });
        Assert.Contains(noActor.Errors, e => e.Field == "X-Acting-Organization");
        Assert.Contains(noActor.Errors, e => e.Field == "X-Acting-Body");
        Assert.Equal(HttpStatusCode.NotFound, missing.Status);
        Assert.Equal("application/problem+json", missing.MediaType);
    }
}

/// <summary>The indicator scenarios over SQLite.</summary>
public sealed class SqliteIndicatorTests(SqliteHost host) : IndicatorContract, IClassFixture<SqliteHost>
{
    /// <inheritdoc />
    protected override WebHostFactory Factory => host.Factory;

    [Fact]
    public Task Sqlite_CatalogListsIndicatorsWithCitations() => CatalogListsIndicatorsWithCitations();

    [Fact]
    public Task Sqlite_OwnBodyEvaluatesItsSubtree_InTheCliReportShape() => OwnBodyEvaluatesItsSubtree_InTheCliReportShape();

    [Fact]
    public Task Sqlite_HigherCommissionEvaluatesOneIndicatorForATerm() => HigherCommissionEvaluatesOneIndicatorForATerm();

    [Fact]
    public Task Sqlite_BodyOutsideJurisdictionIsForbidden() => BodyOutsideJurisdictionIsForbidden();

    [Fact]
    public Task Sqlite_BadInputIsAProblemNamingTheField() => BadInputIsAProblemNamingTheField();
}

/// <summary>The indicator scenarios over PostgreSQL.</summary>
public sealed class PostgresIndicatorTests(PostgresHost host) : IndicatorContract, IClassFixture<PostgresHost>
{
    /// <inheritdoc />
    protected override WebHostFactory Factory => host.Factory;

    [PostgresFact]
    public Task Postgres_CatalogListsIndicatorsWithCitations() => CatalogListsIndicatorsWithCitations();

    [PostgresFact]
    public Task Postgres_OwnBodyEvaluatesItsSubtree_InTheCliReportShape() => OwnBodyEvaluatesItsSubtree_InTheCliReportShape();

    [PostgresFact]
    public Task Postgres_HigherCommissionEvaluatesOneIndicatorForATerm() => HigherCommissionEvaluatesOneIndicatorForATerm();

    [PostgresFact]
    public Task Postgres_BodyOutsideJurisdictionIsForbidden() => BodyOutsideJurisdictionIsForbidden();

    [PostgresFact]
    public Task Postgres_BadInputIsAProblemNamingTheField() => BadInputIsAProblemNamingTheField();
}
