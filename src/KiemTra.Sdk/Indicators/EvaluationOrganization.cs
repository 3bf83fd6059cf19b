using KiemTra.Sdk.Organization;

namespace KiemTra.Sdk.Indicators;

/// <summary>An organisation as indicators count it (<i>tổ chức đảng</i>): its place in the tree, its kind, name and bodies.</summary>
/// <param name="Id">The organisation's identifier.</param>
/// <param name="Parent">The parent organisation, or null for a root.</param>
/// <param name="Kind">The kind of organisation.</param>
/// <param name="Name">The organisation's name as written, e.g. "Đảng bộ xã Phú Bình".</param>
/// <param name="Bodies">The bodies acting for it (committee, inspection commission, advisory agencies…).</param>
internal sealed record EvaluationOrganization(OrganizationId Id, OrganizationId? Parent, OrganizationKind Kind, string Name, IReadOnlyList<EvaluationBody> Bodies);
