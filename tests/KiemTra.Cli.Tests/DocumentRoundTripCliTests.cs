using System.Diagnostics.CodeAnalysis;
using KiemTra.Cli.Tests.HostData;
using KiemTra.Sdk;
using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Rules;
using KiemTra.Sdk.Serialization.SystemTextJson;
using NodaTime;

namespace KiemTra.Cli.Tests;

/// <summary>
/// Issue 16 ("Done when": a document written by the JSON package for every format is read back by every loader the CLI
/// uses): each document the CLI accepts as a file option is written with the JSON package's <c>Write</c>, saved to a file
/// and given to the CLI run as a whole; the output shows the written content was read and used. The register format
/// (<c>--register</c>, WorkRegisterJson) is covered the same way by RegisterContractTests.
/// </summary>
public sealed class DocumentRoundTripCliTests : IDisposable
{
    private readonly HostDataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string WriteDocument(string name, Action<Stream> write)
    {
        var file = Path.Combine(_folder.Path, name);
        using (var stream = File.Create(file))
        {
            write(stream);
        }

        return file;
    }

    [Fact]
    public void Holidays_ScheduleWrittenByTheJsonPackage_MovesTheDeadlinePastTheWrittenDayOff()
    {
        // R-W3: the built-in 2026 schedule plus one provincial day off on Wednesday 25/11/2026, built through the public
        // API and written by HolidayScheduleJson. One working day after Monday 23/11 (24/11 is the statutory holiday,
        // R-W2) is Wednesday 25/11 without the file and Thursday 26/11 with it (hand-counted).
        Assert.True(IHolidayScheduleSource.BuiltIn.TryGetSchedule(2026, out var official));
        var citation = RuleCitation.Of(RuleSetId.From("CLI-RT-2026"), "Thông báo minh họa (dữ liệu kiểm thử) / illustrative notice (test data)", null, verified: false);
        var dayOff = DayExplanation.Create(new LocalDate(2026, 11, 25), DayKind.SwappedDayOff, LocalizedText.Of("Ngày nghỉ ghi bằng gói JSON (kiểm thử)", "Day off written by the JSON package (test)"), citation, isProvisional: false);
        var schedule = HolidaySchedule.Create(2026, official.IsProvisional, official.Source, [.. official.DaysOff, dayOff], official.MakeUpWorkdays, official.ReplacesStatutoryRules);
        var file = WriteDocument("schedule-2026.json", s => HolidayScheduleJson.Write(new OneYearSource(schedule), s));

        var builtIn = CliRunner.Run("deadline", "--event", "2026-11-23", "--working-days", "1", "--json");
        var host = CliRunner.Run("deadline", "--event", "2026-11-23", "--working-days", "1", "--json", "--holidays", file);

        Assert.Equal(0, builtIn.ExitCode);
        Assert.Contains("\"due\":\"2026-11-25\"", builtIn.Out, StringComparison.Ordinal);
        Assert.Equal(0, host.ExitCode);
        Assert.Contains("\"due\":\"2026-11-26\"", host.Out, StringComparison.Ordinal);
        Assert.Contains("Ngày nghỉ ghi bằng gói JSON (kiểm thử)", host.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void RuleSet_WrittenByTheJsonPackage_IsLoadedAndListedByAbout()
    {
        // A host rule set built through the public API from one built-in entry, under its own id and amending the built-in
        // set that entry comes from (a shared key needs that link), written by RuleSetJson.
        var builtIn = RuleBook.BuiltIn.RuleSets[0];
        var ruleSet = RuleSet.Create(
            RuleSetId.From("CLI-RT-2026"),
            "Kế hoạch minh họa (dữ liệu kiểm thử)",
            LocalizedText.Of("Bộ quy tắc ghi bằng gói JSON (kiểm thử)", "Rule set written by the JSON package (test)"),
            "Tỉnh ủy mẫu",
            new LocalDate(2026, 1, 5),
            new LocalDate(2026, 1, 5),
            verified: false,
            "dữ liệu kiểm thử / test data",
            [builtIn.Entries[0]]).WithAmends(builtIn.Id);
        var file = WriteDocument("rule-set.json", s => RuleSetJson.Write(ruleSet, s));

        var about = CliRunner.Run("about", "--rule-set", file);
        Assert.True(about.Error.Length == 0, about.Error);

        Assert.Equal(0, about.ExitCode);
        Assert.Contains("Bộ quy tắc / rule set: CLI-RT-2026, 1 mục / entries [chưa kiểm chứng / unverified]", about.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void IndicatorCatalog_WrittenByTheJsonPackage_ItsIndicatorIsListedAndEvaluates()
    {
        // R-T6: a host catalogue (code HOST-01) written by IndicatorCatalogueJson is listed by `indicators --json` and evaluates.
        IndicatorCatalogJsonValue(out var catalog);
        var file = WriteDocument("catalogue.json", s => IndicatorCatalogJson.Write(catalog, s));

        var builtIn = CliRunner.Run("indicators", "--json");
        var list = CliRunner.Run("indicators", "--json", "--indicators", file);
        var evaluation = CliRunner.Run("indicators", "evaluate", "--code", "HOST-01", "--period", "2025", "--indicators", file);

        Assert.DoesNotContain("HOST-01", builtIn.Out, StringComparison.Ordinal);
        Assert.Equal(0, list.ExitCode);
        Assert.Contains("{\"code\":\"HOST-01\"", list.Out, StringComparison.Ordinal);
        Assert.Equal(0, evaluation.ExitCode);
        Assert.StartsWith("HOST-01 — Cấp ủy ban hành chương trình kiểm tra, giám sát (kiểm thử)", evaluation.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void PartyDataset_WrittenByTheJsonPackage_ItsOrganisationsAndMembersAreCountedAndShownByOrg()
    {
        // R-H1: a two-organisation party dataset (Đảng bộ tỉnh Ghi, id G, with one cell of three members) written by
        // PartyDatasetJson replaces the embedded Thái Nguyên; the counts are hand-counted from the document.
        var dataset = PartyDatasetJson.Read(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(SmallDataset), writable: false), "small.json");
        var file = WriteDocument("dataset.json", s => PartyDatasetJson.Write(dataset, s));

        var embedded = CliRunner.Run("org", "show", "G.C1");
        var stats = CliRunner.Run("org", "stats", "--json", "--dataset", file);
        var show = CliRunner.Run("org", "show", "G.C1", "--dataset", file);

        Assert.NotEqual(0, embedded.ExitCode);
        Assert.Equal(0, stats.ExitCode);
        Assert.Equal("""{"asOf":"2026-06-30","counts":{"directlySubordinate":1,"grassrootsCommittees":0,"grassrootsCells":0,"subCommittees":0,"cells":1,"members":3}}""", stats.Out.TrimEnd('\n', '\r'));
        Assert.Equal(0, show.ExitCode);
        Assert.Contains("G.C1 — Chi bộ Ghi Một", show.Out, StringComparison.Ordinal);
        Assert.Contains("G Đảng bộ tỉnh Ghi (Province)", show.Out, StringComparison.Ordinal);
    }

    private const string SmallDataset = """
        {
          "name": "Tỉnh Ghi",
          "snapshotDate": "2026-06-30",
          "organizations": [
            { "id": "G", "name": "Đảng bộ tỉnh Ghi", "kind": "province", "createdOn": "2000-01-01", "flags": ["standingCommittee", "inspectionCommission"] },
            { "id": "G.C1", "name": "Chi bộ Ghi Một", "kind": "cell", "parent": "G", "createdOn": "2020-01-01" }
          ],
          "members": [
            { "id": "M1", "name": "Nguyễn Văn An", "organization": "G.C1", "status": "full", "admittedOn": "2010-01-01" },
            { "id": "M2", "name": "Trần Thị Bình", "organization": "G.C1", "status": "full", "admittedOn": "2011-01-01" },
            { "id": "M3", "name": "Lê Văn Cường", "organization": "G.C1", "status": "full", "admittedOn": "2012-01-01" }
          ]
        }
        """;

    private void IndicatorCatalogJsonValue(out KiemTra.Sdk.Indicators.IndicatorCatalog catalog)
    {
        using var stream = File.OpenRead(_folder.OneIndicatorCatalog());
        catalog = IndicatorCatalogJson.Read(stream, "host-indicators.json");
    }

    /// <summary>One year's schedule as a source, for the writer.</summary>
    private sealed class OneYearSource(HolidaySchedule schedule) : IHolidayScheduleSource
    {
        public string VersionId => "cli-rt-2026-1";

        public IReadOnlyList<int> GetYears() => [schedule.Year];

        public bool TryGetSchedule(int year, [NotNullWhen(true)] out HolidaySchedule? value)
        {
            value = year == schedule.Year ? schedule : null;
            return value is not null;
        }
    }
}
