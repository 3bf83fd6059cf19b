using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Organization;

namespace KiemTra.Sdk.Tests.Indicators;

/// <summary>
/// The hand-built "Tỉnh Mẫu" (tests/KiemTra.Sdk.Tests/TestData/sample-province.json): nine organisations whose data is
/// chosen so that every indicator's answer for 2025 and 2026 is known by construction (see docs/indicators.md). Read by
/// the test fixture <see cref="SampleProvinceFile"/> into the measures' columns.
/// </summary>
internal static class SampleProvince
{
    public static readonly OrganizationId Root = OrganizationId.From("TM");

    private static readonly Lazy<IndicatorDataSet> Data = new(() =>
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "TestData", "sample-province.json"));
        return SampleProvinceFile.Read(stream);
    });

    public static IndicatorDataSet DataSet => Data.Value;
}
