using System.Net;
using KiemTra.WebHost.Tests.Infrastructure;

namespace KiemTra.WebHost.Tests.Register;

/// <summary>A programme whose item falls outside its period is refused by the validator, in each language, naming both dates.</summary>
public sealed class ProgramIssueTests(SqliteHost host) : IClassFixture<SqliteHost>
{
    private HttpClient Client => host.Factory.CreateClient();

    [Fact]
    public async Task AnItemBeforeTheProgrammeStarts_IsRefusedInEachLanguage_NamingBothDates()
    {
        // R-I2: each item lies within the programme's period; here it starts before the programme does.
        var id = $"CT-{Guid.NewGuid():N}"[..24];
        var body = Api.Json(new
        {
            id,
            title = "Chương trình kiểm tra, giám sát năm 2025",
            scope = "Year",
            from = "2025-07-01",
            to = "2025-12-31",
            issuedOn = "2025-07-15",
            items = new[] { new { id = "I-01", activity = "ComplianceInspection", type = "compliance", subject = "TN.X001.C001", start = "2025-06-15", end = "2025-11-30", contentAreas = new[] { "organisational-principles" } } },
        });

        var vietnamese = await Api.SendAsync(Client, HttpMethod.Post, "/api/programmes", body, Api.NgocHaCommission, "vi");
        Assert.True(vietnamese.Status == HttpStatusCode.BadRequest, vietnamese.ToString());
        var (field, _, message) = Assert.Single(vietnamese.Errors);
        Assert.StartsWith("items", field, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("items[].start (2025-06-15) không được trước from (2025-07-01).", message);

        var english = await Api.SendAsync(Client, HttpMethod.Post, "/api/programmes", body, Api.NgocHaCommission, "en");
        Assert.True(english.Status == HttpStatusCode.BadRequest, english.ToString());
        Assert.Equal("items[].start (2025-06-15) must not be before from (2025-07-01).", Assert.Single(english.Errors).Message);
    }
}
