using System.Text;
using KiemTra.Samples.ProvinceRulePack;
using KiemTra.Sdk.Tests.Reliability;
using Xunit.Abstractions;

namespace KiemTra.WebHost.Tests.Reliability;

/// <summary>
/// The bad-input corpus (issue 8) against the province rule-pack manifest (<c>pack.json</c>): every malformed or hostile
/// manifest ends in <see cref="FormatException"/> naming the manifest file, in one bounded message — never another
/// exception, a hang, a silent acceptance or a file outside the pack folder.
/// </summary>
public sealed class RulePackManifestCorpusTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _pack = CopyOfLamDong();

    private static string CopyOfLamDong()
    {
        var source = Path.Combine(AppContext.BaseDirectory, "lam-dong");
        var target = Directory.CreateTempSubdirectory("kiemtra-pack-corpus-").FullName;
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return target;
    }

    private string Seed() => System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(Path.Combine(_pack, "pack.json")))!.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    [Fact]
    public async Task Load_RejectsEveryCorpusInput_WithFormatExceptionNamingTheManifest()
    {
        // Issue 8: bad input everywhere a file can reach, the host's own rule packs included.
        var seed = Seed();
        Assert.Equal("Lâm Đồng", ProvinceRulePackManifest.Load(_pack).Province);
        var corpus = BadInputCorpus.Generate(seed, new CorpusOptions
        {
            Seed = 10,
            UniqueArrays = new HashSet<string> { "ruleSets", "holidaySchedules" },
            DomainMutations = doc =>
            [
                ("escape with ..", doc.Replace("\"rules/", "\"../../../../../../etc/../rules/", StringComparison.Ordinal)),
                ("escape to /etc/passwd", doc.Replace("\"rules/LD-DUUBND-KH-NQ05-2026.json\"", "\"../../../../../../../../etc/passwd\"", StringComparison.Ordinal)),
                ("escape to a sibling folder", doc.Replace("\"rules/", "\"../other/rules/", StringComparison.Ordinal)),
                ("rooted path", doc.Replace("\"rules/LD-DUUBND-KH-NQ05-2026.json\"", "\"/etc/passwd\"", StringComparison.Ordinal)),
                ("the same file twice by two spellings", doc.Replace("\"rules/LD-DUUBND-KH-NQ05-2026.json\"", "\"rules/LD-DUUBND-KH-NQ05-2026.json\",\"rules/./LD-DUUBND-KH-NQ05-2026.json\"", StringComparison.Ordinal)),
                ("blank province", doc.Replace("\"Lâm Đồng\"", "\"   \"", StringComparison.Ordinal)),
                ("description not a string", doc.Replace("\"description\":\"", "\"description\":7,\"x\":\"", StringComparison.Ordinal)),
            ],
        });
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<string>();
        var manifest = Path.Combine(_pack, "pack.json");
        foreach (var input in corpus)
        {
            counts[input.Category] = counts.GetValueOrDefault(input.Category) + 1;
            File.WriteAllBytes(manifest, input.Bytes());
            string? failure;
            try
            {
                var loaded = await Task.Run(() => ProvinceRulePackManifest.Load(_pack)).WaitAsync(TimeSpan.FromSeconds(20));
                failure = $"accepted: {string.Join(", ", loaded.RuleSetFiles.Concat(loaded.HolidayScheduleFiles))}";
            }
            catch (TimeoutException)
            {
                failure = "hang";
            }
            catch (FormatException ex) when (ex.GetType() == typeof(FormatException))
            {
                var message = ex.Message;
                failure = !message.Contains("pack.json", StringComparison.Ordinal) ? $"does not name the manifest: {message}"
                    : message.Length > 1000 ? $"message of {message.Length} characters"
                    : message.Contains('\n', StringComparison.Ordinal) ? $"message of several lines: {message}"
                    : null;
            }
            catch (Exception ex)
            {
                failure = $"{ex.GetType().Name}: {ex.Message}";
            }

            if (failure is not null)
            {
                failures.Add($"{input}: {(failure.Length > 300 ? failure[..300] : failure)}");
            }
        }

        output.WriteLine($"rule-pack manifest: {counts.Values.Sum()} inputs: " + string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}")));
        Assert.True(failures.Count == 0, $"{failures.Count} inputs not rejected properly:\n{string.Join("\n", failures.Take(20))}");
        Assert.True(counts.Values.Sum() >= 120, string.Join(", ", counts));
    }

    [Fact]
    public void Load_NfdProvinceAndByteOrderMark_LoadsLikeNfcWithout()
    {
        var nfd = Seed().Replace("Lâm Đồng", "Lâm Đồng".Normalize(NormalizationForm.FormD), StringComparison.Ordinal);
        File.WriteAllBytes(Path.Combine(_pack, "pack.json"), [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(nfd)]);
        var loaded = ProvinceRulePackManifest.Load(_pack);
        Assert.Equal("Lâm Đồng", loaded.Province);
        Assert.Single(loaded.RuleSetFiles);
    }

    [Fact]
    public void Load_FileOutsideThePack_IsRefusedNamingTheEntry()
    {
        // Security: a pack names its own files only (a manifest must not make the host read /etc/passwd as a rule set).
        File.WriteAllText(Path.Combine(_pack, "pack.json"), """{ "province": "Lâm Đồng", "ruleSets": ["../../../../../../../../etc/passwd"] }""");
        var error = Assert.Throws<FormatException>(() => ProvinceRulePackManifest.Load(_pack));
        Assert.Contains("ruleSets[0]", error.Message, StringComparison.Ordinal);
        Assert.Contains("leaves the pack folder", error.Message, StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(_pack, recursive: true);
}
