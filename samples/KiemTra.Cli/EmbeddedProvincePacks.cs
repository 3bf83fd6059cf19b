using KiemTra.Sdk;

namespace KiemTra.Cli;

/// <summary>
/// The province rule packs of the CLI's embedded synthetic province (<i>gói quy định của tỉnh mẫu</i>): Thái Nguyên's
/// regular-supervision project targets and a provincial plan's leadership-method targets, embedded from
/// <c>samples/ProvinceRulePack/thai-nguyen</c> and <c>samples/ProvinceRulePack/phuong-thuc-lanh-dao</c>. They are one
/// province's data: the SDK's built-in catalogue does not hold them, and the CLI adds them only while it evaluates its
/// embedded province, whose hierarchy every indicator command evaluates (also with <c>--register FILE</c>); not with
/// <c>org … --dataset FILE</c>, another organisation's party dataset.
/// </summary>
internal static class EmbeddedProvincePacks
{
    private const string Prefix = "KiemTra.Cli.ProvincePacks.";

    /// <summary>The packs, in the order their catalogues are appended: Thái Nguyên's project, then the leadership-methods plan.</summary>
    private static readonly string[] Packs = ["thai-nguyen", "phuong-thuc-lanh-dao"];

    /// <summary>The embedded indicator catalogues, pack by pack, in name order within a pack.</summary>
    public static IReadOnlyList<string> ResourceNames { get; } = Packs
        .SelectMany(pack => typeof(EmbeddedProvincePacks).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith($"{Prefix}{pack}.", StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal))
        .ToArray();

    private static readonly Lazy<int> Count = new(() => ResourceNames.Sum(name =>
    {
        using var stream = typeof(EmbeddedProvincePacks).Assembly.GetManifestResourceStream(name)!;
        return KiemTra.Sdk.Serialization.SystemTextJson.IndicatorCatalogJson.Read(stream, name).Indicators.Length;
    }));

    /// <summary>How many indicators the packs hold.</summary>
    public static int IndicatorCount => Count.Value;

    /// <summary>Adds the packs' indicator catalogues to the SDK options, before any host file.</summary>
    public static void ApplyTo(KiemTraSdkOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        foreach (var name in ResourceNames)
        {
            options.IndicatorCatalogDocuments.Add(KiemTraDataInput.FromStream(
                name[Prefix.Length..],
                () => typeof(EmbeddedProvincePacks).Assembly.GetManifestResourceStream(name)
                    ?? throw new InvalidOperationException($"The embedded resource '{name}' could not be opened.")));
        }
    }
}
