using NodaTime;

namespace KiemTra.Sdk.Organization;

/// <summary>Dates packed as yyyymmdd integers in the compact arrays: ordered like the dates, 4 bytes each.</summary>
internal static class DateCode
{
    public const int Never = int.MaxValue;

    public static int Of(LocalDate date) => (date.Year * 10000) + (date.Month * 100) + date.Day;

    public static LocalDate ToDate(int code) => new(code / 10000, code / 100 % 100, code % 100);

    public static LocalDate? ToNullableDate(int code) => code == Never ? null : ToDate(code);
}
