using System.Collections;
using System.Reflection;
using System.Text;
using System.Text.Json;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Register;
using KiemTra.Sdk.Serialization.SystemTextJson;
using KiemTra.Sdk.Serialization.SystemTextJson.Converters.Shapes;

namespace KiemTra.Sdk.Adapters.Tests.Json;

/// <summary>
/// What matters of the JSON package's converters: every type a document format or a contract carries round-trips value
/// for value (compared property by property, not by the JSON text), and a bad field is refused with its JSON pointer and
/// line. The package converts only the register document's types (<see cref="WorkRegisterJson"/>, the web host's
/// per-fact rows) and the deadline of the AOT contract; other public types have no JSON form of their own, so nothing
/// here asks for one.
/// </summary>
public class ConverterCoverageTests
{
    private static readonly JsonSerializerOptions Options = new JsonSerializerOptions { WriteIndented = true }.ConfigureForKiemTra();

    /// <summary>The sections of a register document: every list property of <see cref="WorkRegister"/>.</summary>
    public static TheoryData<string> RegisterSections()
    {
        var data = new TheoryData<string>();
        foreach (var property in Sections())
        {
            data.Add(property.Name);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RegisterSections))]
    public void EveryFactOfTheRegisterDocument_RoundTripsValueForValue(string section)
    {
        var property = Sections().Single(p => p.Name == section);
        var register = RichRegister.Build();
        var back = WorkRegisterJsonTests.Read(WorkRegisterJsonTests.Write(register));
        var expected = ((IEnumerable)property.GetValue(register)!).Cast<object>().ToList();
        var actual = ((IEnumerable)property.GetValue(back)!).Cast<object>().ToList();
        Assert.True(expected.Count > 0, $"The rich register has no {section}: add one to RichRegister so the section is proven.");
        ValueEquality.AssertEqual(expected, actual, section);
    }

    /// <summary>The public types the options and the context convert: the register's facts and their parts, and the deadline.</summary>
    public static TheoryData<string> ShapedTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in DomainConverterFactory.Types.Where(t => t.IsVisible).OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ShapedTypes))]
    public void EveryConvertedType_RoundTripsValueForValue_ThroughTheOptionsAndTheContext(string typeName)
    {
        var type = typeof(LocalizedText).Assembly.GetType(typeName, throwOnError: true)!;
        var samples = Samples(type);
        Assert.True(samples.Count > 0, $"No sample of {type.Name}: add one to DomainSamples or RichRegister.");
        var typeInfo = KiemTraJsonContext.Default.GetTypeInfo(type);
        Assert.True(typeInfo is not null, $"{type.Name} is converted but not named in KiemTraJsonContext.");
        foreach (var sample in samples)
        {
            var json = JsonSerializer.Serialize(sample, type, Options);
            ValueEquality.AssertEqual(sample, JsonSerializer.Deserialize(json, type, Options), type.Name);
            ValueEquality.AssertEqual(sample, JsonSerializer.Deserialize(json, typeInfo), type.Name + " (context)");
        }
    }

    [Theory]
    [MemberData(nameof(ShapedTypes))]
    public void UnknownField_IsRefused_WithItsPointerAndLine(string typeName)
    {
        var (type, json) = IndentedSample(typeName);
        var tampered = "{\n  \"zzUnknown\": 1," + json[1..];
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(tampered, type, Options));
        Assert.Contains("/zzUnknown (line 2)", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ShapedTypes))]
    public void DuplicateField_IsRefused_WithItsPointerAndLine(string typeName)
    {
        var (type, json) = IndentedSample(typeName);
        var lines = json.Split('\n');

        // The first field, repeated on the line after it: "a": 1, "a": 1, … (a one-line value, so the copy is whole).
        var first = lines.Skip(1).First(l => l.TrimEnd().EndsWith(',') && !l.TrimEnd().EndsWith("{,", StringComparison.Ordinal) && !l.Contains('[', StringComparison.Ordinal) && !l.Contains('{', StringComparison.Ordinal));
        var at = Array.IndexOf(lines, first);
        var name = first.Trim().Split(':')[0].Trim('"');
        var tampered = string.Join('\n', lines.Take(at + 1).Append(first).Concat(lines.Skip(at + 1)));
        var ex = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize(tampered, type, Options));
        Assert.Contains($"/{name} (line {at + 2})", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RegisterDocument_UnknownOrDuplicateField_IsRefusedAsADataFormatError_WithPointerAndLine()
    {
        var json = WorkRegisterJsonTests.Write(RichRegister.Build()).ReplaceLineEndings("\n");
        var lines = json.Split('\n').ToList();
        var at = lines.FindIndex(lines.FindIndex(l => l.Trim().StartsWith("\"documents\"", StringComparison.Ordinal)), l => l.Trim().StartsWith("\"issuedOn\"", StringComparison.Ordinal));
        Assert.True(at > 0, "The rich register has a document with an issue date.");

        var unknown = lines.ToList();
        unknown.Insert(at, "        \"zzUnknown\": 1,");
        var ex = Assert.Throws<DataFormatException>(() => WorkRegisterJsonTests.Read(string.Join('\n', unknown), "so-theo-doi.json"));
        Assert.Equal("/documents/0/zzUnknown", ex.Path);
        Assert.Equal(at + 1, ex.Line);
        Assert.Equal("so-theo-doi.json", ex.SourceName);
        Assert.Equal(ErrorCodes.DocumentFieldUnknown, ex.Code);

        var duplicate = lines.ToList();
        duplicate.Insert(at, lines[at].TrimEnd().TrimEnd(',') + ",");
        ex = Assert.Throws<DataFormatException>(() => WorkRegisterJsonTests.Read(string.Join('\n', duplicate), "so-theo-doi.json"));
        Assert.True(ex.Path == "/documents/0/issuedOn", ex.Message);
        Assert.Equal("/documents/0/issuedOn", ex.Path);
        Assert.Equal(at + 2, ex.Line);
        Assert.True(ErrorCodes.DocumentFieldDuplicate == ex.Code, ex.Message);
    }

    /// <summary>
    /// Fields that are not properties: an assignment's terms stay nested under "assignment" and a programme's under
    /// "programme", the register document's shape since format version 1, while the core records them on
    /// <see cref="RecordedAssignment"/> and <see cref="Inspection.OversightProgram"/> themselves (their own properties are
    /// declared written inside that object; a programme's date of issue and issuing body sit beside it); a discipline
    /// subject's "kind" (Organization, FullMember, ProbationaryMember) is written from its IsMember and IsProbationary.
    /// </summary>
    private static readonly HashSet<string> WrittenNotProperty = ["RecordedAssignment.assignment", "OversightProgram.programme", "DisciplineSubject.kind"];

    /// <summary>
    /// Properties whose JSON name is not their camel-case name: the register document (format version 1) keeps the
    /// British spelling it was written in, while identifiers use the .NET (American) spelling; a case link's step is
    /// its published "kind".
    /// </summary>
    private static readonly Dictionary<string, string> WireNames = new(StringComparer.Ordinal)
    {
        ["VettingOpinion.Favorable"] = "favourable",
        ["DigitalProcessingFigures.DocumentsDigitized"] = "documentsDigitised",
        ["InformationReceived.IsRumor"] = "isRumour",
        ["ImplementationPlan.ProgramReference"] = "programmeReference",
        ["CaseLink.Step"] = "kind",
    };

    [Theory]
    [MemberData(nameof(ShapedTypes))]
    public void EveryPublicProperty_IsWrittenOrDeclaredDerived(string typeName)
    {
        var type = typeof(LocalizedText).Assembly.GetType(typeName, throwOnError: true)!;
        var converter = DomainConverterFactory.Find(type)!;
        var shape = converter.GetType().GetProperty("Shape")?.GetValue(converter);
        if (shape is null)
        {
            return; // the register as a whole: its sections are proven above
        }

        var written = ((IEnumerable<string>)shape.GetType().GetProperty("FieldNames")!.GetValue(shape)!).ToHashSet(StringComparer.Ordinal);
        var derived = ((List<string>)shape.GetType().GetProperty("Computed")!.GetValue(shape)!).ToHashSet(StringComparer.Ordinal);
        var properties = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 || p.Name == "Item")
            .Select(p => p.Name)
            .Where(n => n != "EqualityContract")
            .ToList();
        foreach (var property in properties)
        {
            var json = WireNames.GetValueOrDefault($"{type.Name}.{property}") ?? char.ToLowerInvariant(property[0]) + property[1..];
            Assert.True(written.Contains(json) || derived.Contains(property), $"{type.Name}.{property} is neither written (as '{json}') nor declared derived.");
        }

        foreach (var field in written)
        {
            var property = WireNames.FirstOrDefault(w => w.Value == field && w.Key.StartsWith(type.Name + ".", StringComparison.Ordinal)).Key?[(type.Name.Length + 1)..]
                ?? char.ToUpperInvariant(field[0]) + field[1..];
            Assert.True(properties.Contains(property) || WrittenNotProperty.Contains($"{type.Name}.{field}"), $"{type.Name} writes '{field}', which is not one of its public properties.");
        }
    }

    private static IEnumerable<PropertyInfo> Sections() =>
        typeof(WorkRegister).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(IReadOnlyList<>))
            .OrderBy(p => p.Name, StringComparer.Ordinal);

    private static List<object> Samples(Type type)
    {
        if (type == typeof(WorkRegister))
        {
            return [RichRegister.Build()];
        }

        var samples = DomainSamples.Of(type).ToList();
        if (samples.Count == 0)
        {
            var register = RichRegister.Build();
            foreach (var property in Sections().Where(p => p.PropertyType.GetGenericArguments()[0] == type))
            {
                samples.AddRange(((IEnumerable)property.GetValue(register)!).Cast<object>());
            }
        }

        return samples;
    }

    private static (Type Type, string Json) IndentedSample(string typeName)
    {
        var type = typeof(LocalizedText).Assembly.GetType(typeName, throwOnError: true)!;
        var sample = Samples(type).First();
        return (type, JsonSerializer.Serialize(sample, type, Options).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void ADocumentsType_IsRefusedNamingItsFormatsOwner_NotWrittenByReflection()
    {
        // A lineage event belongs to the party dataset document (PartyDatasetJson); written alone through the package's
        // options it would otherwise come out as System.Text.Json's reflection of its properties, a spelling nothing reads.
        var merged = Organization.LineageEvent.MergedInto(Organization.OrganizationId.From("P.B"), new NodaTime.LocalDate(2025, 7, 1), Organization.OrganizationId.From("P.C"));

        var write = Assert.Throws<NotSupportedException>(() => JsonSerializer.Serialize(merged, Options));
        var read = Assert.Throws<NotSupportedException>(() => JsonSerializer.Deserialize<Rules.RuleSet>("{}", Options));

        Assert.StartsWith("KiemTra.Sdk.Organization.LineageEvent belongs to a document format", write.Message, StringComparison.Ordinal);
        Assert.Contains("with PartyDatasetJson", write.Message, StringComparison.Ordinal);
        Assert.StartsWith("KiemTra.Sdk.Rules.RuleSet belongs to a document format", read.Message, StringComparison.Ordinal);
        Assert.Contains("with RuleSetJson", read.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ATypeWithAJsonForm_IsStillWrittenByItsOwnConverter()
    {
        // The refusal comes last: an identifier and a bilingual text keep their converters under the same options.
        var json = JsonSerializer.Serialize(new { Id = Organization.OrganizationId.From("P.B"), Text = LocalizedText.Of("Đảng bộ", "Party committee") }, Options);

        Assert.Contains("\"P.B\"", json, StringComparison.Ordinal);
        Assert.Contains("Party committee", json, StringComparison.Ordinal);
    }
}

/// <summary>
/// Value equality by public properties, recursively (lists element by element, maps key by key), for types that do not
/// define equality themselves: a round trip keeps every value, whatever the JSON text looks like.
/// </summary>
internal static class ValueEquality
{
    public static void AssertEqual(object? expected, object? actual, string path, int depth = 0)
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{path}: expected {expected ?? "null"}, got {actual ?? "null"}.");
            return;
        }

        var type = expected.GetType();
        if (depth > 12 || type.IsPrimitive || type.IsEnum || expected is string || (type.IsValueType && expected is not IEnumerable))
        {
            Assert.True(Equals(expected, actual), $"{path}: expected {expected}, got {actual}.");
            return;
        }

        if (expected is IDictionary expectedMap)
        {
            var actualMap = (IDictionary)actual;
            Assert.True(expectedMap.Count == actualMap.Count, $"{path}: expected {expectedMap.Count} entries, got {actualMap.Count}.");
            foreach (DictionaryEntry entry in expectedMap)
            {
                Assert.True(actualMap.Contains(entry.Key), $"{path}: the key {entry.Key} is lost.");
                AssertEqual(entry.Value, actualMap[entry.Key], $"{path}[{entry.Key}]", depth + 1);
            }

            return;
        }

        if (expected is IEnumerable expectedItems)
        {
            var e = Items(expectedItems);
            var a = Items((IEnumerable)actual);
            Assert.True(e.Count == a.Count, $"{path}: expected {e.Count} items, got {a.Count}.");
            for (var i = 0; i < e.Count; i++)
            {
                AssertEqual(e[i], a[i], $"{path}/{i}", depth + 1);
            }

            return;
        }

        // Lists may come back as another list type; anything else must come back as the same type.
        Assert.True(type == actual.GetType(), $"{path}: expected a {type.Name}, got a {actual.GetType().Name}.");
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract"))
        {
            if (expected is Denunciations.Denunciation denunciation && property.Name is nameof(denunciation.Informant) or nameof(denunciation.InformantWithheld))
            {
                // R-D6: a stored denunciation is the verifiers' copy: an informant is never written, it comes back withheld.
                Assert.True(((Denunciations.Denunciation)actual).Informant is null, $"{path}: an informant came back.");
                Assert.True(((Denunciations.Denunciation)actual).InformantWithheld == (denunciation.Informant is not null || denunciation.InformantWithheld), $"{path}: the informant is not marked withheld.");
                continue;
            }

            AssertEqual(Get(property, expected), Get(property, actual), $"{path}.{property.Name}", depth + 1);
        }
    }

    /// <summary>The items of a list; a default (unset) immutable array reads as empty, as a document writes it.</summary>
    private static List<object?> Items(IEnumerable list)
        => list.GetType().GetProperty("IsDefault") is { } isDefault && (bool)isDefault.GetValue(list)! ? [] : list.Cast<object?>().ToList();

    private static object? Get(PropertyInfo property, object value)
    {
        try
        {
            return property.GetValue(value);
        }
        catch (TargetInvocationException ex)
        {
            // A property that refuses (a withheld informant) must refuse the same way after the round trip.
            return ex.InnerException!.GetType().FullName;
        }
    }
}
