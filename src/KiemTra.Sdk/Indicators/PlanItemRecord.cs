using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.Indicators;

/// <summary>One planned inspection or supervision (<i>cuộc kiểm tra, giám sát theo chương trình, kế hoạch</i>) and when it was completed.</summary>
/// <param name="Id">Identifier of the plan item, unique among plan items.</param>
/// <param name="Organization">The organisation whose programme holds the item.</param>
/// <param name="BodyId">The body that carries it out (committee, commission, advisory agency), or null.</param>
/// <param name="Activity">The kind of activity.</param>
/// <param name="Target">The organisation inspected or supervised, or null when the subject is a member or a topic.</param>
/// <param name="DueOn">When the plan says it is done.</param>
/// <param name="CompletedOn">When it was completed (conclusion issued), or null while open.</param>
/// <param name="Planned">
/// True for an item of a programme (counted by plan completion); false for a case carried out outside any programme,
/// which covers its subject but is no plan item.
/// </param>
internal sealed record PlanItemRecord(string Id, OrganizationId Organization, string? BodyId, ActivityKind Activity, OrganizationId? Target, LocalDate DueOn, LocalDate? CompletedOn, bool Planned = true);
