using System.Text.Json;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Organization;

namespace KiemTra.Sdk.Serialization.SystemTextJson;

/// <summary>
/// Reads and writes the catalogues of supervision and inspection work (<i>danh mục</i>), the format of the built-in
/// <c>Data/catalogues/oversight.json</c>, strictly: the shared checks of every reader (size, depth and count bounds of
/// <see cref="KiemTra.Sdk.InputRules"/>, no duplicate property name, no lone surrogate; text normalised to NFC), no
/// unknown field, every required field present and well typed. Every refusal is a
/// <see cref="KiemTra.Sdk.Diagnostics.DataFormatException"/> naming the JSON pointer, the line and a stable code.
/// </summary>
public static partial class OversightCatalogsJson;
