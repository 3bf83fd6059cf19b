using System.Text;

namespace KiemTra.WebHost.Http;

/// <summary>
/// Every string that enters the host is normalised to Unicode NFC (<i>dạng chuẩn hóa NFC</i>) before it is validated,
/// compared or stored. Vietnamese text typed on different keyboards arrives either precomposed ("ế" U+1EBF) or
/// decomposed ("e" + U+0302 + U+0301); without normalisation the same name would be two different keys in the
/// database and searches would miss half the records.
/// </summary>
internal static class Nfc
{
    /// <summary>The NFC form of <paramref name="text"/>, or null; false when the text is not valid Unicode (a lone surrogate).</summary>
    public static bool TryNormalize(string? text, out string? normalized)
    {
        if (text is null)
        {
            normalized = null;
            return true;
        }

        try
        {
            normalized = text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
            return true;
        }
        catch (ArgumentException)
        {
            // string.Normalize throws for ill-formed UTF-16 (lone surrogates, which JSON "\ud800" escapes can produce).
            normalized = null;
            return false;
        }
    }
}
