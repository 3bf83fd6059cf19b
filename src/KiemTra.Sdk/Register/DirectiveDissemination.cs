using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.Register;

/// <summary>A party text on inspection and supervision received by an organisation and its dissemination (<i>quán triệt, triển khai văn bản</i>).</summary>
/// <param name="Id">Identifier of this receipt, unique among directive records.</param>
/// <param name="Organization">The receiving organisation.</param>
/// <param name="ReceivedOn">When the text was received.</param>
/// <param name="DisseminatedOn">When it was disseminated and put into effect, or null.</param>
public sealed record DirectiveDissemination(RecordId<DirectiveDissemination> Id, OrganizationId Organization, LocalDate ReceivedOn, LocalDate? DisseminatedOn);
