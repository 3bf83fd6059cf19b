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
        DenunciationId.From("TC-2026-001"),
        DisciplineSubject.OfFullMember(MemberId.From("TN.M000001"), holdsPost: true),
        DenunciationSource.Named,
        ProtectedInformant.Create(PlantedName, "Xóm 3, xã Đồng Hỷ", PlantedContact),
        [Allegation.Create(AllegationId.From("A1"), "Nhận tiền của doanh nghiệp")],
        [new DenunciationReceipt(OrganizationId.From("TN.X01"), new LocalDate(2026, 11, 2), IsCompetent: true)]);

    private sealed class ListAudit : IInformantAccessAudit
    {
        public List<InformantAccess> Accesses { get; } = [];

        public void Record(InformantAccess access) => Accesses.Add(access);
    }

    [Fact]
    public void Denunciation_WithPlantedInformant_IsWrittenWithoutTheIdentity_OnlyTheSealedFlag()
    {
        // R-D6: the denunciation converter writes the sealed reference (informantWithheld), never the identity.
        var json = JsonSerializer.Serialize(Named(), Options);
        Assert.DoesNotContain(PlantedName, json, StringComparison.Ordinal);
        Assert.DoesNotContain(PlantedContact, json, StringComparison.Ordinal);
        Assert.Contains("\"informantWithheld\":true", json, StringComparison.Ordinal);
        Assert.Equal(json, JsonSerializer.Serialize(Named().ForVerifiers(), Options));
    }

    [Fact]
    public void Denunciation_ReadBack_IsTheVerifiersCopy_WithNoIdentityToReveal()
    {
        // R-D6: what comes back from storage cannot reveal anyone; the identity lives only in the host's protected store.
        var back = JsonSerializer.Deserialize<Denunciation>(JsonSerializer.Serialize(Named(), Options), Options)!;
        Assert.Null(back.Informant);
        Assert.True(back.InformantWithheld);
        Assert.Throws<InvalidOperationException>(() => back.RevealInformant(new ListAudit(), "TN.UBKT.01", "xác minh"));
    }

    [Fact]
    public void Denunciation_ClaimingAnIdentityField_IsRejected()
    {
        var json = JsonSerializer.Serialize(Named(), Options);
        var tampered = json.Replace("\"informantWithheld\":true", $$"""
            "informant":{"fullName":"{{PlantedName}}"},"informantWithheld":true
            """.Trim(), StringComparison.Ordinal);
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Denunciation>(tampered, Options));
        Assert.Contains("informant", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(PlantedName, ex.ToString(), StringComparison.Ordinal);
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
        Assert.Contains("\"informantWithheld\":true", json, StringComparison.Ordinal);
    }
}
