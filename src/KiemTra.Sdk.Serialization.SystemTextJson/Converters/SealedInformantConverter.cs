using System.Text.Json;
using System.Text.Json.Serialization;
using KiemTra.Sdk.Denunciations;

namespace KiemTra.Sdk.Serialization.SystemTextJson.Converters;

/// <summary>
/// Refuses to write or read an informant's identity (<see cref="ProtectedInformant"/>, <see cref="InformantIdentity"/>):
/// the identity of a person who denounces is sealed by law and revealed only through
/// <see cref="Denunciation.RevealInformant"/>, which audits the access. Without this converter a reflection-based
/// serializer would write <see cref="InformantIdentity.FullName"/> of any object graph that holds it. The error never
/// repeats the identity.
/// </summary>
internal sealed class SealedInformantConverter<T> : JsonConverter<T>
    where T : class
{
    private static readonly string Message =
        $"{typeof(T).Name} is never serialized: the informant's identity is sealed (bảo mật danh tính người tố cáo). "
        + "Persist denunciations with Denunciation.ForVerifiers() in the host's own model, and keep the identity in a separately protected store.";

    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => throw new JsonException(Message);

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) => throw new JsonException(Message);
}
