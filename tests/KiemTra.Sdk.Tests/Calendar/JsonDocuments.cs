using System.Text;

namespace KiemTra.Sdk.Tests.Calendar;

/// <summary>Small schedule documents for loader tests.</summary>
internal static class JsonDocuments
{
    /// <summary>
    /// A one-year document. With <paramref name="replacesStatutoryRules"/> the year opts out of the statutory-holiday
    /// check (R-W3), for tests of other parts of the format that do not list every statutory holiday.
    /// </summary>
    public static string Schedule(int year, string daysOff, string makeUps = "", bool replacesStatutoryRules = false)
        => $$$"""
        {"format":"kiemtra.holiday-schedules/1","version":"test","sources":{"S":{"instrument":"Thông báo thử","verified":true}},
         "schedules":[{"year":{{{year}}},"source":"S",{{{(replacesStatutoryRules ? "\"replacesStatutoryRules\":true," : string.Empty)}}}"daysOff":[{{{daysOff}}}],"makeUpWorkdays":[{{{makeUps}}}]}]}
        """;

    /// <summary>
    /// Every statutory holiday of 2027 counted by hand (R-W3): 1/1 (Fri); Tết Đinh Mùi, lunar 1/1 = Sat 6/2/2027, so
    /// mùng 1–3 are 6, 7, 8/2; Hùng Kings' day lunar 10/3 = Fri 16/4; 30/4 (Fri); 1/5 (Sat); 2/9 (Thu) and 3/9 (Fri);
    /// 24/11 (Wed). No compensatory days: a host schedule may place them as announced.
    /// </summary>
    public static readonly string Statutory2027 = string.Join(',', new[]
    {
        ("2027-01-01", "holiday"), ("2027-02-06", "holiday"), ("2027-02-07", "holiday"), ("2027-02-08", "holiday"),
        ("2027-04-16", "holiday"), ("2027-04-30", "holiday"), ("2027-05-01", "holiday"), ("2027-09-02", "holiday"),
        ("2027-09-03", "holiday"), ("2027-11-24", "holiday"),
    }.Select(d => $$"""{"date":"{{d.Item1}}","kind":"{{d.Item2}}","reason":{"vi":"Ngày lễ","en":"Holiday"},"source":"S"}"""));

    public static Stream Stream(string json) => new MemoryStream(Encoding.UTF8.GetBytes(json));
}
