using System.Text.Json;
using System.Text.Json.Serialization;
using KiemTra.Sdk.Rules;

namespace KiemTra.Sdk.Serialization.SystemTextJson.Converters;

/// <summary>Reads and writes <see cref="RuleCitation"/> as <c>{"ruleSetId","instrument","article","verified"}</c>, with <c>"instrumentEn"</c> after the instrument when the source has an English title.</summary>
internal sealed class RuleCitationConverter : JsonConverter<RuleCitation>
{
    private const string TypeName = nameof(RuleCitation);

    public override RuleCitation Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        StrictObject.ExpectStart(ref reader, TypeName);
        string? ruleSetId = null, instrument = null, instrumentEn = null, article = null;
        bool? verified = null;
        var seen = new List<string>(5);
        while (StrictObject.NextProperty(ref reader, TypeName, seen, out var name))
        {
            switch (name)
            {
                case "ruleSetId": ruleSetId = StrictObject.ReadString(ref reader, TypeName, name); break;
                case "instrument": instrument = StrictObject.ReadString(ref reader, TypeName, name); break;
                case "instrumentEn": instrumentEn = StrictObject.ReadString(ref reader, TypeName, name); break;
                case "article": article = StrictObject.ReadNullableString(ref reader, TypeName, name); break;
                case "verified": verified = StrictObject.ReadBoolean(ref reader, TypeName, name); break;
                default: throw StrictObject.Unknown(TypeName, name);
            }
        }

        var id = StrictObject.Required(ruleSetId, TypeName, "ruleSetId");
        var text = StrictObject.Required(instrument, TypeName, "instrument");
        var isVerified = verified ?? throw new JsonException($"{TypeName}.verified is required.");
        return StrictObject.Create(
            () => instrumentEn is null
                ? RuleCitation.Of(RecordId<RuleSet>.From(id), text, article, isVerified)
                : RuleCitation.Of(RecordId<RuleSet>.From(id), LocalizedText.Of(text, instrumentEn), article, isVerified),
            TypeName);
    }

    public override void Write(Utf8JsonWriter writer, RuleCitation value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("ruleSetId", value.RuleSetId.Value);
        writer.WriteString("instrument", value.Instrument);
        if (value.EnglishInstrument is not null)
        {
            writer.WriteString("instrumentEn", value.EnglishInstrument);
        }

        if (value.Article is null)
        {
            writer.WriteNull("article");
        }
        else
        {
            writer.WriteString("article", value.Article);
        }

        writer.WriteBoolean("verified", value.Verified);
        writer.WriteEndObject();
    }
}
