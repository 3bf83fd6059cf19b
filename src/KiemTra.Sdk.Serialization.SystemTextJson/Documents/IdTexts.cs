#if KIEMTRA_CORE
namespace KiemTra.Sdk.Documents;
#else
namespace KiemTra.Sdk.Serialization.SystemTextJson;
#endif

/// <summary>The rule a document's ids follow, worded once for every reader that refuses one.</summary>
internal static class IdTexts
{
    /// <summary>What a rule set id (the source a citation names) may be.</summary>
    public static readonly LocalizedText RuleSetId = LocalizedText.Of(
        "mã bộ quy định gồm 1–64 ký tự: chữ cái, chữ số, '.', '-', '_' hoặc '/', bắt đầu bằng chữ cái hoặc chữ số",
        "A rule set id has 1–64 characters: letters, digits, '.', '-', '_' or '/', starting with a letter or digit.");
}
