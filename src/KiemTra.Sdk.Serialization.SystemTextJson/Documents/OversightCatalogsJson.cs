using System.Text.Json;
using KiemTra.Sdk;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Inspection;

#if KIEMTRA_CORE
namespace KiemTra.Sdk.Documents;
#else
namespace KiemTra.Sdk.Serialization.SystemTextJson;
#endif

static partial class OversightCatalogsJson
{
    /// <summary>Reads catalogues (the stream is read to its end, not closed).</summary>
    /// <param name="utf8Json">UTF-8 JSON: <c>{ "version", "source"?, "catalogues": [ { "id", "title": {vi, en}, "items": [ { "code", "vi", "en", "source" } ] } ] }</c>.</param>
    /// <param name="sourceName">A name for error messages (the file name).</param>
    /// <returns>The catalogues.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFormatException">The JSON is malformed or out of bounds, a field is unknown, missing, empty or of the wrong type, a code repeats, or a required catalogue is absent (the code says which: <see cref="ErrorCodes"/>).</exception>
    public static OversightCatalogs Read(Stream utf8Json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(sourceName);
        using var document = JsonFields.Parse(utf8Json, sourceName);
        var root = JsonFields.Root(document, sourceName);
        var version = root.String("version");
        _ = root.OptionalString("source");
        var catalogs = new List<Catalog>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in root.Array("catalogues"))
        {
            var c = root.Item(entry);
            var id = c.String("id");
            if (!ids.Add(id))
            {
                throw c.Error("id", id, ErrorCodes.DocumentIdDuplicate, "danh mục xuất hiện hai lần", "the catalogue appears twice");
            }

            var title = c.Text("title");
            var items = new List<CatalogItem>();
            var codes = new HashSet<string>(StringComparer.Ordinal);
            foreach (var itemEntry in c.Array("items"))
            {
                var item = c.Item(itemEntry);
                var code = item.String("code");
                if (!codes.Add(code))
                {
                    throw item.Error("code", code, ErrorCodes.DocumentIdDuplicate, $"mã lặp lại trong danh mục '{id}'", $"the code repeats in catalogue '{id}'");
                }

                var name = LocalizedText.Of(item.String("vi"), item.String("en"));
                var source = item.String("source");
                item.RejectUnknown();
                items.Add(CatalogItem.Create(code, name, source));
            }

            c.RejectUnknown();
            catalogs.Add(Guard(c, "items", () => Catalog.Create(id, title, items)));
        }

        root.RejectUnknown();
        return Guard(root, "catalogues", () => OversightCatalogs.Create(version, catalogs));
    }

    /// <summary>Reads catalogues from a JSON string (tests and internal callers); a lone surrogate, which UTF-8 cannot hold, is refused.</summary>
    internal static OversightCatalogs Read(string json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        byte[] utf8;
        try
        {
            utf8 = new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetBytes(json);
        }
        catch (System.Text.EncoderFallbackException)
        {
            throw new DataFormatException(sourceName ?? string.Empty, string.Empty, null, "\\uD800-\\uDFFF", ErrorCodes.DocumentValueInvalid, JsonInput.LoneSurrogate);
        }

        using var stream = new MemoryStream(utf8, writable: false);
        return Read(stream, sourceName!);
    }

    /// <summary>Writes catalogues in the format <see cref="Read(Stream, string)"/> reads (the stream is not closed).</summary>
    /// <param name="value">The catalogues.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(OversightCatalogs value, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var w = new Utf8JsonWriter(utf8Json, DocumentWriting.Options);
        w.WriteStartObject();
        w.WriteString("version", value.Version);
        w.WriteStartArray("catalogues");
        foreach (var catalog in value.All)
        {
            w.WriteStartObject();
            w.WriteString("id", catalog.Id);
            HolidayScheduleJson.WriteText(w, "title", catalog.Title);
            w.WriteStartArray("items");
            foreach (var item in catalog.Items)
            {
                w.WriteStartObject();
                w.WriteString("code", item.Code);
                w.WriteString("vi", item.Name.Vietnamese);
                w.WriteString("en", item.Name.English);
                w.WriteString("source", item.Source);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Runs a core factory; its refusal becomes <see cref="ErrorCodes.DocumentRuleViolated"/> at the field, keeping its message.</summary>
    private static T Guard<T>(JsonFields at, string field, Func<T> factory)
    {
        try
        {
            return factory();
        }
        catch (ArgumentException ex)
        {
            throw at.Error(field, null, ErrorCodes.DocumentRuleViolated, "giá trị trái quy định của dữ liệu (chi tiết ở bản tiếng Anh)", ex.Message);
        }
    }
}
