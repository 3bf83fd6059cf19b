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
