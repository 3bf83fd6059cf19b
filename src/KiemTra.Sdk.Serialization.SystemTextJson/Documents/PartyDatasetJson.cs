using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using KiemTra.Sdk;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Organization;
using NodaTime;

#if KIEMTRA_CORE
namespace KiemTra.Sdk.Documents;
#else
namespace KiemTra.Sdk.Serialization.SystemTextJson;
#endif

static partial class PartyDatasetJson
{
    private static readonly string[] RootFields = ["$comment", "name", "snapshotDate", "organizations", "lineage", "members", "posts"];
    private static readonly string[] OrganizationFields = ["id", "name", "kind", "parent", "createdOn", "flags", "advisoryAgencies"];
    private static readonly string[] LineageFields = ["organization", "kind", "date", "other", "newName"];
    private static readonly string[] MemberFields = ["id", "name", "organization", "status", "admittedOn", "cadreCommittee", "local"];
    private static readonly string[] PostFields = ["member", "organization", "kind", "fullTime"];

    /// <summary>Reads a dataset from a stream of UTF-8 JSON (read to its end, not closed).</summary>
    /// <param name="utf8Json">The JSON.</param>
    /// <param name="sourceName">A name for error messages (the file name).</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="DataFormatException">The JSON is malformed or inconsistent (the code says how: <see cref="ErrorCodes"/>).</exception>
    public static PartyDataset Read(Stream utf8Json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(sourceName);
        var reader = new Reader(sourceName);
        return reader.Read(LineAwareJson.ReadAll(utf8Json, reader.Error));
    }

    /// <summary>Reads a dataset from UTF-8 JSON in memory.</summary>
    /// <param name="utf8Json">The JSON.</param>
    /// <param name="sourceName">A name for error messages (the file name).</param>
    /// <returns>The dataset.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sourceName"/> is null.</exception>
    /// <exception cref="DataFormatException">The JSON is malformed or inconsistent (the code says how: <see cref="ErrorCodes"/>).</exception>
    public static PartyDataset Read(ReadOnlySpan<byte> utf8Json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(sourceName);
        return new Reader(sourceName).Read(utf8Json);
    }

    /// <summary>Writes a dataset as indented UTF-8 JSON in the format <see cref="Read(Stream, string)"/> reads: organisations in depth-first order, then lineage, members and posts (the stream is not closed).</summary>
    /// <param name="value">The dataset.</param>
    /// <param name="utf8Json">Where to write.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(PartyDataset value, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(value);
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var w = new Utf8JsonWriter(utf8Json, DocumentWriting.Options);
        w.WriteStartObject();
        w.WriteString("name", value.Name);
        w.WriteString("snapshotDate", Iso(value.SnapshotDate));
        var members = new List<Member>(value.MemberCount);
        w.WriteStartArray("organizations");
        foreach (var organization in value.Organizations)
        {
            w.WriteStartObject();
            w.WriteString("id", organization.Id.Value);
            w.WriteString("name", organization.OriginalName);
            w.WriteString("kind", Camel(organization.Kind));
            if (organization.Parent is { } parent)
            {
                w.WriteString("parent", parent.Value);
            }

            w.WriteString("createdOn", Iso(organization.CreatedOn));
            if (organization.Features.Count > 0)
            {
                w.WriteStartArray("flags");
                foreach (var feature in organization.Features)
                {
                    w.WriteStringValue(Camel(feature));
                }

                w.WriteEndArray();
            }

            if (!organization.AdvisoryAgencies.IsEmpty)
            {
                w.WriteStartArray("advisoryAgencies");
                foreach (var agency in organization.AdvisoryAgencies)
                {
                    w.WriteStringValue(Camel(agency));
                }

                w.WriteEndArray();
            }

            w.WriteEndObject();
            members.AddRange(value.MembersOf(organization.Id));
        }

        w.WriteEndArray();
        w.WriteStartArray("lineage");
        foreach (var e in value.Lineage)
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
        foreach (var member in members)
        {
            w.WriteStartObject();
            w.WriteString("id", member.Id.Value);
            w.WriteString("name", member.DisplayName);
            w.WriteString("organization", member.Organization.Value);
            w.WriteString("status", Camel(member.Status));
            w.WriteString("admittedOn", Iso(member.AdmittedOn));
            if (member.CadreCommittee is { } cadre)
            {
                w.WriteString("cadreCommittee", cadre.Value);
            }

            if (member.IsLocal is { } local)
            {
                w.WriteBoolean("local", local);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("posts");
        foreach (var member in members)
        {
            foreach (var post in member.Posts)
            {
                w.WriteStartObject();
                w.WriteString("member", post.Member.Value);
                w.WriteString("organization", post.Organization.Value);
                w.WriteString("kind", Camel(post.Kind));
                w.WriteBoolean("fullTime", post.FullTime);
                w.WriteEndObject();
            }
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static string Iso(LocalDate date) => date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    private static string Camel<T>(T value)
        where T : struct, Enum
        => value switch
        {
            // Codes published in the British spelling before the identifiers settled on the .NET one keep it.
            AdvisoryAgencyKind.Organization => "organisation",
            AdvisoryAgencyKind.PropagandaAndMassMobilization => "propagandaAndMassMobilisation",
            _ => Camel(value.ToString()),
        };

    /// <summary>
    /// The code of an organisation's feature in the <c>"flags"</c> field: its name in
    /// <see cref="PartyOrganization.FeatureNames"/> (which gives the list and the order written), camel-cased.
    /// </summary>
    private static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>The feature names by their <c>"flags"</c> codes, and the codes a reader accepts.</summary>
    private static class FeatureCodes
    {
        public static readonly FrozenDictionary<string, string> ByCode = PartyOrganization.FeatureNames.ToFrozenDictionary(n => Camel(n), StringComparer.Ordinal);

        public static readonly string Allowed = string.Join(", ", ByCode.Keys.Order(StringComparer.Ordinal));
    }

    private static string FeatureCode(LineAwareJson node, LineAwareJson.ErrorFactory error)
    {
        var text = node.AsString(error);
        return FeatureCodes.ByCode.TryGetValue(text, out var name)
            ? name
            : throw error(node.DisplayPath, node.Line, text, DocumentProblem.Of(ErrorCodes.DocumentValueInvalid, $"mã đặc điểm không hợp lệ; các mã hợp lệ là: {FeatureCodes.Allowed}", $"Unknown feature code; the allowed codes are: {FeatureCodes.Allowed}."));
    }

    private static T Code<T>(LineAwareJson node, LineAwareJson.ErrorFactory error)
        where T : struct, Enum
    {
        var text = node.AsString(error);
        return EnumCodes<T>.ByCode.TryGetValue(text, out var value)
            ? value
            : throw error(node.DisplayPath, node.Line, text, DocumentProblem.Of(ErrorCodes.DocumentValueInvalid, $"mã không hợp lệ; các mã hợp lệ là: {EnumCodes<T>.Allowed}", $"Unknown code; the allowed codes are: {EnumCodes<T>.Allowed}."));
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
            _error = (path, line, value, problem) => problem.At(source, path, line, value);
            _builder = new PartyDatasetBuilder("dataset", default, source);
        }

        public LineAwareJson.ErrorFactory Error => _error;

        public PartyDataset Read(ReadOnlySpan<byte> utf8)
        {
            LineAwareJson.Stream(utf8, _error, name => _keyLines.ContainsKey(name), Property, Record);
            if (!_hasName || !_hasDate)
            {
                throw _error($"/{(_hasName ? "snapshotDate" : "name")}", 1, string.Empty, DocumentProblem.Of(ErrorCodes.DocumentFieldMissing, $"thiếu trường bắt buộc '{(_hasName ? "snapshotDate" : "name")}'", $"The field '{(_hasName ? "snapshotDate" : "name")}' is required."));
            }

            foreach (var parent in _parents)
            {
                if (!_known.Contains(parent.AsString(_error)))
                {
                    throw _error(parent.Path, parent.Line, parent.Describe(), DocumentProblem.Of(ErrorCodes.DocumentReferenceUnknown, "không có tổ chức nào có mã này", "No organisation has this id."));
                }
            }

            try
            {
                return _builder.Build();
            }
            catch (DataFormatException ex)
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
                    throw _error(value.Path, value.Line, name, DocumentProblem.Of(ErrorCodes.DocumentFieldUnknown, $"trường không được hỗ trợ '{name}'; các trường hợp lệ: {string.Join(", ", RootFields)}", $"Unknown field '{name}'; allowed: {string.Join(", ", RootFields)}."));
            }
        }

        private void Record(string section, LineAwareJson node)
        {
            if (section == "organizations")
            {
                if (_after is not null)
                {
                    throw _error(node.DisplayPath, node.Line, section, DocumentProblem.Of(ErrorCodes.DocumentValueInvalid, $"các tổ chức phải đứng trước '{_after}'", $"Organisations must come before '{_after}'."));
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
            var features = new HashSet<string>(StringComparer.Ordinal);
            foreach (var flag in node.Optional("flags")?.AsArray(_error) ?? [])
            {
                features.Add(FeatureCode(flag, _error));
            }

            var idNode = node.Required("id", _error);
            var id = IdAt(idNode, OrganizationId.From);
            var parent = node.Optional("parent");
            var parentId = parent is null ? (OrganizationId?)null : IdAt(parent, OrganizationId.From);
            Guard(node, () => _builder.AddOrganization(
                id,
                node.Required("name", _error).AsString(_error),
                Code<OrganizationKind>(node.Required("kind", _error), _error),
                parentId,
                node.Required("createdOn", _error).AsDate(_error),
                [.. Enum.GetValues<BodyKind>().Where(b => features.Contains(b.ToString()))],
                cellCommittee: features.Contains("CellCommittee"),
                delegatedPowers: features.Contains("DelegatedPowers")));
            _known.Add(id.Value);
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
                IdAt(idNode, MemberId.From),
                node.Required("name", _error).AsString(_error),
                Known(node.Required("organization", _error)),
                Code<MemberStatus>(node.Required("status", _error), _error),
                node.Required("admittedOn", _error).AsDate(_error),
                cadre is null ? null : Known(cadre),
                node.Optional("local")?.AsBoolean(_error)));
            _keyLines["members"].Add(idNode.Line);
        }

        private void Post(LineAwareJson node)
        {
            node.ExpectObject(_error, PostFields);
            var memberNode = node.Required("member", _error);
            Guard(node, () => _builder.AddPost(
                IdAt(memberNode, MemberId.From),
                Known(node.Required("organization", _error)),
                Code<PostKind>(node.Required("kind", _error), _error),
                node.Optional("fullTime")?.AsBoolean(_error) ?? false));
            _keyLines["posts"].Add(memberNode.Line);
        }

        /// <summary>An id read from <paramref name="node"/> by its factory; a malformed one is refused at the node.</summary>
        private TId IdAt<TId>(LineAwareJson node, Func<string, TId> create)
        {
            var text = node.AsString(_error);
            try
            {
                return create(text);
            }
            catch (ArgumentException ex)
            {
                throw _error(node.DisplayPath, node.Line, text, DocumentProblem.Of(ErrorCodes.DocumentValueInvalid,
                    "mã không hợp lệ: chỉ gồm chữ cái (kể cả chữ tiếng Việt), chữ số, '.', '-' và '_', bắt đầu bằng chữ cái hoặc chữ số, tối đa 64 ký tự",
                    ex.Message));
            }
        }

        private OrganizationId Known(LineAwareJson node)
        {
            var id = node.AsString(_error);
            return _known.Contains(id) ? OrganizationId.From(id) : throw _error(node.DisplayPath, node.Line, id, DocumentProblem.Of(ErrorCodes.DocumentReferenceUnknown, "không có tổ chức nào có mã này (tổ chức phải được liệt kê trước những gì tham chiếu đến nó)", "No organisation has this id (organisations must be listed before what refers to them)."));
        }

        private void Guard(LineAwareJson record, Func<PartyDatasetBuilder> add)
        {
            try
            {
                add();
            }
            catch (DataFormatException ex) when (ex.Line is null)
            {
                // An error from the builder names its record ("/members/3/organization"): point at the JSON node instead.
                var name = ex.Path[(ex.Path.LastIndexOf('/') + 1)..];
                var node = record.Optional(name) ?? record;
                throw _error(node.DisplayPath, node.Line, ex.Value, new DocumentProblem(ex.Code, ex.Problem));
            }
            catch (ArgumentException ex)
            {
                throw _error(record.DisplayPath, record.Line, record.Describe(), DocumentProblem.Of(ErrorCodes.DocumentRuleViolated, "giá trị trái quy định của dữ liệu (chi tiết ở bản tiếng Anh)", ex.Message));
            }
        }

        /// <summary>Maps a builder error found at build time ("/posts/3/member") to the line recorded for that record.</summary>
        private DataFormatException Relocate(DataFormatException ex)
        {
            var parts = ex.Path.Split('/');
            if (ex.Line is null && parts.Length >= 3
                && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                && _keyLines.TryGetValue(parts[1], out var lines) && index < lines.Count)
            {
                return new DataFormatException(_source, ex.Path, lines[index], ex.Value, ex.Code, ex.Problem);
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
