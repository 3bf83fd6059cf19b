using System.Collections.Immutable;
using KiemTra.Sdk.Rules;

namespace KiemTra.Sdk.Documents;

/// <summary>The documents embedded in the library (<c>Data/**.json</c>), opened by name and read with the shared document readers.</summary>
internal static class EmbeddedDocuments
{
    /// <summary>Opens an embedded document by its logical name (<c>KiemTra.Sdk.Data.rules.QD-69-2022.json</c>); the separator MSBuild keeps for a sub-folder may be '/', '\' or '.'.</summary>
    public static Stream Open(string logicalName)
    {
        var assembly = typeof(EmbeddedDocuments).Assembly;
        var name = assembly.GetManifestResourceNames().FirstOrDefault(n => Normalize(n) == logicalName);
        return (name is null ? null : assembly.GetManifestResourceStream(name))
            ?? throw new InvalidOperationException($"The embedded resource {logicalName} is missing.");
    }

    /// <summary>The logical names of the embedded documents under a prefix (e.g. <c>KiemTra.Sdk.Data.rules.</c>), in ordinal order.</summary>
    public static IEnumerable<string> Named(string prefix)
        => typeof(EmbeddedDocuments).Assembly.GetManifestResourceNames()
            .Select(Normalize)
            .Where(n => n.StartsWith(prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);

    /// <summary>The rule sets embedded in the library, in resource-name order.</summary>
    public static ImmutableArray<RuleSet> RuleSets()
    {
        var builder = ImmutableArray.CreateBuilder<RuleSet>();
        foreach (var name in Named("KiemTra.Sdk.Data.rules."))
        {
            using var stream = Open(name);
            builder.Add(RuleSetJson.Read(stream, name));
        }

        return builder.ToImmutable();
    }

    private static string Normalize(string name) => name.Replace('\\', '.').Replace('/', '.');
}
