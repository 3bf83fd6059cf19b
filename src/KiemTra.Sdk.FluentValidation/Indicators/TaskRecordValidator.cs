using KiemTra.Sdk.Register;
using FluentValidation;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Organization;
using static KiemTra.Sdk.FluentValidation.RuleBuilderExtensions;
using static KiemTra.Sdk.FluentValidation.RuleBuilderMoreExtensions;

namespace KiemTra.Sdk.FluentValidation.Indicators;

/// <summary>
/// Checks a task specification a host enters (<see cref="AssignedTask"/>, <i>kiểm tra nội dung giao nhiệm vụ</i>):
/// an id and organisation in the SDK's format and every element the rule requires — content, lead agency, coordinating
/// agencies, completion time, product, resources, responsible person, handling authority and responsible collective — one error per missing element, as
/// <see cref="AssignedTask.MissingElements"/> finds them.
/// </summary>
public sealed class TaskRecordValidator : AbstractValidator<AssignedTask>
{
    /// <summary>Creates the validator.</summary>
    public TaskRecordValidator()
    {
        RuleFor(x => x.Id).Must(id => !id.IsDefault).WithKiemTraMessage(ErrorCodes.IdInvalid, (_, id) => Args(("Field", "Id"), ("Value", id.Value), ("MaxLength", RecordId<AssignedTask>.MaxFactLength)));
        RuleFor(x => x.Organization).Must(o => o.Value.Length > 0).WithKiemTraMessage(ErrorCodes.IdInvalid, (_, o) => Args(("Field", "Organization"), ("Value", o.Value), ("MaxLength", OrganizationId.MaxLength)));
        foreach (var element in Enum.GetValues<TaskSpecificationElement>())
        {
            RuleFor(x => x)
                .Must(x => !x.MissingElements().Contains(element))
                .WithKiemTraMessage(ErrorCodes.TaskElementMissing, (x, _) => Args(("Id", x.Id), ("Element", Name(element))))
                .OverridePropertyName(element.ToString());
        }
    }

    private static string Name(TaskSpecificationElement element)
        => KiemTraValidationMessages.IsVietnamese(System.Globalization.CultureInfo.CurrentUICulture) ? AssignedTask.ElementName(element).Vietnamese : AssignedTask.ElementName(element).English;
}
