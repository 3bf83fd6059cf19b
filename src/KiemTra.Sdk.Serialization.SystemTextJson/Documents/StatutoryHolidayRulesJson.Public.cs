using System.Text.Json;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Organization;

namespace KiemTra.Sdk.Serialization.SystemTextJson;

/// <summary>
/// Reads and writes statutory holiday rules (<i>quy định về nghỉ lễ, tết</i>; format <c>kiemtra.statutory-holidays/1</c>,
/// the format of the built-in <c>statutory-holidays.json</c>): the holidays of the Labour Code as effective-dated data,
/// the weekly rest and the compensatory-day rule, each citing its source. Every refusal is a
/// <see cref="KiemTra.Sdk.Diagnostics.DataFormatException"/> naming the JSON pointer, the line and a stable code.
/// </summary>
public static partial class StatutoryHolidayRulesJson;
