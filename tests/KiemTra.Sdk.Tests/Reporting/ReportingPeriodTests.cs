using KiemTra.Sdk.Reporting;
using NodaTime;

namespace KiemTra.Sdk.Tests.Reporting;

public class ReportingPeriodTests
{
    [Theory]
    [InlineData("2025", ReportingPeriodKind.Year, "2025-01-01", "2025-12-31", "2025")]
    [InlineData("2025Q3", ReportingPeriodKind.Quarter, "2025-07-01", "2025-09-30", "2025Q3")]
    [InlineData("2024q1", ReportingPeriodKind.Quarter, "2024-01-01", "2024-03-31", "2024Q1")]
    [InlineData("term:2025-2030", ReportingPeriodKind.Term, "2025-01-01", "2030-12-31", "term:2025-2030")]
    [InlineData("term:2020-2025", ReportingPeriodKind.Term, "2020-01-01", "2025-12-31", "term:2020-2025")]
    [InlineData("midterm:2025-2030", ReportingPeriodKind.MidTermReview, "2025-01-01", "2028-12-31", "midterm:2025-2030")]
    [InlineData("final:2025-2030", ReportingPeriodKind.FinalReview, "2025-01-01", "2030-12-31", "final:2025-2030")]
    [InlineData(" custom:2025-01-01..2025-06-30 ", ReportingPeriodKind.Custom, "2025-01-01", "2025-06-30", "custom:2025-01-01..2025-06-30")]
    public void Parse_AcceptsEveryForm_AndRoundTripsItsCode(string text, ReportingPeriodKind kind, string start, string end, string code)
    {
        // R-R1: quarters, years, terms, mid-term review (sơ kết 2028) and final review (tổng kết 2030).
        var period = ReportingPeriod.Parse(text);
        Assert.Equal(kind, period.Kind);
        Assert.Equal(start, period.Start.ToString("uuuu-MM-dd", null));
        Assert.Equal(end, period.End.ToString("uuuu-MM-dd", null));
        Assert.Equal(code, period.Code);
        Assert.Equal(period, ReportingPeriod.Parse(period.Code));
    }

    [Theory]
    [InlineData("")]
    [InlineData("25")]
    [InlineData("2025Q0")]
    [InlineData("2025Q5")]
    [InlineData("2025Q12")]
    [InlineData("term:2025-2031")]
    [InlineData("term:2025")]
    [InlineData("sokết:2025-2030")]
    [InlineData("custom:2025-06-30..2025-01-01")]
    [InlineData("custom:2025-13-01..2025-12-31")]
    [InlineData("năm 2025")]
    public void Parse_RejectsOtherText_WithFormatExceptionQuotingIt(string text)
    {
        // R-R1: a typed FormatException naming the text.
        var ex = Assert.Throws<FormatException>(() => ReportingPeriod.Parse(text));
        Assert.Contains($"'{text}'", ex.Message, StringComparison.Ordinal);
        Assert.False(ReportingPeriod.TryParse(text, out _));
    }

    [Fact]
    public void MidTermReview_Of2025To2030_IsHeldIn2028()
    {
        // R-R1: seed 002 Part III §I — sơ kết 2028, tổng kết 2030.
        Assert.Equal(2028, ReportingPeriod.MidTermReview(2025, 2030).End.Year);
        Assert.Equal(2030, ReportingPeriod.FinalReview(2025, 2030).End.Year);
        Assert.Contains("Sơ kết 2028", ReportingPeriod.MidTermReview(2025, 2030).Label.Vietnamese, StringComparison.Ordinal);
        Assert.Contains("Tổng kết 2030", ReportingPeriod.FinalReview(2025, 2030).Label.Vietnamese, StringComparison.Ordinal);
    }

    [Fact]
    public void Quarter_Labels_UseRomanNumerals()
        => Assert.Equal("Quý III/2025", ReportingPeriod.Quarter(2025, 3).Label.Vietnamese);

    [Fact]
    public void Factories_RejectBadArguments()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Quarter(2025, 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Term(2025, 2029));
        Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.Custom(new LocalDate(2025, 2, 1), new LocalDate(2025, 1, 1)));
    }

    [Fact]
    public void Contains_AndCovers_AreInclusive()
    {
        var year = ReportingPeriod.Year(2025);
        Assert.True(year.Contains(new LocalDate(2025, 1, 1)));
        Assert.True(year.Contains(new LocalDate(2025, 12, 31)));
        Assert.False(year.Contains(new LocalDate(2026, 1, 1)));
        Assert.True(ReportingPeriod.Term(2025, 2030).Covers(year));
        Assert.False(year.Covers(ReportingPeriod.Term(2025, 2030)));
    }

    [Theory]
    [InlineData(2026, 10, 31, 2025, 2025)] // 2026 is not over on 31/10
    [InlineData(2026, 12, 31, 2025, 2026)] // the last day completes the year
    [InlineData(2026, 1, 1, 2025, 2025)]
    [InlineData(2026, 10, 31, 2026, 2026)] // activity only from 2026: not an empty 2025
    public void LatestCompletedYear_IsTheLastYearOverByTheExtractionDate_NotBeforeTheData(int year, int month, int day, int earliest, int expected)
    {
        Assert.Equal(ReportingPeriod.Year(expected), ReportingPeriod.LatestCompletedYear(new LocalDate(year, month, day), earliest));
    }

    [Fact]
    public void LatestCompletedYear_OutOfRange_NamesTheYear()
    {
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => ReportingPeriod.LatestCompletedYear(new LocalDate(1930, 6, 1), 1900));
        Assert.Equal("year", ex.ParamName);
    }
}
