using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using KiemTra.Sdk.Json;
using NodaTime;

namespace KiemTra.Sdk.Organization;

/// <summary>
/// Reads and writes a <see cref="PartyDataset"/> as JSON (<i>tệp dữ liệu tổ chức</i>) by hand with
/// <see cref="Utf8JsonReader"/>/<see cref="Utf8JsonWriter"/> (no reflection, AOT-safe). Reading is strict: unknown
/// fields, bad dates, unknown codes and dangling ids throw <see cref="PartyDatasetFormatException"/> naming the JSON
/// pointer and the line.
/// </summary>
/// <remarks>
/// <code>
/// {
///   "name": "Tỉnh Mẫu", "snapshotDate": "2025-10-31",
///   "organizations": [ { "id": "HB", "name": "Đảng bộ tỉnh Mẫu", "kind": "province", "createdOn": "1990-01-01",
///                        "flags": ["standingCommittee", "inspectionCommission"], "advisoryAgencies": ["office"] },
///                      { "id": "HB.X1", "name": "Đảng bộ xã An Bình", "kind": "commune", "parent": "HB", "createdOn": "2025-07-01" } ],
///   "lineage": [ { "organization": "HB.H1.X1", "kind": "mergedInto", "date": "2025-07-01", "other": "HB.X1" },
///                { "organization": "HB.P1", "kind": "renamed", "date": "2025-09-15", "newName": "…" } ],
///   "members": [ { "id": "M0001", "name": "Nguyễn Văn An", "organization": "HB.X1.CB1", "status": "full",
///                  "admittedOn": "2010-05-19", "cadreCommittee": "HB", "local": true } ],
///   "posts": [ { "member": "M0001", "organization": "HB.X1", "kind": "commissionChair", "fullTime": true } ]
/// }
/// </code>
/// The arrays are read record by record (memory stays proportional to one record); <c>organizations</c> must come
/// before <c>lineage</c>, <c>members</c> and <c>posts</c>, as <see cref="Write"/> writes them.
/// Codes are the camel-case names of <see cref="OrganizationKind"/>, <see cref="OrganizationFlags"/>,
/// <see cref="AdvisoryAgencyKind"/>, <see cref="LineageEventKind"/>, <see cref="MemberStatus"/> and <see cref="PostKind"/>.
/// </remarks>
public static class PartyDatasetJson
{
    private static readonly string[] RootFields = ["$comment", "name", "snapshotDate", "organizations", "lineage", "members", "posts"];
    private static readonly string[] OrganizationFields = ["id", "name", "kind", "parent", "createdOn", "flags", "advisoryAgencies"];
    private static readonly string[] LineageFields = ["organization", "kind", "date", "other", "newName"];
    private static readonly string[] MemberFields = ["id", "name", "organization", "status", "admittedOn", "cadreCommittee", "local"];
    private static readonly string[] PostFields = ["member", "organization", "kind", "fullTime"];

    /// <summary>Reads a dataset from a file.</summary>
    /// <exception cref="PartyDatasetFormatException">The file is malformed or inconsistent.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static PartyDataset LoadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Load(stream, path);
    }

    /// <summary>Reads a dataset from a stream of UTF-8 JSON.</summary>
    /// <param name="stream">The JSON.</param>
    /// <param name="sourceName">A name for error messages (the file name).</param>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> is null.</exception>
    /// <exception cref="PartyDatasetFormatException">The JSON is malformed or inconsistent.</exception>
    public static PartyDataset Load(Stream stream, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var reader = new Reader(sourceName);
        return reader.Read(LineAwareJson.ReadAll(stream, reader.Error));
    }

    /// <summary>Writes a dataset as indented UTF-8 JSON, organisations in depth-first order.</summary>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(PartyDataset dataset, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(stream);
        using var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
        w.WriteStartObject();
        w.WriteString("name", dataset.Name);
        w.WriteString("snapshotDate", Iso(dataset.SnapshotDate));
        w.WriteStartArray("organizations");
        for (var i = 0; i < dataset.OrganizationCount; i++)
        {
            w.WriteStartObject();
            w.WriteString("id", dataset.IdOf(i));
            w.WriteString("name", dataset.OriginalNameOf(i));
            w.WriteString("kind", Camel(dataset.KindOf(i)));
            if (dataset.ParentOf(i) >= 0)
            {
                w.WriteString("parent", dataset.IdOf(dataset.ParentOf(i)));
            }

            w.WriteString("createdOn", Iso(DateCode.ToDate(dataset.CreatedCode(i))));
            var flags = dataset.FlagsOf(i);
            if (flags != OrganizationFlags.None)
            {
                w.WriteStartArray("flags");
                foreach (var flag in Enum.GetValues<OrganizationFlags>().Where(f => f != OrganizationFlags.None && flags.HasFlag(f)))
                {
                    w.WriteStringValue(Camel(flag));
                }

                w.WriteEndArray();
            }

            var agencies = dataset.AgenciesOf(i);
            if (!agencies.IsEmpty)
            {
                w.WriteStartArray("advisoryAgencies");
                foreach (var agency in agencies)
                {
                    w.WriteStringValue(Camel(agency));
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("lineage");
        foreach (var e in dataset.Lineage)
        {
            w.WriteStartObject();
            w.WriteString("organization", e.Organization.Value);
            w.WriteString("kind", Camel(e.Kind));
            w.WriteString("date", Iso(e.Date));
            if (e.Other is { } other)
            {
                w.WriteString("other", other.Value);
            }

            if (e.NewName is { } newName)
            {
                w.WriteString("newName", newName);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("members");
        for (var m = 0; m < dataset.MemberCount; m++)
        {
            w.WriteStartObject();
            w.WriteString("id", dataset.MemberIdSpan(m));
            w.WriteString("name", dataset.MemberNameSpan(m));
            w.WriteString("organization", dataset.IdOf(dataset.MemberOrg(m)));
            w.WriteString("status", Camel(dataset.MemberStatusOf(m)));
            w.WriteString("admittedOn", Iso(DateCode.ToDate(dataset.MemberAdmittedCode(m))));
            if (dataset.MemberCadreOf(m) >= 0)
            {
                w.WriteString("cadreCommittee", dataset.IdOf(dataset.MemberCadreOf(m)));
            }

            if (dataset.MemberLocalOf(m) != 0)
            {
                w.WriteBoolean("local", dataset.MemberLocalOf(m) > 0);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("posts");
        for (var i = 0; i < dataset.OrganizationCount; i++)
        {
            foreach (var (member, kind, fullTime) in dataset.PostsInRaw(i))
            {
                w.WriteStartObject();
                w.WriteString("member", dataset.MemberIdSpan(member));
                w.WriteString("organization", dataset.IdOf(i));
                w.WriteString("kind", Camel(kind));
                w.WriteBoolean("fullTime", fullTime);
                w.WriteEndObject();
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Camel<T>(T value)
        where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    private static T Code<T>(LineAwareJson node, LineAwareJson.ErrorFactory error)
        where T : struct, Enum
    {
        var text = node.AsString(error);
        return EnumCodes<T>.ByCode.TryGetValue(text, out var value)
            ? value
            : throw error(node.DisplayPath, node.Line, text, $"Unknown {typeof(T).Name} code; allowed: {EnumCodes<T>.Allowed}.");
    }

    /// <summary>One load: the builder, the organisation ids seen, and the line of each record's key field for later errors.</summary>
    private sealed class Reader
    {
        private readonly string _source;
        private readonly LineAwareJson.ErrorFactory _error;
        private readonly PartyDatasetBuilder _builder;
        private readonly HashSet<string> _known = new(StringComparer.Ordinal);
        private readonly List<LineAwareJson> _parents = [];
        private readonly Dictionary<string, List<int>> _keyLines = new(StringComparer.Ordinal)
        {
            ["organizations"] = [], ["lineage"] = [], ["members"] = [], ["posts"] = [],
        };

        private bool _hasName;
        private bool _hasDate;
        private string? _after;

        public Reader(string source)
        {
            _source = source;
            _error = (path, line, value, message) => new PartyDatasetFormatException(source, path, line, value, message);
            _builder = new PartyDatasetBuilder("dataset", default, source);
        }

        public LineAwareJson.ErrorFactory Error => _error;

        public PartyDataset Read(ReadOnlySpan<byte> utf8)
        {
            LineAwareJson.Stream(utf8, _error, name => _keyLines.ContainsKey(name), Property, Record);
            if (!_hasName || !_hasDate)
            {
                throw _error($"/{(_hasName ? "snapshotDate" : "name")}", 1, string.Empty, $"The field '{(_hasName ? "snapshotDate" : "name")}' is required.");
            }

            foreach (var parent in _parents)
            {
                if (!_known.Contains(parent.AsString(_error)))
                {
                    throw _error(parent.Path, parent.Line, parent.Describe(), "No organisation has this id.");
                }
            }

            try
            {
                return _builder.Build();
            }
            catch (PartyDatasetFormatException ex)
            {
                throw Relocate(ex);
            }
        }

        private void Property(string name, LineAwareJson value)
        {
            switch (name)
            {
                case "$comment":
                    break;
                case "name":
                    _builder.Name = value.AsString(_error);
                    _hasName = true;
                    break;
                case "snapshotDate":
                    _builder.SnapshotDate = value.AsDate(_error);
                    _hasDate = true;
                    break;
                case "organizations" or "lineage" or "members" or "posts":
                    _ = value.AsArray(_error);
                    break;
                default:
                    throw _error(value.Path, value.Line, name, $"Unknown field '{name}'; allowed: {string.Join(", ", RootFields)}.");
            }
        }

        private void Record(string section, LineAwareJson node)
        {
            if (section == "organizations")
            {
                if (_after is not null)
                {
                    throw _error(node.DisplayPath, node.Line, section, $"Organisations must come before '{_after}'.");
                }

                Organization(node);
                return;
            }

            _after ??= section;
            switch (section)
            {
                case "lineage":
                    Lineage(node);
                    break;
                case "members":
                    Member(node);
                    break;
                default:
                    Post(node);
                    break;
            }
        }

        private void Organization(LineAwareJson node)
        {
            node.ExpectObject(_error, OrganizationFields);
            var flags = OrganizationFlags.None;
            foreach (var flag in node.Optional("flags")?.AsArray(_error) ?? [])
            {
                flags |= Code<OrganizationFlags>(flag, _error);
            }

            var idNode = node.Required("id", _error);
            var id = idNode.AsString(_error);
            var parent = node.Optional("parent");
            Guard(node, () => _builder.AddOrganization(
                id,
                node.Required("name", _error).AsString(_error),
                Code<OrganizationKind>(node.Required("kind", _error), _error),
                parent?.AsString(_error),
                node.Required("createdOn", _error).AsDate(_error),
                flags));
            _known.Add(id);
            if (parent is not null)
            {
                _parents.Add(parent);
            }

            _keyLines["organizations"].Add((parent ?? idNode).Line);
            foreach (var agency in node.Optional("advisoryAgencies")?.AsArray(_error) ?? [])
            {
                _builder.AddAdvisoryAgency(id, Code<AdvisoryAgencyKind>(agency, _error));
            }
        }

        private void Lineage(LineAwareJson node)
        {
            node.ExpectObject(_error, LineageFields);
            var org = Known(node.Required("organization", _error));
            var date = node.Required("date", _error).AsDate(_error);
            LineageEvent Other(Func<OrganizationId, LocalDate, OrganizationId, LineageEvent> make)
                => make(org, date, Known(node.Required("other", _error)));
            var lineageEvent = Code<LineageEventKind>(node.Required("kind", _error), _error) switch
            {
                LineageEventKind.Renamed => LineageEvent.Renamed(org, date, node.Required("newName", _error).AsString(_error)),
                LineageEventKind.MergedInto => Other(LineageEvent.MergedInto),
                LineageEventKind.SplitFrom => Other(LineageEvent.SplitFrom),
                _ => LineageEvent.Dissolved(org, date),
            };
            _builder.AddLineageEvent(lineageEvent);
            _keyLines["lineage"].Add(node.Line);
        }

        private void Member(LineAwareJson node)
        {
            node.ExpectObject(_error, MemberFields);
            var idNode = node.Required("id", _error);
            var cadre = node.Optional("cadreCommittee");
            Guard(node, () => _builder.AddMember(
                idNode.AsString(_error),
                node.Required("name", _error).AsString(_error),
                Known(node.Required("organization", _error)).Value,
                Code<MemberStatus>(node.Required("status", _error), _error),
                node.Required("admittedOn", _error).AsDate(_error),
                cadre is null ? null : Known(cadre).Value,
                node.Optional("local")?.AsBoolean(_error)));
            _keyLines["members"].Add(idNode.Line);
        }

        private void Post(LineAwareJson node)
        {
            node.ExpectObject(_error, PostFields);
            var memberNode = node.Required("member", _error);
            _builder.AddPost(
                memberNode.AsString(_error),
                Known(node.Required("organization", _error)).Value,
                Code<PostKind>(node.Required("kind", _error), _error),
                node.Optional("fullTime")?.AsBoolean(_error) ?? false);
            _keyLines["posts"].Add(memberNode.Line);
        }

        private OrganizationId Known(LineAwareJson node)
        {
            var id = node.AsString(_error);
            return _known.Contains(id) ? OrganizationId.From(id) : throw _error(node.DisplayPath, node.Line, id, "No organisation has this id (organisations must be listed before what refers to them).");
        }

        private void Guard(LineAwareJson record, Func<PartyDatasetBuilder> add)
        {
            try
            {
                add();
            }
            catch (PartyDatasetFormatException ex) when (!ex.Path.StartsWith('/'))
            {
                // An error from the builder names its record path ("members[3]/organization"): point at the JSON node instead.
                var name = ex.Path[(ex.Path.LastIndexOf('/') + 1)..];
                var node = record.Optional(name) ?? record;
                throw _error(node.DisplayPath, node.Line, ex.Value, ex.Problem);
            }
        }

        /// <summary>Maps a builder error found at build time ("posts[3]/member") to its JSON pointer and the line recorded for that record.</summary>
        private PartyDatasetFormatException Relocate(PartyDatasetFormatException ex)
        {
            var open = ex.Path.IndexOf('[', StringComparison.Ordinal);
            var close = ex.Path.IndexOf(']', StringComparison.Ordinal);
            if (open > 0 && close > open
                && int.TryParse(ex.Path.AsSpan(open + 1, close - open - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                && _keyLines.TryGetValue(ex.Path[..open], out var lines) && index < lines.Count)
            {
                var pointer = $"/{ex.Path[..open]}/{index}{(close + 1 < ex.Path.Length ? ex.Path[(close + 1)..] : string.Empty)}";
                return new PartyDatasetFormatException(_source, pointer, lines[index], ex.Value, ex.Problem);
            }

            return ex;
        }
    }

    /// <summary>The camel-case codes of an enum, computed once per type (immutable afterwards).</summary>
    private static class EnumCodes<T>
        where T : struct, Enum
    {
        public static readonly FrozenDictionary<string, T> ByCode = Enum.GetValues<T>()
            .Where(v => Convert.ToInt64(v, CultureInfo.InvariantCulture) != 0)
            .ToFrozenDictionary(v => Camel(v), StringComparer.Ordinal);

        public static readonly string Allowed = string.Join(", ", ByCode.Keys.Order(StringComparer.Ordinal));
    }
}
