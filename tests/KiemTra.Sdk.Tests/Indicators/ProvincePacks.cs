using KiemTra.Sdk.Documents;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Indicators;

namespace KiemTra.Sdk.Tests.Indicators;

/// <summary>
/// The province rule packs of the embedded Thái Nguyên province (samples/ProvinceRulePack/thai-nguyen and
/// phuong-thuc-lanh-dao), read from the files the samples ship: one province's targets, which the SDK no longer builds
/// in (R-T2, R-T3, R-T4, R-T5). <see cref="EmbeddedProvince"/> is the catalogue the CLI evaluates its embedded province with.
/// </summary>
internal static class ProvincePacks
{
    private static readonly Lazy<IndicatorCatalog> ThaiNguyenCatalog = new(() => Load("thai-nguyen", "DA-GSTX-TN-2025-chi-tieu.json"));
    private static readonly Lazy<IndicatorCatalog> LeadershipMethodsCatalog = new(() => Load("phuong-thuc-lanh-dao", "KH-PTLD-2026-chi-tieu.json"));

    /// <summary>Thái Nguyên's regular-supervision project targets.</summary>
    public static IndicatorCatalog ThaiNguyen => ThaiNguyenCatalog.Value;

    /// <summary>The leadership-methods plan's targets (digital processing, meetings, task specification).</summary>
    public static IndicatorCatalog LeadershipMethods => LeadershipMethodsCatalog.Value;

    /// <summary>The built-in catalogue followed by both packs, in the CLI's order.</summary>
    public static IndicatorCatalog EmbeddedProvince => IndicatorCatalog.BuiltIn.With(ThaiNguyen).With(LeadershipMethods);

    private static IndicatorCatalog Load(string pack, string file)
    {
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "TestData", "ProvinceRulePack", pack, "indicators", file));
        return IndicatorCatalogJson.Read(stream, file);
    }
}
