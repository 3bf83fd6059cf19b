namespace KiemTra.Cli.Tests;

public class OrgCommandTests
{
    private const string SmallDataset = """
        {
          "name": "Tỉnh Thử",
          "snapshotDate": "2025-10-31",
          "organizations": [
            { "id": "A", "name": "Đảng bộ tỉnh Thử", "kind": "province", "createdOn": "2000-01-01", "flags": ["standingCommittee", "inspectionCommission"] },
            { "id": "A.X1", "name": "Đảng bộ xã Một", "kind": "commune", "parent": "A", "createdOn": "2025-07-01", "flags": ["inspectionCommission"] },
            { "id": "A.X1.C1", "name": "Chi bộ thôn Một", "kind": "cell", "parent": "A.X1", "createdOn": "2025-07-01" }
          ],
          "members": [
            { "id": "M1", "name": "Nguyễn Văn An", "organization": "A.X1.C1", "status": "full", "admittedOn": "2010-01-01" },
            { "id": "M2", "name": "Trần Thị Bình", "organization": "A.X1.C1", "status": "full", "admittedOn": "2010-01-01" }
          ],
          "posts": [ { "member": "M1", "organization": "A.X1", "kind": "commissionChair", "fullTime": true } ]
        }
        """;

    [Fact]
    public void Stats_Json_IsTheContractShape_ForTheEmbeddedThaiNguyen()
    {
        // R-H1, R-H7
        var (code, output, _) = CliRunner.Run("org", "stats", "--json");
        Assert.Equal(0, code);
        Assert.Equal(
            """{"asOf":"2025-10-31","counts":{"directlySubordinate":96,"grassrootsCommittees":247,"grassrootsCells":512,"subCommittees":40,"cells":5697,"members":140429}}""",
            output.TrimEnd('\n', '\r'));
    }

    [Fact]
    public void Stats_Text_NamesEveryKind_AndAsOfMovesTheDate()
    {
        var (code, output, _) = CliRunner.Run("org", "stats", "--as-of", "2025-06-30");
        Assert.Equal(0, code);
        Assert.Contains("counts as of 2025-06-30", output, StringComparison.Ordinal);
        Assert.Contains("Chi bộ trực thuộc / cells: ", output, StringComparison.Ordinal);
        Assert.Contains("Đảng viên / members: ", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Stats_BadAsOf_ExitsWithUsage_NamingTheValue()
    {
        var (code, _, error) = CliRunner.Run("org", "stats", "--as-of", "31/10/2025");
        Assert.Equal(2, code);
        Assert.Contains("--as-of", error, StringComparison.Ordinal);
        Assert.Contains("31/10/2025", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Dataset_Malformed_ExitsWithUsage_NamingPathAndLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kiemtra-bad-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, SmallDataset.Replace("\"kind\": \"cell\"", "\"kind\": \"cel\"", StringComparison.Ordinal));
        try
        {
            var (code, _, error) = CliRunner.Run("org", "stats", "--dataset", path);
            Assert.Equal(2, code);
            Assert.Contains("/organizations/2/kind", error, StringComparison.Ordinal);
            Assert.Contains("(line 7)", error, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Dataset_StatsCheckAndShow_ReadTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"kiemtra-ok-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, SmallDataset);
        try
        {
            var (code, output, _) = CliRunner.Run("org", "stats", "--json", "--dataset", path);
            Assert.Equal(0, code);
            Assert.Equal("""{"asOf":"2025-10-31","counts":{"directlySubordinate":1,"grassrootsCommittees":0,"grassrootsCells":0,"subCommittees":0,"cells":1,"members":2}}""", output.TrimEnd('\n', '\r'));

            (code, output, _) = CliRunner.Run("org", "check", "--dataset", path);
            Assert.Equal(0, code);
            Assert.Contains("ORG-CELL-MIN-FULL-MEMBERS A.X1.C1", output, StringComparison.Ordinal);
            Assert.Contains("ORG-COMMISSION-SIZE A.X1", output, StringComparison.Ordinal);

            (code, output, _) = CliRunner.Run("org", "show", "A.X1", "--dataset", path);
            Assert.Equal(0, code);
            Assert.Contains("A.X1 — Đảng bộ xã Một", output, StringComparison.Ordinal);
            Assert.Contains("A Đảng bộ tỉnh Thử (Province)", output, StringComparison.Ordinal);
            Assert.Contains("CommissionChair: M1 Nguyễn Văn An (chuyên trách / full-time)", output, StringComparison.Ordinal);
            Assert.Contains("  Đặc điểm / features: ", output, StringComparison.Ordinal); // a user's word, not the code's "flags"
            Assert.DoesNotContain("flags", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Check_EmbeddedProvince_ReportsOnlyThePlacedFindings()
    {
        // R-H3…R-H6
        var (code, output, _) = CliRunner.Run("org", "check");
        Assert.Equal(0, code);
        Assert.Contains("ORG-CELL-MIN-FULL-MEMBERS TN.X017.C001", output, StringComparison.Ordinal);
        Assert.Contains("2 phát hiện / findings (1 lỗi / errors, 0 cảnh báo / warnings, 1 thông tin / information)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Show_PrintsBodiesAndParentChain_AndUnknownIdExitsWithUsage()
    {
        var (code, output, _) = CliRunner.Run("org", "show", "TN.X001");
        Assert.Equal(0, code);
        Assert.Contains("InspectionCommission: Ủy ban kiểm tra", output, StringComparison.Ordinal);
        Assert.Contains("TN Đảng bộ tỉnh Thái Nguyên (Province)", output, StringComparison.Ordinal);
        Assert.Contains("MergedInto TN.X001", output, StringComparison.Ordinal);

        var (missing, _, error) = CliRunner.Run("org", "show", "TN.X999");
        Assert.Equal(2, missing);
        Assert.Contains("TN.X999", error, StringComparison.Ordinal);
    }
}
