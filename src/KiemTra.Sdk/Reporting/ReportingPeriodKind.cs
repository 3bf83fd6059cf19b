namespace KiemTra.Sdk.Reporting;

/// <summary>Kind of reporting period (<i>kỳ báo cáo</i>), from shortest to longest.</summary>
public enum ReportingPeriodKind
{
    /// <summary>A calendar quarter (<i>quý</i>).</summary>
    Quarter = 1,

    /// <summary>A calendar year (<i>năm</i>).</summary>
    Year = 2,

    /// <summary>The mid-term review of a term (<i>sơ kết</i>): from the term's start to the end of the review year (2028 for 2025–2030).</summary>
    MidTermReview = 3,

    /// <summary>A whole congress term (<i>nhiệm kỳ</i>), e.g. 2025–2030.</summary>
    Term = 4,

    /// <summary>The final review of a term (<i>tổng kết</i>): the whole term, reported in its last year.</summary>
    FinalReview = 5,

    /// <summary>Any other span of dates chosen by the host (<i>kỳ tùy chọn</i>).</summary>
    Custom = 6,
}
