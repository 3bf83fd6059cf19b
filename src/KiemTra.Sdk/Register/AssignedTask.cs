using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.Register;

/// <summary>
/// A task or solution assigned (<i>nhiệm vụ, giải pháp</i>), which must state its content, lead agency,
/// coordinating agencies, completion time, concrete product, resources, the responsible collective and person, and the
/// handling authority.
/// Empty or null elements are what <see cref="MissingElements"/> reports. Each element is named where the task is
/// recorded (<c>new AssignedTask { Id = …, Organization = …, AssignedOn = …, Content = …, LeadAgency = … }</c>).
/// </summary>
public sealed record AssignedTask
{
    private readonly IReadOnlyList<string> _coordinatingAgencies = [];

    /// <summary>Identifier, unique among tasks.</summary>
    public required RecordId<AssignedTask> Id { get; init; }

    /// <summary>The organisation that assigned it.</summary>
    public required OrganizationId Organization { get; init; }

    /// <summary>When it was assigned.</summary>
    public required LocalDate AssignedOn { get; init; }

    /// <summary>The work (<i>nội dung công việc</i>).</summary>
    public string? Content { get; init; }

    /// <summary>The lead agency (<i>cơ quan chủ trì</i>).</summary>
    public string? LeadAgency { get; init; }

    /// <summary>The coordinating agencies (<i>cơ quan phối hợp</i>).</summary>
    public IReadOnlyList<string> CoordinatingAgencies
    {
        get => _coordinatingAgencies;
        init => _coordinatingAgencies = value ?? [];
    }

    /// <summary>The completion time (<i>thời gian hoàn thành</i>).</summary>
    public LocalDate? CompletionDate { get; init; }

    /// <summary>The concrete product (<i>sản phẩm cụ thể</i>).</summary>
    public string? Product { get; init; }

    /// <summary>The resources (<i>nguồn lực thực hiện</i>).</summary>
    public string? Resources { get; init; }

    /// <summary>The responsible person or position (<i>trách nhiệm cá nhân, người đứng đầu</i>); never published.</summary>
    public string? ResponsiblePerson { get; init; }

    /// <summary>Who has authority to decide and deal with it (<i>thẩm quyền xử lý</i>).</summary>
    public string? HandlingAuthority { get; init; }

    /// <summary>The responsible collective, e.g. the lead agency's leadership (<i>trách nhiệm tập thể</i>).</summary>
    public string? ResponsibleCollective { get; init; }

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
