using KiemTra.Sdk.Testing;

namespace KiemTra.Sdk.Adapters.Tests.Testing;

public class GoldenFileTests
{
    [Fact]
    public void Verify_MatchingOutput_Passes_EvenWithWindowsLineEndings()
    {
        GoldenFile.Verify("line one\r\nline two", "GoldenFileSample");
    }

    [Fact]
    public void Verify_DifferentOutput_WritesReceivedFile_AndNamesTheLine()
    {
        var directory = Path.Combine(Path.GetTempPath(), "kiemtra-golden-" + Guid.NewGuid().ToString("N"));
        var fakeCaller = Path.Combine(directory, "SomeTests.cs");
        Directory.CreateDirectory(Path.Combine(directory, "Approved"));
        File.WriteAllText(Path.Combine(directory, "Approved", "Case.approved.txt"), "a\nb\nc\n");
        try
        {
            var ex = Assert.Throws<GoldenFileMismatchException>(() => GoldenFile.Verify("a\nX\nc\n", "Case", "txt", fakeCaller));
            Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
            Assert.Equal("a\nX\nc\n", File.ReadAllText(ex.ReceivedPath));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("../escape")]
    public void Verify_RejectsNamesThatAreNotPlainFileNames(string name)
    {
        Assert.Throws<ArgumentException>(() => GoldenFile.Verify("x", name));
    }
}
