using System.Text.Json;
using KiemTra.Sdk.Organization;
using static KiemTra.Sdk.Serialization.SystemTextJson.Converters.DomainJson;

namespace KiemTra.Sdk.Serialization.SystemTextJson.Converters;

/// <summary>JSON shapes of <see cref="LineageEvent"/> and <see cref="Post"/>.</summary>
internal static class OrganizationJson
{
    public static LineageEvent ReadLineage(LineAwareJson node)
    {
        node.ExpectObject(Error, "kind", "organization", "date", "other", "newName");
        var kindNode = node.Required("kind", Error);
        var kind = Enum<LineageEventKind>(kindNode);
        var organization = OrganizationId(node.Required("organization", Error));
        var date = Date(node.Required("date", Error));
        var other = node.Optional("other") is { } o ? OrganizationId(o) : (OrganizationId?)null;
        var newName = OptionalString(node, "newName");
        var needsOther = kind is LineageEventKind.MergedInto or LineageEventKind.SplitFrom;
        var needsName = kind == LineageEventKind.Renamed;
        if (needsOther != other.HasValue || needsName != (newName is not null))
        {
            throw Error(kindNode.Path, kindNode.Line, kind.ToString(), $"A {kind} event has {(needsOther ? "an" : "no")} 'other' organisation and {(needsName ? "a" : "no")} 'newName'.");
        }

        return Create(node, () => kind switch
        {
            LineageEventKind.Renamed => LineageEvent.Renamed(organization, date, newName!),
            LineageEventKind.MergedInto => LineageEvent.MergedInto(organization, date, other!.Value),
            LineageEventKind.SplitFrom => LineageEvent.SplitFrom(organization, date, other!.Value),
            _ => LineageEvent.Dissolved(organization, date),
        });
    }

    public static void WriteLineage(Utf8JsonWriter writer, LineageEvent value)
    {
        writer.WriteStartObject();
        writer.WriteString("kind", value.Kind.ToString());
        writer.WriteString("organization", value.Organization.Value);
        WriteDate(writer, "date", value.Date);
        WriteOptionalString(writer, "other", value.Other?.Value);
        WriteOptionalString(writer, "newName", value.NewName);
        writer.WriteEndObject();
    }

    public static Post ReadPost(LineAwareJson node)
    {
        node.ExpectObject(Error, "member", "organization", "kind", "fullTime");
        return new Post(
            MemberId(node.Required("member", Error)),
            OrganizationId(node.Required("organization", Error)),
            Enum<PostKind>(node.Required("kind", Error)),
            Boolean(node.Required("fullTime", Error)));
    }

    public static void WritePost(Utf8JsonWriter writer, Post value)
    {
        writer.WriteStartObject();
        writer.WriteString("member", value.Member.Value);
        writer.WriteString("organization", value.Organization.Value);
        writer.WriteString("kind", value.Kind.ToString());
        writer.WriteBoolean("fullTime", value.FullTime);
        writer.WriteEndObject();
    }
}
