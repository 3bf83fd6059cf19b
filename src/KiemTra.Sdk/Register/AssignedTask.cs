using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.Register;

/// <summary>
/// A task or solution assigned (<i>nhiệm vụ, giải pháp</i>), which must state its content, lead agency,
/// coordinating agencies, completion time, concrete product, resources, the responsible collective and person, and the
/// handling authority.
/// Empty or null elements are what <see cref="Indicators.TaskSpecificationValidator"/> reports.
/// </summary>
/// <param name="Id">Identifier, unique among tasks.</param>
/// <param name="Organization">The organisation that assigned it.</param>
/// <param name="AssignedOn">When it was assigned.</param>
/// <param name="Content">The work (<i>nội dung công việc</i>).</param>
/// <param name="LeadAgency">The lead agency (<i>cơ quan chủ trì</i>).</param>
/// <param name="CoordinatingAgencies">The coordinating agencies (<i>cơ quan phối hợp</i>).</param>
/// <param name="CompletionDate">The completion time (<i>thời gian hoàn thành</i>).</param>
/// <param name="Product">The concrete product (<i>sản phẩm cụ thể</i>).</param>
/// <param name="Resources">The resources (<i>nguồn lực thực hiện</i>).</param>
/// <param name="ResponsiblePerson">The responsible person or position (<i>trách nhiệm cá nhân, người đứng đầu</i>); never published.</param>
/// <param name="HandlingAuthority">Who has authority to decide and deal with it (<i>thẩm quyền xử lý</i>).</param>
/// <param name="ResponsibleCollective">The responsible collective, e.g. the lead agency's leadership (<i>trách nhiệm tập thể</i>).</param>
public sealed record AssignedTask(
    string Id,
    OrganizationId Organization,
    LocalDate AssignedOn,
    string? Content,
    string? LeadAgency,
    IReadOnlyList<string> CoordinatingAgencies,
    LocalDate? CompletionDate,
    string? Product,
    string? Resources,
    string? ResponsiblePerson,
    string? HandlingAuthority = null,
    string? ResponsibleCollective = null);
