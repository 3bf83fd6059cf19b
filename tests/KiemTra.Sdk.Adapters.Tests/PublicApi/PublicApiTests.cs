using System.Reflection;
using KiemTra.Sdk.Testing;

namespace KiemTra.Sdk.Adapters.Tests.PublicApi;

/// <summary>
/// The public surface of each shipped package, checked against an approved text file: a change to what
/// hosts can call fails here until the approved file is updated deliberately (KIEMTRA_APPROVE=1).
/// </summary>
public class PublicApiTests
{
    public static TheoryData<string> Packages => new()
    {
        "KiemTra.Sdk",
        "KiemTra.Sdk.Serialization.SystemTextJson",
        "KiemTra.Sdk.Testing",
        "KiemTra.Sdk.DependencyInjection",
        "KiemTra.Sdk.FluentValidation",
        "KiemTra.Sdk.Reporting",
    };

    [Theory]
    [MemberData(nameof(Packages))]
    public void PublicApi_MatchesApprovedFile(string package)
    {
        var assembly = Assembly.Load(package);
        GoldenFile.Verify(PublicApiWriter.Write(assembly), package, "txt");
    }
}
