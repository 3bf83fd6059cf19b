using System.Text.Json;

#if KIEMTRA_CORE
namespace KiemTra.Sdk.Documents;
#else
namespace KiemTra.Sdk.Serialization.SystemTextJson;
#endif

/// <summary>How every document writer writes: indented UTF-8, Vietnamese letters as they are (not <c>\u</c>-escaped).</summary>
internal static class DocumentWriting
{
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>A date as <c>yyyy-MM-dd</c> (ISO, invariant).</summary>
    public static string Iso(NodaTime.LocalDate date) => date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
