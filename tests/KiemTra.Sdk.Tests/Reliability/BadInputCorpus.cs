using System.Globalization;
using System.Text;

namespace KiemTra.Sdk.Tests.Reliability;

/// <summary>
/// A deterministic generator of malformed and hostile JSON documents derived from one valid seed document: every
/// input it yields must be rejected by the loader under test. Seeded with its own PRNG (<see cref="CorpusRandom"/>),
/// so a failure reproduces from the category and index alone. Inputs are generated lazily.
/// </summary>
/// <remarks>
/// Shared by the SDK, CLI and adapter test projects (linked source). Categories: truncation at every structural point,
/// wrong types, out-of-range dates, huge numbers, deep nesting, duplicate keys, unknown and renamed fields, null
/// records and null fields, invalid Unicode (lone surrogates, invalid UTF-8 bytes), over-long and 10 MB strings,
/// BOMs and junk, plus the caller's own domain mutations (dangling references, cycles, duplicate ids).
/// </remarks>
internal static class BadInputCorpus
{
    private static readonly string[] InvalidUtf8 = ["FF", "C3 28", "ED A0 80", "C0 AF", "F8 88 80 80 80", "E2 82"];

    public static IEnumerable<BadInput> Generate(string seedJson, CorpusOptions options)
    {
        var doc = seedJson.Trim();
        var random = new CorpusRandom(options.Seed);
        var scan = JsonScan.Of(doc);

        // 1. Truncation at every structural point (before it and just after it).
        for (var i = 0; i < doc.Length; i++)
        {
            if ("{}[],:\"".Contains(doc[i], StringComparison.Ordinal))
            {
                yield return Text("truncation", $"cut at {i}", doc[..i]);
                if (i + 1 < doc.Length)
                {
                    yield return Text("truncation", $"cut at {i + 1}", doc[..(i + 1)]);
                }
            }
        }

        var values = scan.Values.Skip(1).ToList(); // not the root
        foreach (var v in values)
        {
            // 2. Wrong type for every value.
            var wrong = v.Kind switch
            {
                ValueKind.String => random.Pick(["42", "true", "[]", "{}", "-1.5e3"]),
                ValueKind.Number => random.Pick(["\"12\"", "true", "[1]", "{}"]),
                ValueKind.Literal => random.Pick(["1", "\"true\"", "[]", "{}"]),
                ValueKind.Object => random.Pick(["\"{}\"", "7", "[{}]", "true"]),
                _ => random.Pick(["{}", "\"[]\"", "0", "false"]),
            };
            yield return Text("wrong type", $"{v.Name ?? "[]"}@{v.Start} := {wrong}", Replace(doc, v, wrong));

            if (v.Kind == ValueKind.String && v.Name is { } name && options.DateFields.Contains(name))
            {
                // 3. Out-of-range and impossible dates.
                foreach (var date in new[] { "0000-01-01", "10000-01-01", "2026-02-30", "2026-13-01", "1899-12-31", "2200-01-01", "2026-2-3", "2026-02-28T00:00" })
                {
                    yield return Text("bad date", $"{name} := {date}", Replace(doc, v, $"\"{date}\""));
                }
            }

            if (v.Kind == ValueKind.Number)
            {
                // 4. Huge numbers, overflow, fractions, a 20 000-digit literal.
                // A decimal field (a fraction, a length in days) holds 1.5 and 2147483648 legitimately: only overflow there.
                var numbers = v.Name is { } field && options.DecimalFields.Contains(field)
                    ? new[] { "1e400", "-1e400", "1" + new string('0', 20_000) }
                    : new[] { "1e400", "-1e400", "9223372036854775808", "-9223372036854775809", "2147483648", "1.5", "1" + new string('0', 20_000) };
                foreach (var number in numbers)
                {
                    yield return Text("huge number", $"{v.Name} := {number[..Math.Min(20, number.Length)]}", Replace(doc, v, number));
                }
            }

            if (v.Kind == ValueKind.String)
            {
                // 5. Invalid Unicode: escaped lone surrogates, then raw invalid UTF-8 bytes inside the string.
                var surrogate = random.Pick(["\"\\uD800\"", "\"x\\uDC00\"", "\"\\uDBFF\\u0041\"", "\"ab\\uD83D\""]);
                yield return Text("lone surrogate", $"{v.Name ?? "[]"}@{v.Start}", Replace(doc, v, surrogate));
                var bytes = random.Pick(InvalidUtf8);
                yield return new BadInput("invalid UTF-8", $"{bytes} in {v.Name ?? "[]"}@{v.Start}", () => Splice(doc, v.Start + 1, bytes));

                // 6. A string over the length limit.
                yield return Text("long string", $"{v.Name ?? "[]"}@{v.Start}", Replace(doc, v, "\"" + new string('ắ', InputRules.MaxStringLength + 1) + "\""));
            }

            // 7. Deep nesting in place of a value (every tenth value; the reader stops at its depth bound).
            if (random.Next(10) == 0)
            {
                var depth = 10_000;
                var nested = random.Next(2) == 0
                    ? new string('[', depth) + new string(']', depth)
                    : string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
                yield return Text("deep nesting", $"{depth} levels at {v.Start}", Replace(doc, v, nested));
            }

            // 8. Null records: an element of an array set to null.
            if (v.Name is null)
            {
                yield return Text("null element", $"[]@{v.Start}", Replace(doc, v, "null"));
            }
        }

        // 10 MB strings, a few times only.
        foreach (var v in values.Where(v => v.Kind == ValueKind.String).Take(options.HugeStrings))
        {
            yield return Text("10 MB string", $"{v.Name}@{v.Start}", Replace(doc, v, "\"" + new string('a', 10 * 1024 * 1024) + "\""));
        }

        foreach (var n in scan.Names)
        {
            var value = scan.Values[n.ValueIndex];
            var property = doc[n.Start..value.End];

            // 9. Duplicate property.
            yield return Text("duplicate key", $"{n.Text}@{n.Start}", doc[..n.Start] + property + "," + doc[n.Start..]);

            // 10. Renamed property (an unknown field, and a required one missing).
            if (options.StrictObjects && !options.FreeKeyObjects.Contains(n.Parent ?? string.Empty))
            {
                yield return Text("renamed field", $"{n.Text}@{n.Start}", doc[..n.Start] + "\"zzRenamed\"" + doc[n.End..]);
            }

            // Invalid Unicode and a huge string in a property name.
            yield return Text("lone surrogate", $"name {n.Text}@{n.Start}", doc[..n.Start] + "\"\\uDFFF\"" + doc[n.End..]);
            yield return Text("long string", $"name {n.Text}@{n.Start}", doc[..n.Start] + "\"" + new string('k', InputRules.MaxStringLength + 1) + "\"" + doc[n.End..]);
        }

        foreach (var o in scan.Values.Where(v => v.Kind == ValueKind.Object))
        {
            // 11. One extra, unknown field in every object.
            if (options.StrictObjects)
            {
                var body = doc[(o.Start + 1)..(o.End - 1)].Trim();
                yield return Text("unknown field", $"in object at {o.Start}", doc[..(o.Start + 1)] + "\"zzUnknown\":1" + (body.Length > 0 ? "," : string.Empty) + doc[(o.Start + 1)..]);
            }
        }

        // 12. Duplicated records where ids/keys/dates must be unique.
        foreach (var a in scan.Values.Where(v => v.Kind == ValueKind.Array && v.Name is { } n && options.UniqueArrays.Contains(n)))
        {
            var first = scan.Values.FirstOrDefault(v => v.Start > a.Start && v.End < a.End && v.Depth == a.Depth + 1);
            if (first.End > 0)
            {
                yield return Text("duplicate id", $"{a.Name}[0] twice", doc[..first.Start] + doc[first.Start..first.End] + "," + doc[first.Start..]);
            }
        }

        // 13. Nulls everywhere: every top-level field null at once, and the root null.
        var top = scan.Values.Where(v => v.Depth == 1).ToList();
        if (top.Count > 0)
        {
            var nulled = doc;
            foreach (var v in top.OrderByDescending(v => v.Start))
            {
                nulled = nulled[..v.Start] + "null" + nulled[v.End..];
            }

            yield return Text("nulls everywhere", "every top-level field null", nulled);
        }

        // 14. Empty input, junk, BOMs, trailing content, the wrong encoding, whole-document nesting.
        foreach (var junk in new[] { string.Empty, " ", "\n\t", "\uFEFF", "\uFEFF\uFEFF" + doc, "0", "\"x\"", "true", "[", "{", "}", doc + "x", doc + doc, doc + ",", doc[..^1] + ",}" })
        {
            yield return Text("junk", junk.Length > 12 ? junk[..12] + "…" : junk, junk);
        }

        if (options.NullDocumentIsInvalid)
        {
            yield return Text("junk", "null", "null");
        }

        yield return new BadInput("junk", "UTF-16 with BOM", () => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(doc)]);
        yield return new BadInput("junk", "UTF-32", () => Encoding.UTF32.GetBytes(doc));
        yield return Text("deep nesting", "10 000 arrays as the document", new string('[', 10_000) + new string(']', 10_000));

        // 15. The caller's domain mutations (dangling references, cycles, duplicate ids).
        foreach (var (description, text) in options.DomainMutations(doc))
        {
            yield return Text("domain", description, text);
        }
    }

    private static string Replace(string doc, JsonScan.Value v, string with) => doc[..v.Start] + with + doc[v.End..];

    private static byte[] Splice(string doc, int at, string hex)
    {
        var bytes = hex.Split(' ').Select(h => byte.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray();
        return [.. Encoding.UTF8.GetBytes(doc[..at]), .. bytes, .. Encoding.UTF8.GetBytes(doc[at..])];
    }

    private static BadInput Text(string category, string description, string text) => new(category, description, () => Encoding.UTF8.GetBytes(text));

    public enum ValueKind
    {
        String,
        Number,
        Literal,
        Object,
        Array,
    }

    /// <summary>The values and property names of a (valid) JSON text with their character spans.</summary>
    public sealed class JsonScan
    {
        public List<Value> Values { get; } = [];

        public List<Name> Names { get; } = [];

        public static JsonScan Of(string doc)
        {
            var scan = new JsonScan();
            var open = new Stack<int>();
            string? pendingName = null;
            for (var i = 0; i < doc.Length; i++)
            {
                var c = doc[i];
                var parent = open.Count == 0 ? null : scan.Values[open.Peek()].Name;
                switch (c)
                {
                    case '"':
                        var end = i + 1;
                        while (doc[end] != '"')
                        {
                            end += doc[end] == '\\' ? 2 : 1;
                        }

                        end++;
                        var next = end;
                        while (char.IsWhiteSpace(doc[next]))
                        {
                            next++;
                        }

                        if (doc[next] == ':')
                        {
                            pendingName = doc[(i + 1)..(end - 1)];
                            scan.Names.Add(new Name(i, end, pendingName, parent, scan.Values.Count));
                        }
                        else
                        {
                            scan.Values.Add(new Value(i, end, ValueKind.String, Take(ref pendingName), open.Count));
                        }

                        i = end - 1;
                        break;
                    case '{' or '[':
                        open.Push(scan.Values.Count);
                        scan.Values.Add(new Value(i, -1, c == '{' ? ValueKind.Object : ValueKind.Array, Take(ref pendingName), open.Count - 1));
                        break;
                    case '}' or ']':
                        var index = open.Pop();
                        scan.Values[index] = scan.Values[index] with { End = i + 1 };
                        break;
                    case 't' or 'f' or 'n':
                        var length = c == 'f' ? 5 : 4;
                        scan.Values.Add(new Value(i, i + length, ValueKind.Literal, Take(ref pendingName), open.Count));
                        i += length - 1;
                        break;
                    case '-' or (>= '0' and <= '9'):
                        var stop = i;
                        while (stop < doc.Length && "+-.eE0123456789".Contains(doc[stop], StringComparison.Ordinal))
                        {
                            stop++;
                        }

                        scan.Values.Add(new Value(i, stop, ValueKind.Number, Take(ref pendingName), open.Count));
                        i = stop - 1;
                        break;
                }
            }

            return scan;
        }

        private static string? Take(ref string? name)
        {
            var taken = name;
            name = null;
            return taken;
        }

        /// <summary>A value: its span, kind, the property it is the value of (null for array elements and the root), its depth.</summary>
        public readonly record struct Value(int Start, int End, ValueKind Kind, string? Name, int Depth);

        /// <summary>A property name: its span (quotes included), text, the property holding its object, and the index of its value.</summary>
        public readonly record struct Name(int Start, int End, string Text, string? Parent, int ValueIndex);
    }
}

/// <summary>One hostile input: its category (for counts), a description (to reproduce it) and its bytes, made on demand.</summary>
internal sealed record BadInput(string Category, string Description, Func<byte[]> Bytes)
{
    public override string ToString() => $"[{Category}] {Description}";
}

/// <summary>What the loader's format allows, so that every generated input is one it must refuse.</summary>
internal sealed class CorpusOptions
{
    public ulong Seed { get; init; } = 2026;

    /// <summary>Objects reject unknown fields (false for the CLI's batch file, which copies other fields through).</summary>
    public bool StrictObjects { get; init; } = true;

    /// <summary>Objects whose keys are free (ids of a map): renaming one of their keys can be valid.</summary>
    public IReadOnlySet<string> FreeKeyObjects { get; init; } = new HashSet<string>();

    /// <summary>Arrays whose elements must be unique (ids, keys, dates): a copy of the first element must be refused.</summary>
    public IReadOnlySet<string> UniqueArrays { get; init; } = new HashSet<string>();

    /// <summary>Fields holding dates.</summary>
    public IReadOnlySet<string> DateFields { get; init; } = new HashSet<string>
    {
        "date", "from", "to", "issuedOn", "effectiveFrom", "supersededOn", "createdOn", "admittedOn", "snapshotDate", "event", "replaces",
    };

    /// <summary>Number fields that hold decimals (any size up to <see cref="decimal"/>'s range is valid there).</summary>
    public IReadOnlySet<string> DecimalFields { get; init; } = new HashSet<string>();

    /// <summary>How many 10 MB strings to try.</summary>
    public int HugeStrings { get; init; } = 2;

    /// <summary>False where a JSON <c>null</c> document is a valid answer (a serializer's null for a reference type).</summary>
    public bool NullDocumentIsInvalid { get; init; } = true;

    /// <summary>Domain mutations of the seed: (description, document).</summary>
    public Func<string, IEnumerable<(string, string)>> DomainMutations { get; init; } = _ => [];
}

/// <summary>SplitMix64: a tiny, seeded, platform-independent PRNG (no unseeded <see cref="Random"/> in tests).</summary>
internal sealed class CorpusRandom(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public int Next(int max) => (int)(NextUInt64() % (ulong)max);

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}
