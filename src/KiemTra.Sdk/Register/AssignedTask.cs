using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.Register;

/// <summary>
/// A task or solution assigned (<i>nhiệm vụ, giải pháp</i>), which must state its content, lead agency,
/// coordinating agencies, completion time, concrete product, resources, the responsible collective and person, and the
/// handling authority.
/// Empty or null elements are what <see cref="MissingElements"/> reports.
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
    RecordId<AssignedTask> Id,
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
    string? ResponsibleCollective = null)
{
    /// <summary>Whether the task states every element (<i>rõ việc, rõ người, rõ thẩm quyền, rõ sản phẩm</i>); no allocation.</summary>
    /// <returns>True when no element is missing.</returns>
    public bool IsFullySpecified() => TaskSpecificationValidator.IsComplete(this);

    /// <summary>The elements the task leaves empty, in the order of <see cref="TaskSpecificationElement"/> (empty when fully specified).</summary>
    /// <returns>The missing elements.</returns>
    public IReadOnlyList<TaskSpecificationElement> MissingElements() => TaskSpecificationValidator.MissingElements(this);

    /// <summary>
    /// One <see cref="FindingSeverity.Error"/> finding per missing element, coded <c>TASK-SPEC-</c> and the element
    /// (<c>TASK-SPEC-LEADAGENCY</c>), citing the rule that asks for it.
    /// </summary>
    /// <returns>The findings; empty when fully specified.</returns>
    public IReadOnlyList<Finding> Validate() => TaskSpecificationValidator.Validate(this);

    /// <summary>The name of an element, as findings and explanations write it: "cơ quan chủ trì" / "lead agency".</summary>
    /// <param name="element">The element.</param>
    /// <returns>Its name in both languages.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="element"/> is not defined.</exception>
    public static LocalizedText ElementName(TaskSpecificationElement element) => LocalizedText.Of(TaskSpecificationValidator.Vietnamese(element), TaskSpecificationValidator.English(element));
}
