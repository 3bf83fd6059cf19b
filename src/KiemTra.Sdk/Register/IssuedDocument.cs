using KiemTra.Sdk.Organization;
using NodaTime;

using KiemTra.Sdk.Indicators;

namespace KiemTra.Sdk.Register;

/// <summary>A governing document issued (<i>văn bản đã ban hành</i>): a programme, an assignment decision, a regulation.</summary>
/// <param name="Id">Identifier of the document, unique among documents.</param>
/// <param name="Organization">The organisation that issued it.</param>
/// <param name="BodyId">The issuing body (committee, commission, advisory agency), or null for the organisation as a whole.</param>
/// <param name="Kind">What the document is.</param>
/// <param name="IssuedOn">The date of issue.</param>
public sealed record IssuedDocument(RecordId<IssuedDocument> Id, OrganizationId Organization, RecordId<Body>? BodyId, GovernanceDocumentKind Kind, LocalDate IssuedOn);
