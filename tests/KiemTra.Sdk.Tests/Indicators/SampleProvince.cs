using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Organization;

namespace KiemTra.Sdk.Tests.Indicators;

/// <summary>
/// The hand-built "Tỉnh Mẫu" (samples/KiemTra.Cli/Data/sample-province.json): nine organisations whose data is
/// chosen so that every indicator's answer for 2025 and 2026 is known by construction (see docs/indicators.md).
/// </summary>
internal static class SampleProvince
{
    public static readonly OrganizationId Root = OrganizationId.From("TM");

    private static readonly Lazy<IndicatorDataSet> Data = new(() =>
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "TestData", "sample-province.json"));
        return IndicatorDataSetReader.Read(stream, "sample-province.json");
    });

    public static IndicatorDataSet DataSet => Data.Value;
}
