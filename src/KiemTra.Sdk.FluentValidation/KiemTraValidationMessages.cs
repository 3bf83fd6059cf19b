using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace KiemTra.Sdk.FluentValidation;

/// <summary>
/// The validators' message table (<i>bảng thông điệp kiểm tra</i>), embedded JSON keyed by error code, in Vietnamese
/// and English with named <c>{placeholders}</c>. The language is chosen per call from the culture passed in — the
/// validators pass <see cref="CultureInfo.CurrentUICulture"/> at validation time: Vietnamese for <c>vi</c> and its
/// sub-cultures, English otherwise. FluentValidation's process-wide <c>ValidatorOptions.Global</c> is never touched.
/// </summary>
public static partial class KiemTraValidationMessages
{
    private static readonly Lazy<FrozenDictionary<string, LocalizedText>> Table = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Every error code in the table, sorted.</summary>
    public static IReadOnlyList<string> Codes => Table.Value.Keys.Order(StringComparer.Ordinal).ToArray();

    /// <summary>The message template of <paramref name="code"/> in both languages.</summary>
    /// <param name="code">An error code from <see cref="ErrorCodes"/>.</param>
    /// <returns>The templates.</returns>
    /// <exception cref="KeyNotFoundException">The code is not in the table.</exception>
    public static LocalizedText Template(string code)
        => Table.Value.TryGetValue(code, out var text) ? text : throw new KeyNotFoundException($"No validation message has the code '{code}'.");

    /// <summary>The names of the <c>{placeholders}</c> in <paramref name="template"/>, in order of first appearance.</summary>
    /// <param name="template">A message template.</param>
    /// <returns>The names.</returns>
    public static IReadOnlyList<string> Placeholders(string template)
        => PlaceholderPattern().Matches(template).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToArray();

    /// <summary>Formats the message of <paramref name="code"/> in the language of <paramref name="culture"/>.</summary>
    /// <param name="code">An error code.</param>
    /// <param name="culture">Vietnamese for <c>vi</c> and its sub-cultures, English otherwise.</param>
    /// <param name="arguments">A value for every placeholder of the template.</param>
    /// <returns>The message.</returns>
    /// <exception cref="KeyNotFoundException">The code is not in the table.</exception>
    /// <exception cref="ArgumentException">A placeholder of the template has no argument.</exception>
    public static string Format(string code, CultureInfo culture, IReadOnlyDictionary<string, object?> arguments)
    {
        ArgumentNullException.ThrowIfNull(culture);
        ArgumentNullException.ThrowIfNull(arguments);
        var text = Template(code);
        var template = IsVietnamese(culture) ? text.Vietnamese : text.English;
        return PlaceholderPattern().Replace(template, m => arguments.TryGetValue(m.Groups[1].Value, out var value)
            ? Convert.ToString(value, CultureInfo.InvariantCulture) ?? string.Empty
            : throw new ArgumentException($"The message '{code}' needs a value for {{{m.Groups[1].Value}}}.", nameof(arguments)));
    }

    internal static bool IsVietnamese(CultureInfo culture)
    {
        for (var c = culture; !string.IsNullOrEmpty(c.Name); c = c.Parent)
        {
            if (c.Name == "vi")
            {
                return true;
            }
        }

        return false;
    }

    private static FrozenDictionary<string, LocalizedText> Load()
    {
        const string resource = "KiemTra.Sdk.FluentValidation.messages.json";
        using var stream = typeof(KiemTraValidationMessages).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Embedded resource {resource} is missing from the assembly.");
        using var document = JsonDocument.Parse(stream);
        var table = new Dictionary<string, LocalizedText>(StringComparer.Ordinal);
        foreach (var property in document.RootElement.EnumerateObject())
        {
            if (property.Name == "$comment")
            {
                continue;
            }

            var vi = property.Value.GetProperty("vi").GetString()!;
            var en = property.Value.GetProperty("en").GetString()!;
            table.Add(property.Name, LocalizedText.Of(vi.Normalize(NormalizationForm.FormC), en));
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex PlaceholderPattern();
}
