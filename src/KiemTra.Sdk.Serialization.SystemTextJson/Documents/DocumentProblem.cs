using KiemTra.Sdk;
using KiemTra.Sdk.Diagnostics;

#if KIEMTRA_CORE
namespace KiemTra.Sdk.Documents;
#else
namespace KiemTra.Sdk.Serialization.SystemTextJson;
#endif

/// <summary>
/// What is wrong with a value of a document: a stable code (<see cref="ErrorCodes"/>) and the text in Vietnamese and
/// English. The document readers build one for every refusal and raise it as a <see cref="DataFormatException"/>.
/// </summary>
internal readonly struct DocumentProblem
{
    public DocumentProblem(string code, LocalizedText text)
    {
        Code = code;
        Text = text;
    }

    public string Code { get; }

    public LocalizedText Text { get; }

    /// <summary>A problem with its code and its text in both languages.</summary>
    public static DocumentProblem Of(string code, string vietnamese, string english) => new(code, LocalizedText.Of(vietnamese, english));

    /// <summary>The English text (what a converter's <see cref="System.Text.Json.JsonException"/> shows).</summary>
    public override string ToString() => Text.English;

    /// <summary>The exception of every document reader.</summary>
    public DataFormatException At(string sourceName, string path, int? line, string value) => new(sourceName, path, line, value, Code, Text);
}
