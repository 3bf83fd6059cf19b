namespace KiemTra.Sdk.Inspection;

/// <summary>The three steps of every procedure (<i>ba bước</i>), plus the end.</summary>
public enum CaseStage
{
    /// <summary>Preparation: decision, plan, team (<i>chuẩn bị</i>).</summary>
    Preparation = 1,

    /// <summary>Conduct: announce, self-report, verify, draft report (<i>tiến hành</i>).</summary>
    Conduct = 2,

    /// <summary>Conclusion: meeting, notice, discipline, follow-up (<i>kết thúc</i>).</summary>
    Conclusion = 3,

    /// <summary>Closed or handed over (<i>kết thúc hồ sơ</i>).</summary>
    Ended = 4,
}
