using KiemTra.Sdk.Register;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Rules;

namespace KiemTra.Sdk.Indicators;

/// <summary>
/// Checks that a task states its content, lead agency, coordinating agencies, completion time, concrete product,
/// resources, the responsible collective and person, and the handling authority (<i>rõ việc, rõ trách nhiệm tập thể, cá
/// nhân, rõ thẩm quyền xử lý, rõ sản phẩm</i>). Hosts reach it through <see cref="AssignedTask.MissingElements"/>,
/// <see cref="AssignedTask.Validate"/> and <see cref="AssignedTask.ElementName"/>.
/// </summary>
internal static class TaskSpecificationValidator
{
    /// <summary>The prefix of the finding codes, followed by the element, e.g. <c>TASK-SPEC-LEADAGENCY</c>.</summary>
    public const string CodePrefix = "TASK-SPEC-";

    /// <summary>The rule applied.</summary>
    public static RuleCitation Rule { get; } = RuleCitation.Of(
        RecordId<RuleSet>.FromValidated("KH-PTLD-2026"),
        "Kế hoạch của Ban Thường vụ Tỉnh ủy về tiếp tục đổi mới phương thức lãnh đạo của Đảng đối với hệ thống chính trị",
        "§I.2, §III.1",
        verified: true);

    /// <summary>The elements <paramref name="task"/> leaves empty, in the order of <see cref="TaskSpecificationElement"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="task"/> is null.</exception>
    public static IReadOnlyList<TaskSpecificationElement> MissingElements(AssignedTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        var missing = new List<TaskSpecificationElement>(0);
        if (string.IsNullOrWhiteSpace(task.Content))
        {
            missing.Add(TaskSpecificationElement.Content);
        }

        if (string.IsNullOrWhiteSpace(task.LeadAgency))
        {
            missing.Add(TaskSpecificationElement.LeadAgency);
        }

        if (task.CoordinatingAgencies is null || !task.CoordinatingAgencies.Any(a => !string.IsNullOrWhiteSpace(a)))
        {
            missing.Add(TaskSpecificationElement.CoordinatingAgencies);
        }

        if (task.CompletionDate is null)
        {
            missing.Add(TaskSpecificationElement.CompletionTime);
        }

        if (string.IsNullOrWhiteSpace(task.Product))
        {
            missing.Add(TaskSpecificationElement.Product);
        }

        if (string.IsNullOrWhiteSpace(task.Resources))
        {
            missing.Add(TaskSpecificationElement.Resources);
        }

        if (string.IsNullOrWhiteSpace(task.ResponsiblePerson))
        {
            missing.Add(TaskSpecificationElement.ResponsiblePerson);
        }

        if (string.IsNullOrWhiteSpace(task.HandlingAuthority))
        {
            missing.Add(TaskSpecificationElement.HandlingAuthority);
        }

        if (string.IsNullOrWhiteSpace(task.ResponsibleCollective))
        {
            missing.Add(TaskSpecificationElement.ResponsibleCollective);
        }

        return missing;
    }

    /// <summary>Whether <paramref name="task"/> states every element (no allocation for a complete task).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="task"/> is null.</exception>
    public static bool IsComplete(AssignedTask task)
    {
        ArgumentNullException.ThrowIfNull(task);
        return !string.IsNullOrWhiteSpace(task.Content) && !string.IsNullOrWhiteSpace(task.LeadAgency)
            && task.CoordinatingAgencies is not null && task.CoordinatingAgencies.Any(a => !string.IsNullOrWhiteSpace(a))
            && task.CompletionDate is not null && !string.IsNullOrWhiteSpace(task.Product)
            && !string.IsNullOrWhiteSpace(task.Resources) && !string.IsNullOrWhiteSpace(task.ResponsiblePerson)
            && !string.IsNullOrWhiteSpace(task.HandlingAuthority) && !string.IsNullOrWhiteSpace(task.ResponsibleCollective);
    }

    /// <summary>One <see cref="FindingSeverity.Error"/> finding per missing element of <paramref name="task"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="task"/> is null.</exception>
    public static IReadOnlyList<Finding> Validate(AssignedTask task)
        => MissingElements(task).Select(e => Finding.Create(
            CodePrefix + e.ToString().ToUpperInvariant(),
            FindingSeverity.Error,
            task.Id.Value,
            LocalizedText.Of($"Nhiệm vụ {task.Id} chưa xác định rõ {Vietnamese(e)}", $"Task {task.Id} does not state its {English(e)}"),
            Rule)).ToList();

    /// <summary>The Vietnamese name of an element.</summary>
    public static string Vietnamese(TaskSpecificationElement element) => element switch
    {
        TaskSpecificationElement.Content => "nội dung công việc",
        TaskSpecificationElement.LeadAgency => "cơ quan chủ trì",
        TaskSpecificationElement.CoordinatingAgencies => "cơ quan phối hợp",
        TaskSpecificationElement.CompletionTime => "thời gian hoàn thành",
        TaskSpecificationElement.Product => "sản phẩm cụ thể",
        TaskSpecificationElement.Resources => "nguồn lực thực hiện",
        TaskSpecificationElement.ResponsiblePerson => "trách nhiệm cá nhân",
        TaskSpecificationElement.HandlingAuthority => "thẩm quyền xử lý",
        TaskSpecificationElement.ResponsibleCollective => "trách nhiệm tập thể",
        _ => throw new ArgumentOutOfRangeException(nameof(element), element, "Unknown task element."),
    };

    /// <summary>The English name of an element.</summary>
    public static string English(TaskSpecificationElement element) => element switch
    {
        TaskSpecificationElement.Content => "content",
        TaskSpecificationElement.LeadAgency => "lead agency",
        TaskSpecificationElement.CoordinatingAgencies => "coordinating agencies",
        TaskSpecificationElement.CompletionTime => "completion time",
        TaskSpecificationElement.Product => "concrete product",
        TaskSpecificationElement.Resources => "resources",
        TaskSpecificationElement.ResponsiblePerson => "responsible person",
        TaskSpecificationElement.HandlingAuthority => "handling authority",
        TaskSpecificationElement.ResponsibleCollective => "responsible collective",
        _ => throw new ArgumentOutOfRangeException(nameof(element), element, "Unknown task element."),
    };
}
