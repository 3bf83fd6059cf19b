using System.Globalization;
using NodaTime;

namespace KiemTra.Sdk.Indicators.Measures;

/// <summary>
/// A date written as <c>uuuu-MM-dd</c> straight into an interpolated string: explanations write a few dates per record
/// listed (hundreds of thousands at national scale), so no intermediate string is made for each.
/// </summary>
internal readonly struct IsoDate(LocalDate date) : ISpanFormattable
{
    public bool TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        if (date.Year is < 1000 or > 9999)
        {
            // Outside four-digit years, NodaTime's pattern decides (sign, padding).
            var text = ToString();
            if (!text.TryCopyTo(destination))
            {
                charsWritten = 0;
                return false;
            }

            charsWritten = text.Length;
            return true;
        }

        if (destination.Length < 10)
        {
            charsWritten = 0;
            return false;
        }

        date.Year.TryFormat(destination, out _, provider: CultureInfo.InvariantCulture);
        destination[4] = '-';
        destination[5] = (char)('0' + (date.Month / 10));
        destination[6] = (char)('0' + (date.Month % 10));
        destination[7] = '-';
        destination[8] = (char)('0' + (date.Day / 10));
        destination[9] = (char)('0' + (date.Day % 10));
        charsWritten = 10;
        return true;
    }

    public string ToString(string? format, IFormatProvider? formatProvider) => ToString();

    public override string ToString() => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
}
