using FsCheck;
using FsCheck.Fluent;

namespace KiemTra.Sdk.Tests.Infrastructure;

/// <summary>Runs FsCheck properties from xunit facts (FsCheck.Xunit is not in the package mirror here).</summary>
public static class Properties
{
    /// <summary>Checks a property with a fixed replay-free configuration; throws with the counter-example on failure.</summary>
    public static void Check(Property property, int maxTests = 500)
    {
        var config = Config.QuickThrowOnFailure.WithMaxTest(maxTests);
        property.Check(config);
    }
}
