using System.Globalization;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.WebHost.Http;
using NodaTime;

namespace KiemTra.WebHost.Cases;

/// <summary>Request: record the next step of a case (<i>ghi nhận bước tiếp theo</i>). Which fields are required depends on the step.</summary>
/// <param name="Step">A <see cref="CaseStep"/> name this host records (see <see cref="CaseSteps.Supported"/>).</param>
/// <param name="On">The step's date, <c>yyyy-MM-dd</c>; not before the previous step.</param>
/// <param name="Reference">The decision number (<c>IssueDecision</c>) or notice number (<c>IssueNotice</c>).</param>
/// <param name="Summary">What verification found (<c>Verify</c>).</param>
/// <param name="Description">What is followed up (<c>AssignFollowUp</c>).</param>
/// <param name="Plan">The plan (<c>ApprovePlan</c>).</param>
/// <param name="Team">The team (<c>FormTeam</c>).</param>
/// <param name="Conclusion">The conclusion (<c>HoldConclusionMeeting</c>).</param>
internal sealed record StepRequest(string? Step, string? On, string? Reference, string? Summary, string? Description, PlanRequest? Plan, TeamRequest? Team, ConclusionRequest? Conclusion);

/// <summary>A plan.</summary>
/// <param name="Purpose">Purpose.</param>
/// <param name="ContentAreas">Content-area codes from the catalogue.</param>
/// <param name="ReferenceFrom">Start of the period examined.</param>
/// <param name="ReferenceTo">End of the period examined.</param>
/// <param name="Start">Start of the work.</param>
/// <param name="End">End of the work.</param>
/// <param name="Method">Method.</param>
internal sealed record PlanRequest(string? Purpose, IReadOnlyList<string>? ContentAreas, string? ReferenceFrom, string? ReferenceTo, string? Start, string? End, string? Method);

/// <summary>A team.</summary>
/// <param name="Leader">The leader's member id.</param>
/// <param name="Members">The other members' ids.</param>
internal sealed record TeamRequest(string? Leader, IReadOnlyList<string>? Members);

/// <summary>A conclusion.</summary>
/// <param name="Summary">Summary.</param>
/// <param name="ViolationFound">Whether a violation was found.</param>
/// <param name="SignsOfViolation">Whether signs of violation were found (supervision).</param>
internal sealed record ConclusionRequest(string? Summary, bool? ViolationFound, bool? SignsOfViolation);

/// <summary>A validated step: its kind, date, the NFC request to store, and how to apply it to a case.</summary>
/// <param name="Step">The step.</param>
/// <param name="On">The date.</param>
/// <param name="Normalized">The request with every text in NFC, as stored and replayed.</param>
/// <param name="Apply">Applies the step through the SDK's state machine (throws <see cref="IllegalCaseTransitionException"/> or <see cref="ArgumentException"/>).</param>
internal sealed record ParsedStep(CaseStep Step, LocalDate On, StepRequest Normalized, Func<OversightCase, OversightCase> Apply);

/// <summary>Parses step requests into SDK calls.</summary>
internal static class CaseSteps
{
    /// <summary>
    /// The steps this host records: the main procedure. Recording discipline, handing over to inspection, taking up
    /// and higher review need inputs (forms, other cases, reviewing bodies) the sample does not model.
    /// </summary>
    public static readonly IReadOnlyList<CaseStep> Supported =
    [
        CaseStep.IssueDecision, CaseStep.ApprovePlan, CaseStep.FormTeam, CaseStep.Announce, CaseStep.ReceiveSelfReport, CaseStep.Verify,
        CaseStep.DraftReport, CaseStep.HoldConclusionMeeting, CaseStep.IssueNotice, CaseStep.AssignFollowUp, CaseStep.Close,
    ];

    /// <summary>The step, or null after recording errors naming each field and value.</summary>
    public static ParsedStep? Parse(StepRequest r, FieldErrors errors, PartyDataset dataset, OversightCatalogues catalogues)
    {
        var step = Http.Parse.Enum<CaseStep>(errors, "step", r.Step, required: true);
        var on = Http.Parse.Date(errors, "on", r.On, required: true);
        if (step is { } s && !Supported.Contains(s))
        {
            errors.Add("step", r.Step, $"Máy chủ mẫu không ghi nhận bước '{s}'; các bước được hỗ trợ: {string.Join(", ", Supported)}.", $"This sample host does not record the step '{s}'; supported steps: {string.Join(", ", Supported)}.");
            return null;
        }

        if (step is null)
        {
            return null;
        }

        var used = new HashSet<string>();
        string? Text(string field, string? value, int max)
        {
            used.Add(field);
            return errors.RequiredText(field, value, max);
        }

        Func<OversightCase, LocalDate, OversightCase>? apply = null;
        StepRequest normalized = new(step.Value.ToString(), r.On, null, null, null, null, null, null);
        switch (step.Value)
        {
            case CaseStep.IssueDecision:
                {
                    var reference = Text("reference", r.Reference, 100);
                    normalized = normalized with { Reference = reference };
                    apply = (c, d) => c.IssueDecision(reference!, d);
                    break;
                }

            case CaseStep.IssueNotice:
                {
                    var reference = Text("reference", r.Reference, 100);
                    normalized = normalized with { Reference = reference };
                    apply = (c, d) => c.IssueNotice(reference!, d);
                    break;
                }

            case CaseStep.Verify:
                {
                    var summary = Text("summary", r.Summary, 4000);
                    normalized = normalized with { Summary = summary };
                    apply = (c, d) => c.Verify(summary!, d);
                    break;
                }

            case CaseStep.AssignFollowUp:
                {
                    var description = Text("description", r.Description, 4000);
                    normalized = normalized with { Description = description };
                    apply = (c, d) => c.AssignFollowUp(description!, d);
                    break;
                }

            case CaseStep.ApprovePlan:
                {
                    used.Add("plan");
                    var plan = ParsePlan(r.Plan, errors, catalogues, out var planRequest);
                    normalized = normalized with { Plan = planRequest };
                    apply = (c, d) => c.ApprovePlan(plan!, d);
                    break;
                }

            case CaseStep.FormTeam:
                {
                    used.Add("team");
                    var team = ParseTeam(r.Team, errors, dataset, out var teamRequest);
                    normalized = normalized with { Team = teamRequest };
                    apply = (c, d) => c.FormTeam(team!, d);
                    break;
                }

            case CaseStep.HoldConclusionMeeting:
                {
                    used.Add("conclusion");
                    if (r.Conclusion is null)
                    {
                        errors.Missing("conclusion");
                        break;
                    }

                    var summary = errors.RequiredText("conclusion.summary", r.Conclusion.Summary, 4000);
                    if (r.Conclusion.ViolationFound is null)
                    {
                        errors.Missing("conclusion.violationFound");
                    }

                    if (r.Conclusion.SignsOfViolation is null)
                    {
                        errors.Missing("conclusion.signsOfViolation");
                    }

                    var conclusion = new ConclusionRequest(summary, r.Conclusion.ViolationFound, r.Conclusion.SignsOfViolation);
                    normalized = normalized with { Conclusion = conclusion };
                    apply = (c, d) => c.HoldConclusionMeeting(new CaseConclusion(conclusion.Summary!, conclusion.ViolationFound!.Value, conclusion.SignsOfViolation!.Value), d);
                    break;
                }

            case CaseStep.Announce:
                apply = (c, d) => c.Announce(d);
                break;
            case CaseStep.ReceiveSelfReport:
                apply = (c, d) => c.ReceiveSelfReport(d);
                break;
            case CaseStep.DraftReport:
                apply = (c, d) => c.DraftReport(d);
                break;
            case CaseStep.Close:
                apply = (c, d) => c.Close(d);
                break;
        }

        // Nothing is silently dropped: a field the step does not use is an error, not ignored.
        foreach (var (field, given) in new (string, bool)[] { ("reference", r.Reference is not null), ("summary", r.Summary is not null), ("description", r.Description is not null), ("plan", r.Plan is not null), ("team", r.Team is not null), ("conclusion", r.Conclusion is not null) })
        {
            if (given && !used.Contains(field))
            {
                errors.Add(field, null, $"Bước '{step}' không dùng trường '{field}'.", $"The step '{step}' does not use the field '{field}'.");
            }
        }

        if (errors.Any || apply is null)
        {
            return null;
        }

        var date = on!.Value;
        var applyStep = apply;
        return new ParsedStep(step.Value, date, normalized, c => applyStep(c, date));
    }

    private static CasePlan? ParsePlan(PlanRequest? p, FieldErrors errors, OversightCatalogues catalogues, out PlanRequest? normalized)
    {
        normalized = null;
        if (p is null)
        {
            errors.Missing("plan");
            return null;
        }

        var purpose = errors.RequiredText("plan.purpose", p.Purpose, 2000);
        var method = errors.RequiredText("plan.method", p.Method, 2000);
        var from = Http.Parse.Date(errors, "plan.referenceFrom", p.ReferenceFrom, required: true);
        var to = Http.Parse.Date(errors, "plan.referenceTo", p.ReferenceTo, required: true);
        var start = Http.Parse.Date(errors, "plan.start", p.Start, required: true);
        var end = Http.Parse.Date(errors, "plan.end", p.End, required: true);
        var areas = new List<string>();
        if (p.ContentAreas is null)
        {
            errors.Missing("plan.contentAreas");
        }
        else
        {
            for (var i = 0; i < p.ContentAreas.Count; i++)
            {
                var field = string.Create(CultureInfo.InvariantCulture, $"plan.contentAreas[{i}]");
                var code = errors.RequiredText(field, p.ContentAreas[i], 64);
                if (code is null)
                {
                    continue;
                }

                if (!catalogues.ContentAreas.Items.Any(item => item.Code == code))
                {
                    errors.Add(field, p.ContentAreas[i], $"'{code}' không có trong danh mục nội dung; các mã: {string.Join(", ", catalogues.ContentAreas.Items.Select(x => x.Code))}.", $"'{code}' is not a content area; codes: {string.Join(", ", catalogues.ContentAreas.Items.Select(x => x.Code))}.");
                    continue;
                }

                areas.Add(code);
            }
        }

        if (errors.Any)
        {
            return null;
        }

        normalized = new PlanRequest(purpose, areas, p.ReferenceFrom, p.ReferenceTo, p.Start, p.End, method);
        try
        {
            return CasePlan.Create(purpose!, areas, from!.Value, to!.Value, start!.Value, end!.Value, method!, catalogues);
        }
        catch (ArgumentException ex)
        {
            var field = ex.ParamName switch
            {
                "referenceTo" => "plan.referenceTo",
                "end" => "plan.end",
                "contentAreas" => "plan.contentAreas",
                "purpose" => "plan.purpose",
                "method" => "plan.method",
                var other => $"plan.{other}",
            };
            errors.Add(field, null, $"Kế hoạch không hợp lệ: {ex.Message}", $"Invalid plan: {ex.Message}");
            return null;
        }
    }

    private static CaseTeam? ParseTeam(TeamRequest? t, FieldErrors errors, PartyDataset dataset, out TeamRequest? normalized)
    {
        normalized = null;
        if (t is null)
        {
            errors.Missing("team");
            return null;
        }

        var leader = Http.Parse.Member(errors, "team.leader", t.Leader, dataset);
        var members = new List<MemberId>();
        for (var i = 0; i < (t.Members?.Count ?? 0); i++)
        {
            if (Http.Parse.Member(errors, string.Create(CultureInfo.InvariantCulture, $"team.members[{i}]"), t.Members![i], dataset) is { } m)
            {
                members.Add(m);
            }
        }

        if (errors.Any)
        {
            return null;
        }

        normalized = new TeamRequest(leader!.Value.Value, members.Select(m => m.Value).ToArray());
        try
        {
            return CaseTeam.Create(leader.Value, members);
        }
        catch (ArgumentException ex)
        {
            errors.Add("team.members", null, $"Đoàn không hợp lệ: {ex.Message}", $"Invalid team: {ex.Message}");
            return null;
        }
    }
}
