using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FluentValidation.Results;
using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.FluentValidation.Denunciations;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Serialization.SystemTextJson;
using KiemTra.Sdk.Testing;
using NodaTime;
using NodaTime.Testing;

namespace KiemTra.Sdk.Adapters.Tests.Reliability;

/// <summary>
/// Issue 15 item 8 (R-D6): a planted informant identity (name, citizen id, phone, address) in a denunciation draft that
/// fails every rule of <see cref="DenunciationDraftValidator"/> in turn. Each failure is serialised as the common
/// <c>Results.BadRequest(result.Errors)</c> does (System.Text.Json with the web defaults) and with
/// <c>ConfigureForKiemTra</c>, and its message, placeholders, attempted value and custom state are searched; the draft
/// itself is serialised with every set of options.
/// </summary>
public class InformantLeakValidationTests
{
    private const string Name = "Phạm Thị Kín Đáo Vxqz";
    private const string CitizenId = "079199012345";
    private const string Phone = "0912 345 678";
    private const string Address = "Số 99 ngõ Bí Ẩn, phường Yên Lặng";

    private static readonly string[] Needles = new[] { Name, CitizenId, Phone, Address, "Vxqz", "Kín Đáo", "Bí Ẩn", "Yên Lặng" }
        .SelectMany(n => new[] { n, n.Normalize(NormalizationForm.FormD), JsonEncodedText.Encode(n).ToString() }).Distinct().ToArray();

    private static readonly DateTimeZone HoChiMinh = DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"];
    private static readonly LocalDate Today = new(2026, 11, 22);
    private static readonly FakeClock Clock = FakeClocks.At(Today, HoChiMinh);

    private static readonly JsonSerializerOptions[] Options =
    [
        new(JsonSerializerDefaults.Web),
        new(JsonSerializerDefaults.Web) { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true },
        new JsonSerializerOptions().ConfigureForKiemTra(),
        new JsonSerializerOptions(),
    ];

    private static DenunciationDraft Planted() => new(
        "TC-LEAK-FV", new DenouncedSubjectDraft(null, "TN.X01.CB01.M02", HoldsPost: true), DenunciationSource.Named, new InformantDraft(Name, Address, $"{Phone}; CCCD {CitizenId}"),
        [new AllegationDraft("ND1", "Nhận tiền để bố trí việc làm")], new LocalDate(2026, 9, 1));

    /// <summary>Drafts that each break rules while holding the identity somewhere (a field, or the whole draft).</summary>
    private static IEnumerable<(string Case, DenunciationDraft Draft)> Failing()
    {
        var planted = Planted();
        yield return ("anonymous with an identity", planted with { Source = DenunciationSource.Anonymous });
        yield return ("false name with an identity", planted with { Source = DenunciationSource.FalseName });
        yield return ("name too long", planted with { Informant = planted.Informant! with { FullName = string.Concat(Enumerable.Repeat(Name + " ", 40)) } });
        yield return ("name blank, identity in the other fields", planted with { Informant = planted.Informant! with { FullName = " " } });
        yield return ("bad id", planted with { Id = "TC 01 ??" });
        yield return ("undefined source", planted with { Source = (DenunciationSource)99 });
        yield return ("no subject", planted with { Subject = null });
        yield return ("no allegation", planted with { Allegations = [] });
        yield return ("allegations repeated", planted with { Allegations = [new AllegationDraft("ND1", "một"), new AllegationDraft("ND1", "hai"), new AllegationDraft(null, null)] });
        yield return ("no date of receipt", planted with { ReceivedOn = null });
        yield return ("received in the future, bad case id", planted with { ReceivedOn = Today.PlusDays(3), CaseId = "??" });
        yield return ("subject both an organisation and a member", planted with { Subject = new DenouncedSubjectDraft("TN.X01", "TN.X01.CB01.M02") });
    }

    [Fact]
    public void EveryFailure_OfAPlantedDraft_SerialisedAsBadRequestOrWithConfigureForKiemTra_HoldsNoPartOfTheIdentity()
    {
        // R-D6
        var validator = new DenunciationDraftValidator(Clock, HoChiMinh);
        var failures = 0;
        foreach (var (name, draft) in Failing())
        {
            var result = validator.Validate(draft);
            Assert.False(result.IsValid, $"{name}: expected a failure");
            foreach (var failure in result.Errors)
            {
                failures++;
                Assert.Null(failure.AttemptedValue);
                Assert.Null(failure.CustomState);
                AssertNoLeak(failure.ErrorMessage, $"{name}: message");
                AssertNoLeak(failure.ToString(), $"{name}: ToString");
                foreach (var (key, value) in failure.FormattedMessagePlaceholderValues ?? [])
                {
                    AssertNoLeak($"{key}={value}", $"{name}: placeholder {key}");
                }
            }

            foreach (var options in Options)
            {
                AssertNoLeak(JsonSerializer.Serialize(result.Errors, options), $"{name}: JSON of the failures");
                AssertNoLeak(JsonSerializer.Serialize<object>(result, options), $"{name}: JSON of the result");
            }
        }

        // Every case above fails at least once; the walk is not vacuous.
        Assert.True(failures >= 11, $"only {failures} failures");
    }

    [Fact]
    public async Task AsyncValidation_HoldsNoAttemptedValueEither()
    {
        // R-D6
        var result = await new DenunciationDraftValidator(Clock, HoChiMinh).ValidateAsync(Planted() with { Source = DenunciationSource.Anonymous });
        var failure = Assert.Single(result.Errors);
        Assert.Null(failure.AttemptedValue);
        AssertNoLeak(JsonSerializer.Serialize(result.Errors, new JsonSerializerOptions(JsonSerializerDefaults.Web)), "async failures");
    }

    [Fact]
    public void Draft_WrittenWithAnyOptions_LeavesTheIdentityOut_AndSaysItWasWithheld()
    {
        // R-D6: ConfigureForKiemTra used to write the draft whole.
        foreach (var options in Options)
        {
            foreach (var json in new[] { JsonSerializer.Serialize(Planted(), options), JsonSerializer.Serialize<object>(Planted(), options), JsonSerializer.Serialize(new[] { Planted() }, options) })
            {
                AssertNoLeak(json, "JSON of the draft");
                Assert.Contains("TC-LEAK-FV", json, StringComparison.Ordinal);
                Assert.Contains("nformantWithheld\":true", json.Replace(" ", string.Empty, StringComparison.Ordinal), StringComparison.Ordinal);
            }
        }

        var anonymous = JsonSerializer.Serialize(Planted() with { Source = DenunciationSource.Anonymous, Informant = null }, Options[0]);
        Assert.Contains("\"informantWithheld\":false", anonymous, StringComparison.Ordinal);
    }

    [Fact]
    public void Draft_ReadFromARequestBody_KeepsTheIdentity_ForTheHostToSeal()
    {
        // R-D6: the identity is accepted on the way in (and sealed by ToDenunciation), only never written back out.
        var body = $$"""{"id":"TC-IN","source":"Named","informant":{"fullName":"{{Name}}","address":"{{Address}}","contact":"{{Phone}}"},"allegations":[{"id":"ND1","content":"Nhận tiền"}],"receivedOn":"2026-09-01"}""";
        var draft = JsonSerializer.Deserialize<DenunciationDraft>(body, new JsonSerializerOptions(JsonSerializerDefaults.Web).ConfigureForKiemTra())!;
        Assert.Equal(("TC-IN", Name, Address, Phone), (draft.Id, draft.Informant!.FullName, draft.Informant.Address, draft.Informant.Contact));
        Assert.Equal(new LocalDate(2026, 9, 1), draft.ReceivedOn);
        Assert.Equal("ND1", Assert.Single(draft.Allegations!).Id);
    }

    private static void AssertNoLeak(string text, string where)
    {
        foreach (var needle in Needles)
        {
            Assert.False(text.Contains(needle, StringComparison.OrdinalIgnoreCase), $"{where} contains '{needle}':\n{(text.Length > 1500 ? text[..1500] : text)}");
        }
    }
}
