using System.Text.Json;
using System.Text.Json.Serialization;
using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Discipline;

namespace KiemTra.Sdk.FluentValidation.Denunciations;

/// <summary>
/// Reads a <see cref="DenunciationDraft"/> as a host receives it (the informant's identity included), and writes it
/// without the identity: <c>informantFullName</c>, <c>informantAddress</c> and <c>informantContact</c> are never
/// written; <c>informantWithheld</c> says whether any was set. Whatever the serializer options (plain, web defaults,
/// <c>ConfigureForKiemTra</c>), a draft echoed in a response, logged or kept as a failure's attempted value holds no identity.
/// </summary>
internal sealed class DenunciationDraftJsonConverter : JsonConverter<DenunciationDraft>
{
    public override DenunciationDraft? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var wire = JsonSerializer.Deserialize<Wire>(ref reader, options);
        return wire is null ? null : new DenunciationDraft(wire.Id, wire.Subject, wire.Source, wire.InformantFullName, wire.InformantAddress, wire.InformantContact, wire.Allegations, wire.Receipts);
    }

    public override void Write(Utf8JsonWriter writer, DenunciationDraft value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        var withheld = value.InformantFullName is not null || value.InformantAddress is not null || value.InformantContact is not null;
        JsonSerializer.Serialize(writer, new Wire(value.Id, value.Subject, value.Source, null, null, null, value.Allegations, value.Receipts) { InformantWithheld = withheld }, options);
    }

    /// <summary>The draft's JSON shape; written with the three identity fields null (omitted under <c>WhenWritingNull</c>).</summary>
    internal sealed record Wire(string? Id, DisciplineSubject? Subject, DenunciationSource Source,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? InformantFullName,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? InformantAddress,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? InformantContact,
        IReadOnlyList<AllegationDraft>? Allegations, IReadOnlyList<ReceiptDraft>? Receipts)
    {
        /// <summary>Whether the draft held an identity that was not written.</summary>
        public bool InformantWithheld { get; init; }
    }
}
