using KiemTra.Sdk;
using Microsoft.Net.Http.Headers;

namespace KiemTra.WebHost.Http;

/// <summary>The language of messages for one request (<i>ngôn ngữ phản hồi</i>): Vietnamese unless <c>Accept-Language</c> prefers English.</summary>
internal enum Language
{
    /// <summary>Vietnamese, the default.</summary>
    Vietnamese,

    /// <summary>English.</summary>
    English,
}

/// <summary>Chooses the response language from <c>Accept-Language</c>.</summary>
internal static class RequestLanguage
{
    /// <summary>The highest-quality language tag that is Vietnamese or English wins; anything else (or nothing) means Vietnamese.</summary>
    public static Language Of(HttpRequest request)
    {
        IList<StringWithQualityHeaderValue> accepted;
        try
        {
            accepted = request.GetTypedHeaders().AcceptLanguage;
        }
        catch (FormatException)
        {
            return Language.Vietnamese;
        }

        foreach (var tag in accepted.Where(a => a.Quality is not 0).OrderByDescending(a => a.Quality ?? 1.0))
        {
            var value = tag.Value.Value ?? string.Empty;
            if (value.StartsWith("vi", StringComparison.OrdinalIgnoreCase))
            {
                return Language.Vietnamese;
            }

            if (value.StartsWith("en", StringComparison.OrdinalIgnoreCase))
            {
                return Language.English;
            }
        }

        return Language.Vietnamese;
    }

    /// <summary>The text in the chosen language.</summary>
    public static string Pick(this LocalizedText text, Language language) => language == Language.English ? text.English : text.Vietnamese;

    /// <summary>The BCP 47 tag of the language, for <c>Content-Language</c>.</summary>
    public static string Tag(this Language language) => language == Language.English ? "en" : "vi";
}
