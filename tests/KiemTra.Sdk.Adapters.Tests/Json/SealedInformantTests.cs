using System.Text.Json;
using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Serialization.SystemTextJson;
using NodaTime;

namespace KiemTra.Sdk.Adapters.Tests.Json;

/// <summary>R-D6: the informant's identity is sealed; no JSON path of the SDK may ever write it.</summary>
public class SealedInformantTests
{
    private const string PlantedName = "Trần Thị Bí Mật";
    private const string PlantedContact = "0912-000-111";

    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions().ConfigureForKiemTra();

    private static Denunciation Named() => Denunciation.Create(
        "TC-2026-001",
        DisciplineSubject.OfFullMember(MemberId.From("TN.M000001"), holdsPost: true),
        DenunciationSource.Named,
        ProtectedInformant.Create(PlantedName, "Xóm 3, xã Đồng Hỷ", PlantedContact),
        [Allegation.Create("A1", "Nhận tiền của doanh nghiệp")],
        [new DenunciationReceipt(OrganizationId.From("TN.X01"), new LocalDate(2026, 11, 2), IsCompetent: true)]);

    private sealed class ListAudit : IInformantAccessAudit
    {
        public List<InformantAccess> Accesses { get; } = [];

        public void Record(InformantAccess access) => Accesses.Add(access);
    }

    [Fact]
    public void Denunciation_WithPlantedInformant_IsNeverWritten_NorNamedInTheError()
    {
        // R-D6: a reflection-based host serializer configured with ConfigureForKiemTra refuses rather than leaks.
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Serialize(Named(), Options));
        Assert.DoesNotContain(PlantedName, ex.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(PlantedContact, ex.ToString(), StringComparison.Ordinal);
        Assert.Contains("sealed", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RevealedIdentity_IsNeverWritten_EvenDirectly()
    {
        var identity = Named().RevealInformant(new ListAudit(), "TN.UBKT.01", "xác minh");
        Assert.Equal(PlantedName, identity.FullName);
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Serialize(identity, Options));
        Assert.DoesNotContain(PlantedName, ex.ToString(), StringComparison.Ordinal);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<InformantIdentity>($$"""{"fullName":"{{PlantedName}}"}""", Options));
    }

    [Fact]
    public void ForVerifiers_Copy_SerializesWithoutTheIdentity()
    {
        var json = JsonSerializer.Serialize(Named().ForVerifiers(), Options);
        Assert.DoesNotContain(PlantedName, json, StringComparison.Ordinal);
        Assert.DoesNotContain(PlantedContact, json, StringComparison.Ordinal);
        Assert.Contains("\"InformantWithheld\":true", json, StringComparison.Ordinal);
    }
}
