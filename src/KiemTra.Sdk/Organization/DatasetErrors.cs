using System.Text;
using KiemTra.Sdk.Diagnostics;

namespace KiemTra.Sdk.Organization;

/// <summary>The refusals of <see cref="PartyDatasetBuilder"/>: a <see cref="DataFormatException"/> whose path is the JSON pointer of the record in the dataset format.</summary>
internal static class DatasetErrors
{
    /// <summary>A refusal at <paramref name="recordPath"/> (<c>members[3]/name</c>, turned into <c>/members/3/name</c>).</summary>
    public static DataFormatException At(string source, string recordPath, string value, string code, string vietnamese, string english)
        => new(source, Pointer(recordPath), null, value, code, LocalizedText.Of(vietnamese, english));

    private static string Pointer(string recordPath)
    {
        var builder = new StringBuilder();
        foreach (var part in recordPath.Split(['/', '['], StringSplitOptions.RemoveEmptyEntries))
        {
            builder.Append('/').Append(part.TrimEnd(']'));
        }

        return builder.ToString();
    }
}
