using KiemTra.Sdk.Formatting;
using NodaTime;

namespace KiemTra.Sdk.Tests.Text;

/// <summary>Vietnamese text writes numbers the Vietnamese way (issue 14 item 4); expected strings written by hand.</summary>
public class TextFormatTests
{
    [Fact]
    public void VietnameseNumbers_GroupWithADot_AndUseADecimalComma()
    {
        Assert.Equal("97,5%", TextFormat.Percent(97.5m));
        Assert.Equal("100%", TextFormat.Percent(100m));
        Assert.Equal("66,7%", TextFormat.Percent(66.666m));
        Assert.Equal("4.235/4.342", TextFormat.Ratio(4235, 4342));
        Assert.Equal("1,5", TextFormat.Number(1.5m));
        Assert.Equal("1.234.567", TextFormat.Integer(1_234_567));
        Assert.Equal("0", TextFormat.Integer(0));
        Assert.Equal("-12.000", TextFormat.Integer(-12_000));
    }

    [Fact]
    public void EnglishNumbers_GroupWithACommaAndUseADecimalPoint()
    {
        Assert.Equal("97.5%", TextFormat.EnglishPercent(97.5m));
        Assert.Equal("4,235/4,342", TextFormat.EnglishRatio(4235, 4342));
        Assert.Equal("1.5", TextFormat.EnglishNumber(1.5m));
    }

    [Fact]
    public void Dates_AreDayMonthYearInVietnamese_AndIsoInEnglish()
    {
        var d = new LocalDate(2026, 2, 3);
        Assert.Equal("03/02/2026", TextFormat.Date(d));
        Assert.Equal("03/02", TextFormat.DayMonth(d));
        Assert.Equal("2026-02-03", TextFormat.IsoDate(d));
    }

    [Fact]
    public void Decimals_OutOfRange_AreRefused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => TextFormat.Number(1m, 7));
        Assert.Equal("decimals", error.ParamName);
    }
}
