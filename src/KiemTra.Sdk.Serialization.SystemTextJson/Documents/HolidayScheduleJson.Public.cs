using System.Text.Json;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Organization;

namespace KiemTra.Sdk.Serialization.SystemTextJson;

/// <summary>
/// Reads and writes holiday-schedule documents (<i>lịch nghỉ lễ, tết</i>; format <c>kiemtra.holiday-schedules/1</c>,
/// described in <c>docs/deadlines.md</c>): the official days off and make-up Saturdays of one or more years, every
/// entry citing its notice. A host adds a newly announced year by reading its document and combining it with the
/// built-in schedules:
/// <code>
/// using var stream = File.OpenRead("schedules-2027.json");
/// var source = IHolidayScheduleSource.Combine(HolidayScheduleJson.Read(stream, "schedules-2027.json"), IHolidayScheduleSource.BuiltIn);
/// </code>
/// Every refusal is a <see cref="KiemTra.Sdk.Diagnostics.DataFormatException"/> naming the JSON pointer, the line and a stable code.
/// </summary>
public static partial class HolidayScheduleJson;
