using System.IO.Compression;
using System.Net;
using System.Text.Json;
using KiemTra.WebHost.Tests.Infrastructure;
using KiemTra.WebHost.Tests.Register;

namespace KiemTra.WebHost.Tests.Limits;

/// <summary>
/// Issue 14, item 9 (web part): <c>GET /api/organizations/{id}/report?period=&amp;format=</c> sends the report of the
/// Reporting package in each format, with its content type and file name, over the register the database holds.
/// </summary>
public sealed class ReportEndpointTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    private HttpClient Client => host.Factory.CreateClient();

    private async Task<(HttpStatusCode Status, string? MediaType, string? FileName, byte[] Body)> Get(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("X-Acting-Organization", Api.NgocHaCommission.Organization);
        request.Headers.Add("X-Acting-Body", Api.NgocHaCommission.Body);
        using var response = await Client.SendAsync(request);
        return (response.StatusCode, response.Content.Headers.ContentType?.MediaType, response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), await response.Content.ReadAsByteArrayAsync());
    }

    [Theory]
    [InlineData("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")]
    [InlineData("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")]
    [InlineData("html", "text/html")]
    [InlineData("json", "application/json")]
    [InlineData("csv", "text/csv")]
    public async Task EachFormat_HasItsContentTypeAndFileName(string format, string mediaType)
    {
        // R-R2, R-R4: one report, five file formats, the same bytes the CLI writes.
        var (status, type, fileName, body) = await Get($"/api/organizations/TN.X001/report?period=2025&format={format}");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(mediaType, type);
        Assert.Equal($"bao-cao-TN.X001-2025.{format}", fileName);
        Assert.NotEmpty(body);
    }

    [Fact]
    public async Task Docx_OpensAsAWordDocument_WithThePartyHeader()
    {
        // R-R4: a .docx is a zip holding word/document.xml; its header names the provincial commission of the dataset's province.
        var (status, _, _, body) = await Get("/api/organizations/TN.X001/report?period=2025&format=docx");

        Assert.Equal(HttpStatusCode.OK, status);
        using var zip = new ZipArchive(new MemoryStream(body), ZipArchiveMode.Read);
        var document = zip.GetEntry("word/document.xml");
        Assert.NotNull(document);
        using var reader = new StreamReader(document.Open());
        var xml = await reader.ReadToEndAsync();
        Assert.Contains("BÁO CÁO", xml, StringComparison.Ordinal);
        Assert.Contains("TỈNH ỦY THÁI NGUYÊN", xml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Xlsx_OpensAsAWorkbook()
    {
        var (status, _, _, body) = await Get("/api/organizations/TN.X001/report?period=2025&format=xlsx");

        Assert.Equal(HttpStatusCode.OK, status);
        using var zip = new ZipArchive(new MemoryStream(body), ZipArchiveMode.Read);
        Assert.NotNull(zip.GetEntry("xl/workbook.xml"));
    }

    [Fact]
    public async Task WithoutFormat_IsTheJsonReport()
    {
        var (status, type, _, body) = await Get("/api/organizations/TN.X001/report?period=2025");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("application/json", type);
        using var json = JsonDocument.Parse(body);
        Assert.Equal("2025", json.RootElement.GetProperty("period").GetProperty("code").GetString());
    }

    [Theory]
    [InlineData("format", "pdf")]
    [InlineData("format", "DOCX")]
    [InlineData("format", "docx,xlsx")]
    [InlineData("format", "")]
    [InlineData("period", "2025Q5")]
    [InlineData("period", "9999")]
    [InlineData("period", "term:2025")]
    public async Task BadFormatOrPeriod_Is400NamingTheParameter(string parameter, string value)
    {
        var url = parameter == "format"
            ? $"/api/organizations/TN.X001/report?period=2025&format={Uri.EscapeDataString(value)}"
            : $"/api/organizations/TN.X001/report?format=json&period={Uri.EscapeDataString(value)}";
        var reply = await Api.SendAsync(Client, HttpMethod.Get, url, actor: Api.NgocHaCommission, language: "en");

        Assert.True(reply.Status == HttpStatusCode.BadRequest, reply.ToString());
        Assert.Contains(reply.Errors, e => e.Field == parameter);
    }

    [Fact]
    public async Task UnknownOrganization_Is404_AndAnotherCommunesCommission_Is403()
    {
        var unknown = await Api.SendAsync(Client, HttpMethod.Get, "/api/organizations/TN.X999/report?format=json", actor: Api.NgocHaCommission);
        var other = await Api.SendAsync(Client, HttpMethod.Get, "/api/organizations/TN.X001/report?format=json", actor: ("TN.X002", "InspectionCommission"));

        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Equal(HttpStatusCode.Forbidden, other.Status);
    }

    [Fact]
    public async Task ACaseAdvancedThroughTheApi_ChangesTheJsonReport()
    {
        // R-I2, R-R2: the report reads the host's register; closing a case that carries out a programme item adds one
        // to the plan-completion numerator of the report (as for /indicators, PlanCompletionContract).
        var program = await PlanCompletionContract.IssueProgram(Client);
        var caseId = $"KT-{Guid.NewGuid():N}"[..24];
        Assert.Equal(HttpStatusCode.Created, (await PlanCompletionContract.OpenCase(Client, caseId, (program, "I-01"))).Status);
        var before = await PlanCompletionNumerator();

        foreach (var step in PlanCompletionContract.ToClose)
        {
            var reply = await Api.SendAsync(Client, HttpMethod.Post, $"/api/cases/{caseId}/steps", Api.Json(step), Api.NgocHaCommission);
            Assert.True(reply.Status == HttpStatusCode.OK, reply.ToString());
        }

        Assert.Equal(before + 1, await PlanCompletionNumerator());
    }

    private async Task<long> PlanCompletionNumerator()
    {
        var (status, _, _, body) = await Get("/api/organizations/TN.X001/report?period=2025&format=json");
        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(body);
        var indicator = json.RootElement.GetProperty("indicators").EnumerateArray().Single(i => i.GetProperty("code").GetString() == "KL34-2022-02");
        var numerator = indicator.GetProperty("numerator");
        return numerator.ValueKind == JsonValueKind.Null ? 0 : numerator.GetInt64();
    }
}

/// <summary>Issue 15, item 6: what the framework answers itself (405, a route value that does not bind) is a problem of the documented shape.</summary>
public sealed class FrameworkProblemTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    [Fact]
    public async Task WrongMethod_Is405ProblemWithTheDocumentedType()
    {
        var reply = await Api.SendAsync(host.Factory.CreateClient(), HttpMethod.Delete, "/api/cases", language: "en");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, reply.Status);
        Assert.Equal("application/problem+json", reply.MediaType);
        Assert.Equal("urn:kiemtra:problem:method-not-allowed", reply.Str("type"));
        Assert.Equal("Method not allowed", reply.Str("title"));
        Assert.False(string.IsNullOrEmpty(reply.Str("traceId")));
    }

    [Fact]
    public async Task UnknownPath_Is404ProblemWithTheDocumentedType()
    {
        var reply = await Api.SendAsync(host.Factory.CreateClient(), HttpMethod.Get, "/api/no-such-thing");

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
        Assert.Equal("urn:kiemtra:problem:not-found", reply.Str("type"));
        Assert.Equal("vi", reply.Language);
    }
}
