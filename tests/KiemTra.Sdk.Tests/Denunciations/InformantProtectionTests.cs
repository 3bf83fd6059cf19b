using System.Reflection;
using System.Text.Json;
using KiemTra.Sdk.Denunciations;
using static KiemTra.Sdk.Tests.Denunciations.DenunciationFixtures;

namespace KiemTra.Sdk.Tests.Denunciations;

/// <summary>R-D6, R-R3: the informant's identity cannot leak through any ordinary output.</summary>
public class InformantProtectionTests
{
    private static readonly string[] Planted = [PlantedName, PlantedAddress, PlantedContact, "Zxq", "ZXQ", "Qwzx"];

    private static void AssertNoLeak(string output)
    {
        foreach (var secret in Planted)
        {
            Assert.DoesNotContain(secret, output, StringComparison.OrdinalIgnoreCase);
        }
    }

    private static Denunciation Concluded()
    {
        var letter = Named();
        letter = letter.WithIntake(Intake.Assess(letter, []));
        return letter.Conclude(AllegationId.From("A1"), AllegationConclusion.TrueWithShortcoming, Received.PlusDays(30));
    }

    [Fact]
    public void ToString_AndInterpolation_DoNotLeak()
    {
        // R-D6
        var letter = Concluded();
        AssertNoLeak(letter.ToString());
        AssertNoLeak($"{letter} {letter.Informant}");
        AssertNoLeak(string.Format(System.Globalization.CultureInfo.InvariantCulture, "{0}", letter.Informant));
        Assert.Contains("protected informant", letter.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void JsonSerializer_OfTheContainingDenunciation_DoesNotLeak()
    {
        // R-D6: reflection-based serialization finds no readable identity.
        var letter = Concluded();
        var json = JsonSerializer.Serialize(letter);
        AssertNoLeak(json);
        Assert.Contains("\"Informant\":{}", json, StringComparison.Ordinal);
        AssertNoLeak(JsonSerializer.Serialize(letter.Informant, new JsonSerializerOptions { IncludeFields = true }));
        AssertNoLeak(JsonSerializer.Serialize<object>(letter.Informant!));
    }

    [Fact]
    public void ProtectedInformant_HasNoPublicReadableMember()
    {
        // R-D6
        var type = typeof(ProtectedInformant);
        Assert.Empty(type.GetProperties(BindingFlags.Public | BindingFlags.Instance));
        Assert.Empty(type.GetFields(BindingFlags.Public | BindingFlags.Instance));
        Assert.False(Informant().Equals(Informant()));
    }

    [Fact]
    public void ExceptionMessages_DoNotLeak()
    {
        // R-D6
        var tooLong = PlantedName + new string('x', ProtectedInformant.MaxLength);
        var error = Assert.Throws<ArgumentException>(() => ProtectedInformant.Create(tooLong, PlantedAddress, PlantedContact));
        AssertNoLeak(error.ToString());

        var letter = Concluded();
        var errors = new List<Exception>
        {
            Assert.Throws<InvalidOperationException>(() => letter.Conclude(AllegationId.From("A1"), AllegationConclusion.False, Received.PlusDays(31))),
            Assert.Throws<ArgumentException>(() => letter.Conclude(AllegationId.From("A9"), AllegationConclusion.False, Received.PlusDays(31))),
            Assert.Throws<InvalidOperationException>(() => letter.ForVerifiers().RevealInformant(new ListAudit(), "officer-1", "xác minh")),
            Assert.Throws<ArgumentException>(() => letter.RevealInformant(new ListAudit(), "officer-1", " ")),
        };
        foreach (var e in errors)
        {
            AssertNoLeak(e.ToString());
        }
    }

    [Fact]
    public void Statistics_DoNotLeak()
    {
        // R-D6, R-R3
        var stats = DenunciationStatistics.Compute([Concluded(), Anonymous()]);
        AssertNoLeak(stats.ToString());
        AssertNoLeak(stats.Summary.ToString());
        AssertNoLeak(JsonSerializer.Serialize(stats));
    }

    [Fact]
    public void VerifiersCopy_CarriesNoInformant()
    {
        // R-D6: stripped before files go to verifiers.
        var copy = Concluded().ForVerifiers();
        Assert.Null(copy.Informant);
        Assert.True(copy.InformantWithheld);
        AssertNoLeak(JsonSerializer.Serialize(copy));
    }

    [Fact]
    public void Reveal_RecordsWhoAndWhy_BeforeReleasing()
    {
        // R-D6: access needs an explicit, audited call.
        var audit = new ListAudit();
        var identity = Concluded().RevealInformant(audit, "ubkt-officer-7", "Bảo vệ người tố cáo bị trù dập");
        Assert.Equal(PlantedName, identity.FullName);
        Assert.Equal(PlantedAddress, identity.Address);
        var access = Assert.Single(audit.Records);
        Assert.Equal(new InformantAccess { DenunciationId = DenunciationId.From("TC-001"), AccessedBy = "ubkt-officer-7", Purpose = "Bảo vệ người tố cáo bị trù dập" }, access);
        AssertNoLeak(identity.ToString());
    }

    [Fact]
    public void Reveal_WhenTheAuditFails_ReleasesNothing()
    {
        // R-D6
        var letter = Concluded();
        Assert.Throws<IOException>(() => letter.RevealInformant(new FailingAudit(), "officer", "purpose"));
    }

    private sealed class ListAudit : IInformantAccessAudit
    {
        public List<InformantAccess> Records { get; } = [];

        public void Record(InformantAccess access) => Records.Add(access);
    }

    private sealed class FailingAudit : IInformantAccessAudit
    {
        public void Record(InformantAccess access) => throw new IOException("audit store unavailable");
    }

    [Fact]
    public void AnAuditRecord_NamesItsDenunciation_WhoAsked_AndWhy()
    {
        // R-D6: an access the audit cannot attribute is no record; the record refuses to be made without each part.
        Assert.Equal("DenunciationId", Assert.Throws<ArgumentException>(() => new InformantAccess { DenunciationId = default, AccessedBy = "ubkt-officer-7", Purpose = "xác minh" }).ParamName);
        Assert.Equal("AccessedBy", Assert.Throws<ArgumentException>(() => new InformantAccess { DenunciationId = DenunciationId.From("TC-001"), AccessedBy = " ", Purpose = "xác minh" }).ParamName);
        Assert.Equal("Purpose", Assert.Throws<ArgumentException>(() => new InformantAccess { DenunciationId = DenunciationId.From("TC-001"), AccessedBy = "ubkt-officer-7", Purpose = "" }).ParamName);
    }
}
