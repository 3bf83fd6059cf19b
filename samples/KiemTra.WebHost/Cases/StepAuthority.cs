using KiemTra.Sdk;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using KiemTra.WebHost.Endpoints;
using KiemTra.WebHost.Http;
using NodaTime;

namespace KiemTra.WebHost.Cases;

/// <summary>
/// Who may record a step (<i>thẩm quyền ghi nhận bước</i>), decided with the SDK's <see cref="AuthorityRules"/> on the
/// step's date (a subject may have merged or ended since the case was opened):
/// <list type="bullet">
/// <item>the procedure's steps, discipline and hand-over: only the body that opened the case, and it must still have
/// jurisdiction over every subject for the case's activity;</item>
/// <item><c>RecordDiscipline</c> decided (not proposed): the body must also be competent to decide that form on every
/// subject (<see cref="ActivityKind.Discipline"/>);</item>
/// <item><c>HandOverForInspection</c>: the receiving inspection commission must have jurisdiction to inspect every
/// subject handed over on signs of violation;</item>
/// <item><c>TakeUp</c> and <c>RecordHigherReview</c>: the acting body is an inspection commission of an organisation
/// above the conducting one, with jurisdiction over every subject for the case's activity.</item>
/// </list>
/// Every refusal is a 403 problem citing the rules (or stating the host's reason).
/// </summary>
internal static class StepAuthority
{
    /// <summary>The 403 (or 400 when no rule was in force on the date) for a step the actor may not record; null when it may.</summary>
    public static IResult? Check(HttpContext http, PartyDataset dataset, AuthorityRules authority, ActingBody actor, OversightCase current, ParsedStep step, FieldErrors errors)
    {
        if (step.ByHigherCommission)
        {
            if (actor.Body != BodyKind.InspectionCommission || !dataset.AncestorsOf(current.ConductedBy).Any(a => a.Id == actor.Organization))
            {
                return Problems.Forbidden(http, LocalizedText.Of(
                    $"Bước {step.Step} của hồ sơ {current.Id} do ủy ban kiểm tra cấp trên của {current.ConductedBy} thực hiện; {actor.Body} của {actor.Organization} không phải ủy ban kiểm tra cấp trên đó.",
                    $"The step {step.Step} of case {current.Id} is recorded by an inspection commission above {current.ConductedBy}; the {actor.Body} of {actor.Organization} is not such a commission."));
            }

            return CaseEndpoints.Authorize(http, authority, actor, current, step.On, errors, "on");
        }

        if (actor.Organization != current.ConductedBy || actor.Body != current.Body)
        {
            return Problems.Forbidden(http, LocalizedText.Of(
                $"Chỉ {current.Body} của {current.ConductedBy} (chủ thể ra quyết định tiến hành) được ghi nhận các bước của hồ sơ {current.Id}; {actor.Body} của {actor.Organization} không phải chủ thể đó.",
                $"Only the {current.Body} of {current.ConductedBy} (the body that decided the case) records the steps of case {current.Id}; the {actor.Body} of {actor.Organization} is not that body."));
        }

        if (CaseEndpoints.Authorize(http, authority, actor, current, step.On, errors, "on") is { } denied)
        {
            return denied;
        }

        if (step.Discipline is { Decided: true } discipline)
        {
            foreach (var subject in current.Subjects)
            {
                if (Decide(http, authority, actor, ActivityKind.Discipline, subject, step.On, errors, discipline.Form) is { } refused)
                {
                    return refused;
                }
            }
        }

        if (step.HandOver is { } handOver)
        {
            var receiving = new ActingBody(handOver.CommissionOf, BodyKind.InspectionCommission);
            foreach (var subject in handOver.Subjects)
            {
                if (subject.Member is { } member && !dataset.Contains(member))
                {
                    return Problems.MemberOutsideAuthority(http, receiving, ActivityKind.InspectionOnSignsOfViolation, member.Value, step.On);
                }

                if (Decide(http, authority, receiving, ActivityKind.InspectionOnSignsOfViolation, subject, step.On, errors, null) is { } refused)
                {
                    return refused;
                }
            }
        }

        return null;
    }

    private static IResult? Decide(HttpContext http, AuthorityRules authority, ActingBody actor, ActivityKind activity, OversightSubject subject, LocalDate on, FieldErrors errors, DisciplineForm? form)
    {
        var target = subject;
        Ruling decision;
        try
        {
            decision = authority.Decide(actor, activity, target, on, form);
        }
        catch (RuleNotFoundException ex)
        {
            errors.Add("on", Iso.Date(on), $"Không có quy định thẩm quyền có hiệu lực vào ngày này: {ex.Message}", $"No authority rule was in force on that date: {ex.Message}");
            return Problems.Validation(http, errors.All);
        }
        catch (KeyNotFoundException ex)
        {
            // The receiving organisation has no inspection commission or is unknown: the dataset says who exists.
            errors.Add("handOver.commissionOf", actor.Organization.Value, $"Không xác định được thẩm quyền: {ex.Message}", $"Authority cannot be decided: {ex.Message}");
            return Problems.Validation(http, errors.All);
        }

        return decision.Holds ? null : Problems.Forbidden(http, decision, actor, activity, target, on);
    }
}
