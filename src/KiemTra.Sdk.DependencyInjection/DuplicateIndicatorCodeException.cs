namespace KiemTra.Sdk;

/// <summary>
/// A host indicator catalogue repeats a code already in the catalogue while
/// <see cref="KiemTraSdkOptions.ReplaceExistingIndicators"/> is off. An <see cref="ArgumentException"/> whose
/// <see cref="ArgumentException.ParamName"/> is the option list, with a message that reads as one sentence: the BCL
/// would append "(Parameter '…')" to it, which says nothing the message does not already say.
/// </summary>
/// <param name="option">The option list, e.g. <c>IndicatorCatalogueDocuments</c>.</param>
/// <param name="document">The entry: its index, then for a document its name and file, e.g. <c>[0] chi-tieu.json (/etc/chi-tieu.json)</c>.</param>
/// <param name="code">The repeated code.</param>
internal sealed class DuplicateIndicatorCodeException(string option, string document, string code)
    : ArgumentException(null, option)
{
    /// <summary>The indicator code that repeats.</summary>
    public string Code { get; } = code;

    /// <inheritdoc/>
    public override string Message { get; } =
        $"KiemTraSdkOptions.{option}{document}: the indicator code '{code}' is already in the catalogue (built in or added earlier); set KiemTraSdkOptions.ReplaceExistingIndicators to replace it.";
}
