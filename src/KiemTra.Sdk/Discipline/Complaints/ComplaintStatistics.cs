namespace KiemTra.Sdk.Discipline.Complaints;

/// <summary>
/// Counts of resolved complaints against discipline (<i>thống kê giải quyết khiếu nại kỷ luật</i>), in the shape
/// of: "giải quyết khiếu nại kỷ luật đảng 04 đảng viên, kết quả giữ nguyên hình thức kỷ luật".
/// </summary>
public sealed record ComplaintStatistics
{
    private ComplaintStatistics(int members, int organizations, IReadOnlyDictionary<ComplaintOutcome, int> byOutcome)
    {
        Members = members;
        Organizations = organizations;
        ByOutcome = byOutcome;
    }

    /// <summary>Distinct members whose complaints were resolved.</summary>
    public int Members { get; }

    /// <summary>Distinct organisations whose complaints were resolved.</summary>
    public int Organizations { get; }

    /// <summary>Resolutions by outcome (every outcome listed).</summary>
    public IReadOnlyDictionary<ComplaintOutcome, int> ByOutcome { get; }

    /// <summary>Counts a set of resolutions.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="resolutions"/> is null.</exception>
    public static ComplaintStatistics Compute(IEnumerable<ComplaintResolution> resolutions)
    {
        ArgumentNullException.ThrowIfNull(resolutions);
        var list = resolutions.ToList();
        var subjects = list.Select(r => r.Complaint.Decision.Subject).ToList();
        return new ComplaintStatistics(
            subjects.Where(s => s.IsMember).Select(s => s.Id).Distinct().Count(),
            subjects.Where(s => !s.IsMember).Select(s => s.Id).Distinct().Count(),
            Enum.GetValues<ComplaintOutcome>().ToDictionary(o => o, o => list.Count(r => r.Outcome == o)));
    }

    /// <summary>The summary sentence.</summary>
    public LocalizedText Summary => LocalizedText.Of(
        $"Giải quyết khiếu nại kỷ luật đảng {Formatting.TextFormat.Integer(Members)} đảng viên và {Formatting.TextFormat.Integer(Organizations)} tổ chức đảng; kết quả: giữ nguyên {Formatting.TextFormat.Integer(ByOutcome[ComplaintOutcome.Upheld])}, thay đổi hình thức {Formatting.TextFormat.Integer(ByOutcome[ComplaintOutcome.Changed])}, xóa bỏ {Formatting.TextFormat.Integer(ByOutcome[ComplaintOutcome.Annulled])}.",
        $"Resolved complaints against discipline of {Formatting.TextFormat.EnglishInteger(Members)} members and {Formatting.TextFormat.EnglishInteger(Organizations)} organisations; outcome: upheld {Formatting.TextFormat.EnglishInteger(ByOutcome[ComplaintOutcome.Upheld])}, form changed {Formatting.TextFormat.EnglishInteger(ByOutcome[ComplaintOutcome.Changed])}, annulled {Formatting.TextFormat.EnglishInteger(ByOutcome[ComplaintOutcome.Annulled])}.");
}
