using System.Text.Json;
using System.Text.Json.Serialization;
using KiemTra.Sdk.Denunciations;
using NodaTime;

namespace KiemTra.Sdk.FluentValidation.Denunciations;

/// <summary>
/// Reads a <see cref="DenunciationDraft"/> as a host receives it (the informant's identity included), and writes it
/// without the identity: <c>informant</c> is never written; <c>informantWithheld</c> says whether one was given. Whatever
/// the serializer options (plain, web defaults, <c>ConfigureForKiemTra</c>), a draft echoed in a response, logged or kept
/// as a failure's attempted value holds no identity.
/// </summary>
internal sealed class DenunciationDraftJsonConverter : JsonConverter<DenunciationDraft>
{
    public override DenunciationDraft? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var wire = JsonSerializer.Deserialize<WireIn>(ref reader, options);
        return wire is null ? null : new DenunciationDraft(wire.Id, wire.Subject, wire.Source, wire.Informant, wire.Allegations, wire.ReceivedOn, wire.CaseId);
    }

    public override void Write(Utf8JsonWriter writer, DenunciationDraft value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        JsonSerializer.Serialize(writer, new WireOut(value.Id, value.Subject, value.Source, value.Allegations, value.ReceivedOn, value.CaseId, value.Informant is not null), options);
    }

    /// <summary>The draft's JSON shape as read.</summary>
    internal sealed record WireIn(string? Id, DenouncedSubjectDraft? Subject, DenunciationSource? Source, InformantDraft? Informant,
        IReadOnlyList<AllegationDraft>? Allegations, LocalDate? ReceivedOn, string? CaseId);

    /// <summary>The draft's JSON shape as written: no informant, only whether one was withheld.</summary>
    internal sealed record WireOut(string? Id, DenouncedSubjectDraft? Subject, DenunciationSource? Source,
        IReadOnlyList<AllegationDraft>? Allegations, LocalDate? ReceivedOn, string? CaseId, bool InformantWithheld);
}

/// <summary>Reads an <see cref="InformantDraft"/>; refuses to write one (the identity leaves the host only through its audited reveal).</summary>
internal sealed class InformantDraftJsonConverter : JsonConverter<InformantDraft>
{
    public override InformantDraft? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var wire = JsonSerializer.Deserialize<Wire>(ref reader, options);
        return wire is null ? null : new InformantDraft(wire.FullName, wire.Address, wire.Contact);
    }

    public override void Write(Utf8JsonWriter writer, InformantDraft value, JsonSerializerOptions options)
        => throw new JsonException("An informant's identity is never written to JSON.");

    /// <summary>The identity's JSON shape as read.</summary>
    internal sealed record Wire(string? FullName, string? Address, string? Contact);
}
