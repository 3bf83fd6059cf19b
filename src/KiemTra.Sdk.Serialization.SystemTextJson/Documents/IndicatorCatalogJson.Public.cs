using System.Text.Json;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Organization;

namespace KiemTra.Sdk.Serialization.SystemTextJson;

/// <summary>
/// Reads and writes indicator catalogues (<i>danh mục chỉ tiêu</i>), the format of the built-in
/// <c>Data/indicators/catalogue-*.json</c> (described in <c>docs/indicators.md</c>), every field checked and unknown
/// fields rejected. A province reads its own catalogue and adds it to the built-in one with
/// <see cref="KiemTra.Sdk.Indicators.IndicatorCatalog.With"/>. Every refusal is a
/// <see cref="KiemTra.Sdk.Diagnostics.DataFormatException"/> naming the JSON pointer, the line and a stable code.
/// </summary>
public static partial class IndicatorCatalogJson;
