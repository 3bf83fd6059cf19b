using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.Indicators;

/// <summary>A conclusion or recommendation after inspection, supervision, state inspection or audit, to be carried out by an organisation (<i>kết luận, kiến nghị</i>).</summary>
/// <param name="Id">Identifier, unique among follow-ups.</param>
/// <param name="Organization">The organisation that must carry it out.</param>
/// <param name="DueOn">The deadline.</param>
/// <param name="CompletedOn">When it was carried out, or null.</param>
internal sealed record ConclusionFollowUpRecord(string Id, OrganizationId Organization, LocalDate DueOn, LocalDate? CompletedOn);
