using System.Text;
using System.Text.Json;
using KiemTra.Sdk.Serialization.SystemTextJson;

namespace KiemTra.Sdk.Adapters.Tests.Json;

/// <summary><see cref="KiemTraJsonSerializerOptionsExtensions.ReadStringsAsNfc"/>: a host's own models read their strings as the SDK's readers do.</summary>
public class NfcStringTests
{
    private sealed record Request(string? Title, IReadOnlyList<string>? Names);

    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions(JsonSerializerDefaults.Web).ReadStringsAsNfc().ConfigureForKiemTra();

    private const string Precomposed = "Kiểm tra Đảng ủy";

    [Fact]
    public void StringsTypedWithCombiningMarks_AreReadPrecomposed_InEveryPosition()
    {
        var nfd = Precomposed.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(Precomposed, nfd);
        var json = JsonSerializer.Serialize(new { title = nfd, names = new[] { nfd } });

        var read = JsonSerializer.Deserialize<Request>(json, Options)!;

        Assert.Equal(Precomposed, read.Title);
        Assert.Equal(Precomposed, Assert.Single(read.Names!));
    }

    [Fact]
    public void AStringAlreadyInNfc_IsReadUnchanged_AndNullStaysNull()
    {
        var read = JsonSerializer.Deserialize<Request>("""{"title":"Kiểm tra","names":null}""", Options)!;

        Assert.Equal("Kiểm tra", read.Title);
        Assert.Null(read.Names);
    }

    [Fact]
    public void ALoneSurrogate_IsAJsonException_NamingItsPath()
    {
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<Request>("""{"title":"a\uD800b"}""", Options));

        Assert.Equal("$.title", ex.Path);
        Assert.Contains("lone surrogate", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StringsAreWrittenAsTheyAre()
    {
        var nfd = Precomposed.Normalize(NormalizationForm.FormD);
        var written = JsonSerializer.Serialize(new Request(nfd, null), Options);

        Assert.Equal(nfd, JsonDocument.Parse(written).RootElement.GetProperty("title").GetString());
    }

    [Fact]
    public void OptionsAlreadyInUse_AreRefused()
    {
        var used = new JsonSerializerOptions();
        JsonSerializer.Serialize(1, used);

        Assert.Throws<InvalidOperationException>(() => used.ReadStringsAsNfc());
        Assert.Throws<ArgumentNullException>(() => ((JsonSerializerOptions)null!).ReadStringsAsNfc());
    }
}
