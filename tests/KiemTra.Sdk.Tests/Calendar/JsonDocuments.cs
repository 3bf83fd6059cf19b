using System.Text;

namespace KiemTra.Sdk.Tests.Calendar;

/// <summary>Small schedule documents for loader tests.</summary>
internal static class JsonDocuments
{
    public static string Schedule(int year, string daysOff, string makeUps = "")
        => $$$"""
        {"format":"kiemtra.holiday-schedules/1","version":"test","sources":{"S":{"instrument":"Thông báo thử","verified":true}},
         "schedules":[{"year":{{{year}}},"source":"S","daysOff":[{{{daysOff}}}],"makeUpWorkdays":[{{{makeUps}}}]}]}
        """;

    public static Stream Stream(string json) => new MemoryStream(Encoding.UTF8.GetBytes(json));
}
