using KiemTra.Sdk.Organization;

namespace KiemTra.Sdk.Serialization.SystemTextJson.Converters;

/// <summary><see cref="OrganizationId"/> as a JSON string.</summary>
internal sealed class OrganizationIdConverter() : IdentifierConverter<OrganizationId>(OrganizationId.From, id => id.Value, "an organisation id");

/// <summary><see cref="MemberId"/> as a JSON string.</summary>
internal sealed class MemberIdConverter() : IdentifierConverter<MemberId>(MemberId.From, id => id.Value, "a member id");
