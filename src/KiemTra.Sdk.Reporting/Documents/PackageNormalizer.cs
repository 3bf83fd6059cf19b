using System.IO.Compression;
using NodaTime;

namespace KiemTra.Sdk.Reporting.Documents;

/// <summary>
/// Rewrites an Open XML package so that the same content gives the same bytes: entries in a fixed order, one fixed
/// timestamp (the report's as-of date), fixed compression. System.IO.Packaging stamps entries with the current time.
/// </summary>
internal static class PackageNormalizer
{
    internal static byte[] Normalize(byte[] package, LocalDate stamp)
    {
        var time = new DateTimeOffset(stamp.Year, stamp.Month, stamp.Day, 0, 0, 0, TimeSpan.Zero);
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var entries = input.Entries
            .Select(e =>
            {
                using var s = e.Open();
                using var m = new MemoryStream();
                s.CopyTo(m);
                return (e.FullName, Bytes: m.ToArray());
            })
            .OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1)
            .ThenBy(e => e.FullName, StringComparer.Ordinal)
            .ToList();
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, bytes) in entries)
            {
                var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
                entry.LastWriteTime = time;
                using var s = entry.Open();
                s.Write(bytes);
            }
        }

        return output.ToArray();
    }
}

/// <summary>Document properties written with fixed relationship ids and dates (System.IO.Packaging's own property part gets a random name).</summary>
internal static class CoreProperties
{
    internal static void Write(DocumentFormat.OpenXml.Packaging.OpenXmlPackage package, string title, string creator, LocalDate date)
    {
        var part = package.AddNewPart<DocumentFormat.OpenXml.Packaging.CoreFilePropertiesPart>("rIdCore");
        var stamp = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{date.Year:0000}-{date.Month:00}-{date.Day:00}T00:00:00Z");
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:dcmitype=\"http://purl.org/dc/dcmitype/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            + $"<dc:title>{System.Security.SecurityElement.Escape(title)}</dc:title><dc:creator>{System.Security.SecurityElement.Escape(creator)}</dc:creator><dc:language>vi-VN</dc:language>"
            + $"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{stamp}</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">{stamp}</dcterms:modified></cp:coreProperties>";
        using var stream = part.GetStream(FileMode.Create, FileAccess.Write);
        var bytes = new System.Text.UTF8Encoding(false).GetBytes(xml);
        stream.Write(bytes, 0, bytes.Length);
    }
}
