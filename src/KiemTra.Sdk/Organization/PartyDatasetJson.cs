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
/// Codes are the camel-case names of <see cref="OrganizationKind"/>, <see cref="OrganizationFlags"/>,
/// <see cref="AdvisoryAgencyKind"/>, <see cref="LineageEventKind"/>, <see cref="MemberStatus"/> and <see cref="PostKind"/>.
/// </remarks>
public static class PartyDatasetJson
{
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
        LineAwareJson.ErrorFactory error = (path, line, value, message) => new PartyDatasetFormatException(sourceName, path, line, value, message);
        var root = LineAwareJson.Parse(stream, error);
        root.ExpectObject(error, "$comment", "name", "snapshotDate", "organizations", "lineage", "members", "posts");
        var memberCount = root.Optional("members")?.AsArray(error).Count ?? 0;
        var builder = new PartyDatasetBuilder(root.Required("name", error).AsString(error), root.Required("snapshotDate", error).AsDate(error), sourceName, memberCount);

        var organizations = root.Required("organizations", error).AsArray(error);
        var known = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in organizations)
        {
            node.ExpectObject(error, "id", "name", "kind", "parent", "createdOn", "flags", "advisoryAgencies");
            var flags = OrganizationFlags.None;
            foreach (var flag in node.Optional("flags")?.AsArray(error) ?? [])
            {
                flags |= Code<OrganizationFlags>(flag, error);
            }

            var id = node.Required("id", error).AsString(error);
            Guard(node, "id", () => builder.AddOrganization(
                id,
                node.Required("name", error).AsString(error),
                Code<OrganizationKind>(node.Required("kind", error), error),
                node.Optional("parent")?.AsString(error),
                node.Required("createdOn", error).AsDate(error),
                flags), error);
            known.Add(id);
            foreach (var agency in node.Optional("advisoryAgencies")?.AsArray(error) ?? [])
            {
                builder.AddAdvisoryAgency(id, Code<AdvisoryAgencyKind>(agency, error));
            }
        }

        foreach (var node in organizations)
        {
            if (node.Optional("parent") is { } parent && !known.Contains(parent.AsString(error)))
            {
                throw error(parent.Path, parent.Line, parent.Describe(), "No organisation has this id.");
            }
        }

        foreach (var node in root.Optional("lineage")?.AsArray(error) ?? [])
        {
            node.ExpectObject(error, "organization", "kind", "date", "other", "newName");
            var org = Known(node.Required("organization", error), known, error);
            var date = node.Required("date", error).AsDate(error);
            var kindNode = node.Required("kind", error);
            LineageEvent Other(Func<OrganizationId, LocalDate, OrganizationId, LineageEvent> make)
                => make(org, date, Known(node.Required("other", error), known, error));
            var lineageEvent = Code<LineageEventKind>(kindNode, error) switch
            {
                LineageEventKind.Renamed => LineageEvent.Renamed(org, date, node.Required("newName", error).AsString(error)),
                LineageEventKind.MergedInto => Other(LineageEvent.MergedInto),
                LineageEventKind.SplitFrom => Other(LineageEvent.SplitFrom),
                _ => LineageEvent.Dissolved(org, date),
            };
            builder.AddLineageEvent(lineageEvent);
        }

        foreach (var node in root.Optional("members")?.AsArray(error) ?? [])
        {
            node.ExpectObject(error, "id", "name", "organization", "status", "admittedOn", "cadreCommittee", "local");
            var organization = node.Required("organization", error);
            var cadre = node.Optional("cadreCommittee");
            Guard(node, "id", () => builder.AddMember(
                node.Required("id", error).AsString(error),
                node.Required("name", error).AsString(error),
                Known(organization, known, error).Value,
                Code<MemberStatus>(node.Required("status", error), error),
                node.Required("admittedOn", error).AsDate(error),
                cadre is null ? null : Known(cadre, known, error).Value,
                node.Optional("local")?.AsBoolean(error)), error);
        }

        var posts = root.Optional("posts")?.AsArray(error) ?? [];
        foreach (var node in posts)
        {
            node.ExpectObject(error, "member", "organization", "kind", "fullTime");
            builder.AddPost(
                node.Required("member", error).AsString(error),
                Known(node.Required("organization", error), known, error).Value,
                Code<PostKind>(node.Required("kind", error), error),
                node.Optional("fullTime")?.AsBoolean(error) ?? false);
        }

        try
        {
            return builder.Build();
        }
        catch (PartyDatasetFormatException ex)
        {
            // Map the builder's record path (e.g. "posts[3]/member") back to the JSON node and its line.
            throw Relocate(ex, root, error);
        }
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
        foreach (var value in Enum.GetValues<T>())
        {
            if (Camel(value) == text && Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0)
            {
                return value;
            }
        }

        var allowed = string.Join(", ", Enum.GetValues<T>().Where(v => Convert.ToInt64(v, CultureInfo.InvariantCulture) != 0).Select(Camel));
        throw error(node.DisplayPath, node.Line, text, $"Unknown {typeof(T).Name} code; allowed: {allowed}.");
    }

    private static OrganizationId Known(LineAwareJson node, HashSet<string> known, LineAwareJson.ErrorFactory error)
    {
        var id = node.AsString(error);
        return known.Contains(id) ? OrganizationId.From(id) : throw error(node.DisplayPath, node.Line, id, "No organisation has this id.");
    }

    private static void Guard(LineAwareJson record, string field, Func<PartyDatasetBuilder> add, LineAwareJson.ErrorFactory error)
    {
        try
        {
            add();
        }
        catch (PartyDatasetFormatException ex) when (!ex.Path.StartsWith('/'))
        {
            // An error from the builder names its record path ("members[3]/organization"): point at the JSON node instead.
            var name = ex.Path[(ex.Path.LastIndexOf('/') + 1)..];
            var node = record.Optional(name) ?? record.Optional(field) ?? record;
            throw error(node.DisplayPath, node.Line, ex.Value, ex.Problem);
        }
    }

    private static PartyDatasetFormatException Relocate(PartyDatasetFormatException ex, LineAwareJson root, LineAwareJson.ErrorFactory error)
    {
        // Builder paths look like "section[index]/field"; JSON sections use the same names.
        var open = ex.Path.IndexOf('[', StringComparison.Ordinal);
        var close = ex.Path.IndexOf(']', StringComparison.Ordinal);
        if (open > 0 && close > open && int.TryParse(ex.Path.AsSpan(open + 1, close - open - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            && root.Optional(ex.Path[..open]) is { Kind: JsonValueKind.Array } section && index < section.Items!.Count)
        {
            var record = section.Items[index];
            var field = ex.Path[(close + 2)..];
            var node = record.Kind == JsonValueKind.Object ? record.Optional(field) ?? record : record;
            return (PartyDatasetFormatException)error(node.DisplayPath, node.Line, ex.Value, ex.Problem);
        }

        return ex;
    }
}
