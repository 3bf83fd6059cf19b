using System.Text.Json;
using System.Text.Json.Serialization;
using KiemTra.Sdk.Calendar;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;

namespace KiemTra.Sdk.Serialization.SystemTextJson.Converters;

/// <summary>
/// The last converter <see cref="KiemTraJsonSerializerOptionsExtensions.ConfigureForKiemTra(JsonSerializerOptions)"/>
/// adds: it claims every type that belongs to a document format (a rule set and its entries, a holiday schedule and its
/// days, the statutory holiday rules, a party dataset and its organisations, members, bodies, posts and lineage events,
/// the oversight catalogues, the indicator catalogue and its definitions) and refuses it,
/// naming the type and the reader/writer that owns its format. Without it, System.Text.Json would write such a value by
/// reflection over its public properties: a second spelling of a format that has one owner, which nothing reads back.
/// Computed answers (statistics, findings, deadlines' explanations) are not claimed: a host may show them as it likes.
/// </summary>
internal sealed class NoJsonFormConverterFactory : JsonConverterFactory
{
    private static readonly Dictionary<Type, string> Owners = new()
    {
        [typeof(RuleSet)] = nameof(RuleSetJson),
        [typeof(RuleEntry)] = nameof(RuleSetJson),
        [typeof(RuleValue)] = nameof(RuleSetJson),
        [typeof(HolidaySchedule)] = nameof(HolidayScheduleJson),
        [typeof(StatutoryHolidayRules)] = nameof(StatutoryHolidayRulesJson),
        [typeof(StatutoryHolidayRule)] = nameof(StatutoryHolidayRulesJson),
        [typeof(PartyDataset)] = nameof(PartyDatasetJson),
        [typeof(PartyOrganization)] = nameof(PartyDatasetJson),
        [typeof(Member)] = nameof(PartyDatasetJson),
        [typeof(Body)] = nameof(PartyDatasetJson),
        [typeof(Post)] = nameof(PartyDatasetJson),
        [typeof(LineageEvent)] = nameof(PartyDatasetJson),
        [typeof(OversightCatalogs)] = nameof(OversightCatalogsJson),
        [typeof(Catalog)] = nameof(OversightCatalogsJson),
        [typeof(CatalogItem)] = nameof(OversightCatalogsJson),
        [typeof(IndicatorCatalog)] = nameof(IndicatorCatalogJson),
        [typeof(IndicatorDefinition)] = nameof(IndicatorCatalogJson),
    };

    /// <summary>The document types refused, each with the reader/writer that owns its format (for tests).</summary>
    internal static IReadOnlyDictionary<Type, string> DocumentTypes => Owners;

    public override bool CanConvert(Type typeToConvert) => Owners.ContainsKey(typeToConvert);

    public override JsonConverter? CreateConverter(Type typeToConvert, JsonSerializerOptions options)
        => throw new NotSupportedException(
            $"{typeToConvert.FullName} belongs to a document format and has no JSON form of its own: read and write the "
            + $"document with {Owners[typeToConvert]} (KiemTra.Sdk.Serialization.SystemTextJson), the one owner of that format. "
            + "A host response that shows some of its fields declares its own view of them.");
}
