using System.Text.Json.Nodes;
using KiemTra.Sdk.Calendar;

namespace KiemTra.Cli.Tests.HostData;

/// <summary>
/// Writes host data files for the global options into a fresh folder (deleted on dispose), so each test states the
/// file it feeds the CLI.
/// </summary>
internal sealed class HostDataFolder : IDisposable
{
    public HostDataFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "kiemtra-cli-host-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>The Lâm Đồng province pack of <c>samples/ProvinceRulePack</c>, copied beside the tests.</summary>
    public static string LamDong(params string[] parts)
        => System.IO.Path.Combine([AppContext.BaseDirectory, "TestData", "lam-dong", .. parts]);

    public string Write(string name, string content)
    {
        var file = System.IO.Path.Combine(Path, name);
        File.WriteAllText(file, content);
        return file;
    }

    /// <summary>
    /// The official 2026 schedule the SDK ships (its own embedded JSON, same sources) plus one provincial day off,
    /// Wednesday 2026-11-25 (the day after the statutory 24/11), cited to an illustrative, unverified notice: what an organisation adding a local day off
    /// ships, since a host year replaces the whole built-in year.
    /// </summary>
    public string Schedule2026WithProvincialDayOff25November()
    {
        var sdk = typeof(WorkingCalendar).Assembly;
        using var stream = sdk.GetManifestResourceStream(sdk.GetManifestResourceNames().Single(n => n.EndsWith("civil-service-schedules.json", StringComparison.Ordinal)))!;
        var document = JsonNode.Parse(stream)!.AsObject();
        document["version"] = "cli-test-2026-1";
        document["sources"]!.AsObject()["TEST-UBND-2026"] = new JsonObject
        {
            ["instrument"] = "Thông báo minh họa của tỉnh (dữ liệu kiểm thử) / illustrative provincial notice (test data)",
            ["verified"] = false,
        };
        var year2026 = document["schedules"]!.AsArray().Single(s => (int)s!["year"]! == 2026)!.DeepClone().AsObject();
        var daysOff = year2026["daysOff"]!.AsArray();
        daysOff.Add(new JsonObject
        {
            ["date"] = "2026-11-25",
            ["kind"] = "holiday",
            ["reason"] = new JsonObject { ["vi"] = "Ngày nghỉ riêng của tỉnh (kiểm thử)", ["en"] = "Provincial day off (test)" },
            ["source"] = "TEST-UBND-2026",
        });
        document["schedules"] = new JsonArray(year2026);
        return Write("host-2026.json", document.ToJsonString());
    }

    /// <summary>A one-indicator catalogue in the SDK's catalogue format (docs/indicators.md), code <c>HOST-01</c>.</summary>
    public string OneIndicatorCatalog() => Write("host-indicators.json", """
        {
          "catalogue": "cli-test-host",
          "title": { "vi": "Chỉ tiêu của tổ chức (kiểm thử)", "en": "Host indicators (test)" },
          "indicators": [
            {
              "code": "HOST-01",
              "text": { "vi": "Cấp ủy ban hành chương trình kiểm tra, giám sát (kiểm thử)", "en": "Committees issuing an inspection and supervision programme (test)" },
              "target": { "value": 1.0, "comparator": ">=", "unit": "percent" },
              "measure": "programme-issued",
              "numerator": { "vi": "Số cấp ủy ban hành chương trình", "en": "Committees that issued a programme" },
              "denominator": { "vi": "Số cấp ủy trong phạm vi", "en": "Committees in the scope" },
              "periodKind": "year",
              "validFrom": 2025,
              "validTo": 2030,
              "appliesTo": { "organizationKinds": [ "GrassrootsCommittee", "GrassrootsCell" ], "body": "Committee" },
              "source": { "ruleSet": "TEST-HOST-2026", "instrument": "Kế hoạch minh họa (dữ liệu kiểm thử) / illustrative plan (test data)", "article": "Mục 1" },
              "verified": false
            }
          ]
        }
        """);

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
