using KiemTra.Sdk.Rules;

namespace KiemTra.Sdk.Tests.Rules;

/// <summary>A rule value answers for its own type only: what it holds is read without knowing the type in advance.</summary>
public class RuleValueTests
{
    [Fact]
    public void EachValue_IsReadOnlyAsItsOwnType()
    {
        var duration = RuleValue.OfDuration(RuleDuration.Of(30, RuleDurationUnit.WorkingDays));
        Assert.True(duration.TryGetDuration(out var limit));
        Assert.Equal(RuleDuration.Of(30, RuleDurationUnit.WorkingDays), limit);
        Assert.False(duration.TryGetInteger(out _));
        Assert.False(duration.IsRepealed);

        Assert.True(RuleValue.OfInteger(5).TryGetInteger(out var integer));
        Assert.Equal(5, integer);
        Assert.False(RuleValue.OfInteger(5).TryGetRange(out _, out _));

        Assert.True(RuleValue.OfRange(11, 13).TryGetRange(out var min, out var max));
        Assert.Equal((11, 13), (min, max));
        Assert.False(RuleValue.OfRange(11, 13).TryGetDuration(out _));

        Assert.True(RuleValue.OfBoolean(true).TryGetBoolean(out var flag));
        Assert.True(flag);
        Assert.False(RuleValue.OfBoolean(true).TryGetCodes(out _));

        Assert.True(RuleValue.OfCodes(["reprimand", "warning"]).TryGetCodes(out var codes));
        Assert.Equal(new[] { "reprimand", "warning" }, codes.ToArray());
        Assert.False(RuleValue.OfCodes(["reprimand"]).TryGetBoolean(out _));
    }

    [Fact]
    public void Repealed_IsRepealed_AndHoldsNoValue()
    {
        Assert.True(RuleValue.Repealed.IsRepealed);
        Assert.False(RuleValue.Repealed.TryGetDuration(out _));
        Assert.False(RuleValue.Repealed.TryGetInteger(out _));
        Assert.False(RuleValue.Repealed.TryGetRange(out _, out _));
        Assert.False(RuleValue.Repealed.TryGetBoolean(out _));
        Assert.False(RuleValue.Repealed.TryGetCodes(out var codes));
        Assert.Empty(codes);
        Assert.False(RuleValue.OfBoolean(false).IsRepealed);
    }

    [Fact]
    public void AsAnotherType_ThrowsNamingBothTypes()
    {
        var error = Assert.Throws<InvalidOperationException>(() => RuleValue.OfInteger(5).AsDuration());
        Assert.Contains("Integer", error.Message, StringComparison.Ordinal);
        Assert.Contains("Duration", error.Message, StringComparison.Ordinal);
    }
}
