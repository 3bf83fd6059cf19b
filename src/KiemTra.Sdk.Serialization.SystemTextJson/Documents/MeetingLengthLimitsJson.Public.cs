using System.Text.Json;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Organization;

namespace KiemTra.Sdk.Serialization.SystemTextJson;

/// <summary>
/// Reads and writes meeting-length limits (<i>thời gian tổ chức hội nghị</i>), the format of the built-in
/// <c>Data/indicators/meeting-limits.json</c>. Every refusal is a <see cref="KiemTra.Sdk.Diagnostics.DataFormatException"/>
/// naming the JSON pointer, the line and a stable code.
/// </summary>
public static partial class MeetingLengthLimitsJson;
