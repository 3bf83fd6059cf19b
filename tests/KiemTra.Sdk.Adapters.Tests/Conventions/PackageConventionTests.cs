using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace KiemTra.Sdk.Adapters.Tests.Conventions;

/// <summary>
/// Conventions over every shipped package (issue 16, item 8): exceptions derive from the documented bases
/// (docs/concepts.md, "Errors"), the core does no file IO, and the core's public surface does not grow without a
/// review note. Each known exception to a rule is listed with its reason and must still exist, so the lists only shrink.
/// </summary>
public partial class PackageConventionTests
{
    private static readonly string[] Packages =
    [
        "KiemTra.Sdk",
        "KiemTra.Sdk.Serialization.SystemTextJson",
        "KiemTra.Sdk.Testing",
        "KiemTra.Sdk.DependencyInjection",
        "KiemTra.Sdk.FluentValidation",
        "KiemTra.Sdk.Reporting",
    ];

    /// <summary>The documented bases (docs/concepts.md): the closest BCL type for each kind of error.</summary>
    private static readonly Type[] DocumentedBases =
    [
        typeof(ArgumentException),          // a bad argument (ArgumentNullException, ArgumentOutOfRangeException too)
        typeof(FormatException),            // a bad document: source, JSON path, value
        typeof(InvalidOperationException),  // a step the state does not allow (a case transition, a denied authority)
        typeof(KeyNotFoundException),       // a rule or entry that is not there
        typeof(JsonException),              // the JSON package's reading errors
    ];

    /// <summary>Exceptions allowed another base, with the reason.</summary>
    private static readonly Dictionary<string, string> OtherBases = new(StringComparer.Ordinal)
    {
        // A failed approval in a host's test suite: like xunit's own assertion exceptions it derives from Exception,
        // so a test framework reports a failed test, not an error of the code under test.
        ["KiemTra.Sdk.Testing.GoldenFileMismatchException"] = "test assertion",
    };

    /// <summary>Exceptions that hide a member of <see cref="Exception"/> (none since the one data-format exception replaced the four per-format ones).</summary>
    private static readonly HashSet<string> KnownHiders = new(StringComparer.Ordinal);

    public static TheoryData<string> PackageNames => new(Packages);

    private static IEnumerable<Type> ExceptionTypes(Assembly assembly) => assembly.GetTypes()
        .Where(t => typeof(Exception).IsAssignableFrom(t) && !t.Name.Contains('<', StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(PackageNames))]
    public void Exceptions_InEveryPackage_DeriveFromADocumentedBase(string package)
    {
        var wrong = ExceptionTypes(Assembly.Load(package))
            .Where(t => !DocumentedBases.Any(b => b.IsAssignableFrom(t)) && !OtherBases.ContainsKey(t.FullName!))
            .Select(t => $"{t.FullName} : {t.BaseType}")
            .ToList();
        Assert.Empty(wrong);
    }

    [Fact]
    public void Exceptions_AllowedOtherBases_StillExistAndStillNeedIt()
    {
        foreach (var name in OtherBases.Keys)
        {
            var type = Packages.Select(p => Assembly.Load(p).GetType(name)).Single(t => t is not null)!;
            Assert.False(DocumentedBases.Any(b => b.IsAssignableFrom(type)), $"{name} now has a documented base: remove it from OtherBases.");
        }
    }

    [Fact]
    public void Exceptions_HideNoMemberOfException_ExceptTheKnownOnes()
    {
        var inherited = typeof(Exception).GetProperties().Select(p => p.Name).ToHashSet(StringComparer.Ordinal);
        var hiding = Packages.SelectMany(p => ExceptionTypes(Assembly.Load(p)))
            .SelectMany(t => t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly)
                .Where(p => inherited.Contains(p.Name) && p.GetMethod is { } get && get.GetBaseDefinition() == get)
                .Select(p => $"{t.FullName}.{p.Name}"))
            .ToHashSet(StringComparer.Ordinal);
        Assert.Equal(KnownHiders.Order(StringComparer.Ordinal), hiding.Order(StringComparer.Ordinal));
    }

    /// <summary>
    /// File-system types and members a source file of the core must not use: the core reads streams; opening a file
    /// is the host's job (or an adapter's).
    /// </summary>
    [GeneratedRegex(@"\b(?:System\.IO\.)?(?:(?:File|Directory)\s*\.\s*[A-Z]\w*\s*\(|FileStream\b|FileInfo\b|DirectoryInfo\b|FileSystemWatcher\b|DriveInfo\b|StreamReader\s*\(\s*(?:path|file)|StreamWriter\s*\(\s*(?:path|file))")]
    private static partial Regex FileIo();

    /// <summary>
    /// The core's file IO, by file and number of uses: none since the document readers moved to the JSON package and
    /// read streams. The list only shrinks.
    /// </summary>
    [Fact]
    public void Core_DoesNoFileIo_IncludingTheDocumentReadersItCompiles()
    {
        // Issue 16 item 1: the core reads streams only. Its sources are src/KiemTra.Sdk and the JSON package's document
        // readers it compiles in (src/KiemTra.Sdk.Serialization.SystemTextJson/Documents, all but the *.Public.cs files).
        var src = Path.Combine(RepositoryRoot(), "src");
        var sources = Directory.EnumerateFiles(Path.Combine(src, "KiemTra.Sdk"), "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(Path.Combine(src, "KiemTra.Sdk.Serialization.SystemTextJson", "Documents"), "*.cs", SearchOption.AllDirectories)
                .Where(f => !f.EndsWith(".Public.cs", StringComparison.Ordinal)))
            .Select(f => (File: f, Relative: Path.GetRelativePath(src, f).Replace('\\', '/')))
            .Where(f => !f.Relative.Contains("/obj/", StringComparison.Ordinal) && !f.Relative.Contains("/bin/", StringComparison.Ordinal))
            .ToList();
        Assert.Contains(sources, f => f.Relative == "KiemTra.Sdk.Serialization.SystemTextJson/Documents/PartyDatasetJson.cs");
        var lines = new List<string>();
        foreach (var (file, relative) in sources)
        {
            var number = 0;
            foreach (var line in File.ReadLines(file))
            {
                number++;
                var code = line.TrimStart();
                if (code.StartsWith("//", StringComparison.Ordinal) || code.StartsWith('*'))
                {
                    continue; // comments and XML docs may name a file
                }

                if (FileIo().IsMatch(code))
                {
                    lines.Add($"{relative}:{number}: {code}");
                }
            }
        }

        Assert.True(lines.Count == 0, $"File IO in the core (read a Stream instead): {string.Join(" | ", lines)}");
    }

    [Fact]
    public void FileIoPattern_RecognisesTheBclFileApi()
    {
        // The pattern itself, so that the test above cannot pass by matching nothing.
        Assert.Matches(FileIo(), "using var stream = File.OpenRead(path);");
        Assert.Matches(FileIo(), "var text = System.IO.File.ReadAllText(name);");
        Assert.Matches(FileIo(), "Directory.CreateDirectory(folder);");
        Assert.Matches(FileIo(), "using var s = new FileStream(name, FileMode.Open);");
        Assert.Matches(FileIo(), "var info = new FileInfo(name);");
        Assert.DoesNotMatch(FileIo(), "public static RuleSet Load(Stream utf8Json, string sourceName)");
        Assert.DoesNotMatch(FileIo(), "var profile = profileFile.Name;");
    }

    /// <summary>
    /// The core's public surface is reviewed: its count of public types may not rise above the last entry of
    /// <c>PublicApi/Approved/KiemTra.Sdk.review-note.txt</c>. Adding a public type means adding a line there
    /// ("count: which types and why each is a domain concept or an extension point", docs/concepts.md).
    /// </summary>
    [Fact]
    public void CorePublicTypes_DoNotGrowWithoutAReviewNote()
    {
        var path = Path.Combine(RepositoryRoot(), "tests", "KiemTra.Sdk.Adapters.Tests", "PublicApi", "Approved", "KiemTra.Sdk.review-note.txt");
        var entries = File.ReadLines(path)
            .Select(l => ReviewEntry().Match(l))
            .Where(m => m.Success)
            .Select(m => (Count: int.Parse(m.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture), Note: m.Groups["note"].Value.Trim()))
            .ToList();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.True(e.Note.Length >= 20, $"Review note for {e.Count} types says too little: '{e.Note}'"));
        var count = typeof(LocalizedText).Assembly.GetExportedTypes().Length;
        var allowed = entries[^1].Count;
        Assert.True(count <= allowed, $"KiemTra.Sdk has {count} public types, more than the {allowed} last reviewed: add a line '{count}: <the new types and why each is public>' to {path}.");
    }

    [GeneratedRegex(@"^(?<count>\d+):(?<note>.+)$")]
    private static partial Regex ReviewEntry();

    /// <summary>
    /// Every public type of the core is listed in docs/concepts.md ("The public surface") as a domain concept or an
    /// extension point, and the list names no type the core does not export: a public type is a deliberate decision.
    /// </summary>
    [Fact]
    public void CorePublicTypes_AreEachListedInConcepts()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "concepts.md"));
        var start = doc.IndexOf("## The public surface", StringComparison.Ordinal);
        Assert.True(start >= 0, "docs/concepts.md has no section 'The public surface'.");
        var listed = SurfaceRow().Matches(doc[start..])
            .SelectMany(row => NameInCell().Matches(row.Groups["concepts"].Value + " " + row.Groups["extensions"].Value)
                .Select(name => row.Groups["ns"].Value + "." + name.Groups[1].Value
                    + (name.Groups[2].Success ? "`" + name.Groups[2].Value.Split(',').Length.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty)))
            .Order(StringComparer.Ordinal)
            .ToList();
        var exported = typeof(LocalizedText).Assembly.GetExportedTypes()
            .Select(t => t.FullName!.Replace('+', '.'))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(exported, listed);
    }

    [GeneratedRegex(@"^\| `(?<ns>[A-Za-z.]+)` \| (?<concepts>[^|]*) \| (?<extensions>[^|]*) \|$", RegexOptions.Multiline)]
    private static partial Regex SurfaceRow();

    /// <summary>A type name in backticks; a generic type is written with its parameters (<c>`RecordId&lt;TRecord&gt;`</c>) and compared as the runtime name (<c>RecordId`1</c>).</summary>
    [GeneratedRegex(@"`([A-Za-z0-9_]+)(?:<([A-Za-z0-9_, ]+)>)?`")]
    private static partial Regex NameInCell();


    private static string RepositoryRoot([CallerFilePath] string thisFile = "")
    {
        for (var directory = Path.GetDirectoryName(thisFile); directory is not null; directory = Path.GetDirectoryName(directory))
        {
            if (File.Exists(Path.Combine(directory, "KiemTra.Sdk.sln")))
            {
                return directory;
            }
        }

        throw new InvalidOperationException($"No KiemTra.Sdk.sln above {thisFile}.");
    }
}
