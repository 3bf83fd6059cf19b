using System.Text.Json;
using System.Text.Json.Serialization;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Rules;

namespace KiemTra.Sdk.Serialization.SystemTextJson.Converters;

/// <summary>Reads and writes <see cref="Finding"/> as <c>{"code","severity","subjectId","message":{vi,en},"rule":{…}|null}</c>.</summary>
internal sealed class FindingConverter : JsonConverter<Finding>
{
    private const string TypeName = nameof(Finding);
    private static readonly LocalizedTextConverter Text = new();
    private static readonly RuleCitationConverter Citation = new();

    public override Finding Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        StrictObject.ExpectStart(ref reader, TypeName);
        string? code = null, subjectId = null;
        FindingSeverity? severity = null;
        LocalizedText? message = null;
        RuleCitation? rule = null;
        var seen = new List<string>(5);
        while (StrictObject.NextProperty(ref reader, TypeName, seen, out var name))
        {
            switch (name)
            {
                case "code": code = StrictObject.ReadString(ref reader, TypeName, name); break;
                case "subjectId": subjectId = StrictObject.ReadString(ref reader, TypeName, name); break;
                case "severity":
                    var text = StrictObject.ReadString(ref reader, TypeName, name);
                    severity = Enum.TryParse<FindingSeverity>(text, ignoreCase: false, out var parsed) && Enum.IsDefined(parsed) && !char.IsDigit(text[0])
                        ? parsed
                        : throw new JsonException($"{TypeName}.severity '{text}' is not one of {string.Join(", ", Enum.GetNames<FindingSeverity>())}.");
                    break;
                case "message": message = Text.Read(ref reader, typeof(LocalizedText), options); break;
                case "rule": rule = reader.TokenType == JsonTokenType.Null ? null : Citation.Read(ref reader, typeof(RuleCitation), options); break;
                default: throw StrictObject.Unknown(TypeName, name);
            }
        }

        var c = StrictObject.Required(code, TypeName, "code");
        var s = StrictObject.Required(subjectId, TypeName, "subjectId");
        var m = StrictObject.Required(message, TypeName, "message");
        var sev = severity ?? throw new JsonException($"{TypeName}.severity is required.");
        return StrictObject.Create(() => Finding.Create(c, sev, s, m, rule), TypeName);
    }

    public override void Write(Utf8JsonWriter writer, Finding value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("code", value.Code);
        writer.WriteString("severity", value.Severity.ToString());
        writer.WriteString("subjectId", value.SubjectId);
        writer.WritePropertyName("message");
        Text.Write(writer, value.Message, options);
        writer.WritePropertyName("rule");
        if (value.Rule is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            Citation.Write(writer, value.Rule, options);
        }

        writer.WriteEndObject();
    }
}
