using System.Text.Json;
using System.Text.Json.Nodes;
using KiemTra.Sdk;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Discipline.Complaints;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Register;
using KiemTra.Sdk.Rules;
using KiemTra.WebHost.Hosting;
using KiemTra.WebHost.Http;
using KiemTra.WebHost.Persistence;
using KiemTra.WebHost.Security;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using KiemTra.Sdk.Inspection;

namespace KiemTra.WebHost.Endpoints;

/// <summary>A stored disciplinary decision: the register document's entry as the JSON package wrote it, and who recorded it.</summary>
/// <param name="Entry">The decision entry (<c>{"caseId","decision":{…}}</c>), written by the JSON package (<c>RegisterFactJson</c>).</param>
/// <param name="RecordedByOrganization">The organisation of the body that recorded it (this host's fact).</param>
/// <param name="RecordedByBody">The body that recorded it.</param>
internal sealed record DisciplineDecisionResponse(JsonElement Entry, string RecordedByOrganization, string RecordedByBody);

/// <summary>A stored complaint and its resolution, when resolved: the register document's entries as the JSON package wrote them, and who recorded it.</summary>
/// <param name="Entry">The complaint entry, written by the JSON package (<c>RegisterFactJson</c>).</param>
/// <param name="Resolution">The resolution entry, or null while unresolved.</param>
/// <param name="RecordedByOrganization">The organisation of the body that recorded the complaint (this host's fact).</param>
/// <param name="RecordedByBody">The body that recorded it.</param>
internal sealed record ComplaintResponse(JsonElement Entry, JsonElement? Resolution, string RecordedByOrganization, string RecordedByBody);

/// <summary>
/// Disciplinary decisions and complaints in the host's database (<i>quyết định kỷ luật, khiếu nại kỷ luật</i>, R-D1–R-D5):
/// <c>POST /api/discipline-decisions</c> takes the register document's decision entry (<c>{"caseId": …, "decision": {…}}</c>),
/// <c>POST /api/complaints</c> its complaint entry and <c>POST /api/complaints/{id}/resolution</c> the outcome; each is
/// read by the JSON package's register dialect (the core's factories: the form policy of the decision's date, the
/// complaint rules of the day of resolution) and added to the current register before it is stored.
/// </summary>
internal static class DisciplineRegisterEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static void MapDisciplineRegisterEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/discipline-decisions", RecordDecision).WithTags("Discipline").WithName("RecordDisciplineDecision")
            .WithSummary("Ghi quyết định kỷ luật / record a disciplinary decision")
            .Accepts<JsonObject>("application/json").Produces<DisciplineDecisionResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        app.MapGet("/api/discipline-decisions/{id}", ShowDecision).WithTags("Discipline").WithName("ShowDisciplineDecision")
            .WithSummary("Một quyết định kỷ luật / one decision").Produces<DisciplineDecisionResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/api/discipline-decisions", ListDecisions).WithTags("Discipline").WithName("ListDisciplineDecisions")
            .WithSummary("Các quyết định kỷ luật của một tổ chức / the decisions an organisation took").Produces<IReadOnlyList<DisciplineDecisionResponse>>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);
        app.MapPost("/api/complaints", RecordComplaint).WithTags("Discipline").WithName("RecordComplaint")
            .WithSummary("Ghi khiếu nại kỷ luật / record a complaint against a decision")
            .Accepts<JsonObject>("application/json").Produces<ComplaintResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        app.MapGet("/api/complaints/{id}", ShowComplaint).WithTags("Discipline").WithName("ShowComplaint")
            .WithSummary("Một khiếu nại / one complaint").Produces<ComplaintResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/api/complaints", ListComplaints).WithTags("Discipline").WithName("ListComplaints")
            .WithSummary("Các khiếu nại về quyết định của một tổ chức / complaints against an organisation's decisions").Produces<IReadOnlyList<ComplaintResponse>>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);
        app.MapPost("/api/complaints/{id}/resolution", ResolveComplaint).WithTags("Discipline").WithName("ResolveComplaint")
            .WithSummary("Ghi kết quả giải quyết khiếu nại / record how a complaint was resolved")
            .Accepts<JsonObject>("application/json").Produces<ComplaintResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> RecordDecision(HttpContext http, KiemTraDbContext db, PartyDataset dataset, AuthorityRules authority, RuleBook rules, IClock clock, DateTimeZone zone, HostRegister register)
    {
        var errors = new FieldErrors();
        var (write, refused) = await RegisterFactInput.ReadWriteAsync(http, errors, db, dataset, register, "decision", "decisions");
        if (refused is not null)
        {
            return refused;
        }

        var (body, actor, snapshot, fact) = write!.Value;

        var decision = (DisciplineDecision)fact!.Value;

        // A decision records what happened: decided and announced not after today (Asia/Ho_Chi_Minh).
        var today = clock.GetCurrentInstant().InZone(zone).Date;
        Parse.RecordedDate(errors, "decision.decidedOn", decision.DecidedOn, today);
        Parse.RecordedDate(errors, "decision.announcedOn", decision.AnnouncedOn, today);
        if (errors.Any)
        {
            return Problems.Validation(http, errors.All);
        }

        // The form rule a decision cites is the one the SDK's form policy of its date gives, not whatever the client wrote.
        RuleCitation rule;
        try
        {
            rule = DisciplineDecision.Create(decision.Id, decision.ViolationId, decision.Subject, decision.Form, decision.DecidedBy, decision.DecidingBody, decision.DecidedOn, decision.AnnouncedOn,
                decision.Circumstances, decision.ResponsibleMembers, DisciplineRules.FromRules(rules, decision.DecidedOn)).FormRule;
        }
        catch (Exception ex) when (ex is ArgumentException or RuleNotFoundException)
        {
            errors.Add("decision", null, $"Quyết định không hợp lệ: {ex.Message.Split(" (Parameter", 2)[0]}", $"The decision is invalid: {ex.Message.Split(" (Parameter", 2)[0]}");
            return Problems.Validation(http, errors.All);
        }

        if (!Equals(rule, decision.FormRule))
        {
            errors.Add("decision/formRule", decision.FormRule.ToString(), $"Quyết định phải dẫn quy định về hình thức kỷ luật có hiệu lực ngày {Iso.Date(decision.DecidedOn)}: {rule}.", $"The decision must cite the rule on discipline forms in force on {Iso.Date(decision.DecidedOn)}: {rule}.");
            return Problems.Validation(http, errors.All);
        }

        if (Subject(decision.Subject) is not { } subject || !Known(dataset, decision.Subject) || !dataset.Contains(decision.DecidedBy))
        {
            errors.Add("decision", decision.Subject.Id, "Đối tượng hoặc tổ chức quyết định không có trong dữ liệu.", "The subject or the deciding organisation is not in the dataset.");
            return Problems.Validation(http, errors.All);
        }

        if (actor!.Value.Organization != decision.DecidedBy || actor.Value.Body != decision.DecidingBody || !dataset.BodiesOf(decision.DecidedBy).Any(b => b.Kind == decision.DecidingBody))
        {
            return Problems.Forbidden(http, LocalizedText.Of(
                $"Quyết định {decision.Id} do {decision.DecidingBody} của {decision.DecidedBy} ban hành; {actor.Value.Body} của {actor.Value.Organization} không ghi thay được.",
                $"Decision {decision.Id} is taken by the {decision.DecidingBody} of {decision.DecidedBy}; the {actor.Value.Body} of {actor.Value.Organization} cannot record it in its place."));
        }

        if (Decide(http, errors, authority, actor.Value, ActivityKind.Discipline, subject, decision.DecidedOn, decision.Form, "decision") is { } denied)
        {
            return denied;
        }

        var key = RegisterFactInput.Key(decision.Id.Value);
        if (snapshot.Register.Decisions.Any(d => RegisterFactInput.Key(d.Id.Value) == key) || await db.DisciplineDecisions.AnyAsync(d => d.IdKey == key, http.RequestAborted))
        {
            return Conflict(http, "quyết định", "decision", decision.Id.Value);
        }

        var (_, notAdded) = RegisterFactInput.AddToRegister(http, errors, "decision", fact, snapshot, register);
        if (notAdded is not null)
        {
            return notAdded;
        }

        // The entry's case link (already checked by the register: the case exists).
        var caseId = body!["caseId"] is JsonValue v && v.TryGetValue<string>(out var linked) && RecordId<OversightCase>.TryFrom(linked, out var linkedCase) ? linkedCase.Value : null;
        var row = new DisciplineDecisionRecord
        {
            Id = decision.Id.Value,
            IdKey = key,
            ViolationId = decision.ViolationId,
            SubjectKind = Jurisdiction.KindColumn(decision.Subject),
            SubjectId = decision.Subject.Id,
            Form = DisciplineRules.FormCode(decision.Form),
            DecidedBy = decision.DecidedBy.Value,
            DecidingBody = decision.DecidingBody.ToString(),
            DecidedOn = decision.DecidedOn.ToDateOnly(),
            AnnouncedOn = decision.AnnouncedOn.ToDateOnly(),
            CaseId = caseId,
            Fact = fact.Json,
            RecordedAt = clock.GetCurrentInstant().ToDateTimeOffset(),
            RecordedByOrganization = actor.Value.Organization.Value,
            RecordedByBody = actor.Value.Body.ToString(),
        };
        db.DisciplineDecisions.Add(row);
        if (await register.SaveAsync(db, http, () => Conflict(http, "quyết định", "decision", decision.Id.Value)) is { } notSaved)
        {
            return notSaved;
        }

        return TypedResults.Created($"/api/discipline-decisions/{Uri.EscapeDataString(row.Id)}", ToResponse(row));
    }

    private static async Task<IResult> ShowDecision(HttpContext http, KiemTraDbContext db, PartyDataset dataset, Jurisdiction jurisdiction, string id)
    {
        var errors = new FieldErrors();
        var actor = ActorHeaders.Read(http.Request, errors, dataset);
        if (errors.Any)
        {
            return Problems.Validation(http, errors.All);
        }

        var key = RecordId<DisciplineDecision>.TryFrom(id, out var decisionId) ? RegisterFactInput.Key(decisionId.Value) : null;
        var row = key is null ? null : await db.DisciplineDecisions.AsNoTracking().FirstOrDefaultAsync(d => d.IdKey == key, http.RequestAborted);

        // Outside the acting body's jurisdiction a decision is answered exactly as one that does not exist.
        return row is null || !Sees(jurisdiction, actor!.Value, row) ? NotFound(http, "quyết định", "decision", id) : TypedResults.Ok(ToResponse(row));
    }

    /// <summary>A decision is visible to the deciding or recording organisation and those above it, and to a body with authority to discipline its subject.</summary>
    private static bool Sees(Jurisdiction jurisdiction, ActingBody actor, DisciplineDecisionRecord row) =>
        jurisdiction.SeesRecord(actor, [row.DecidedBy, row.RecordedByOrganization], ActivityKind.Discipline, Jurisdiction.SubjectOf(row.SubjectKind, row.SubjectId), LocalDate.FromDateOnly(row.DecidedOn));

    /// <summary>A complaint is visible to the organisation whose decision it contests, to the recording (resolving) organisation and to those above them.</summary>
    private static bool Sees(Jurisdiction jurisdiction, ActingBody actor, ComplaintRecord row) =>
        jurisdiction.SeesRecord(actor, [row.DecidedBy, row.RecordedByOrganization], ActivityKind.ComplaintResolution, null, LocalDate.FromDateOnly(row.FiledOn));

    private static async Task<IResult> ListDecisions(HttpContext http, KiemTraDbContext db, PartyDataset dataset, AuthorityRules authority, Jurisdiction jurisdiction, IClock clock, DateTimeZone zone, string? organization)
    {
        var (scope, denied) = ReadScope(http, dataset, authority, clock, zone, organization);
        if (denied is not null)
        {
            return denied;
        }

        var actor = ActingBodyOf(http, dataset);
        var rows = await db.DisciplineDecisions.AsNoTracking().Where(d => d.DecidedBy == scope!.Value.Value).ToListAsync(http.RequestAborted);
        return TypedResults.Ok(rows.Where(r => Sees(jurisdiction, actor, r)).OrderBy(r => r.DecidedOn).ThenBy(r => r.Id, StringComparer.Ordinal).Select(ToResponse).ToArray());
    }

    private static async Task<IResult> RecordComplaint(HttpContext http, KiemTraDbContext db, PartyDataset dataset, AuthorityRules authority, IClock clock, DateTimeZone zone, HostRegister register)
    {
        var errors = new FieldErrors();
        var (write, refused) = await RegisterFactInput.ReadWriteAsync(http, errors, db, dataset, register, "complaint", "complaints");
        if (refused is not null)
        {
            return refused;
        }

        var (_, actor, snapshot, fact) = write!.Value;

        var complaint = (DisciplineComplaint)fact!.Value;
        var today = clock.GetCurrentInstant().InZone(zone).Date;
        Parse.RecordedDate(errors, "filedOn", complaint.FiledOn, today);
        Parse.RecordedDate(errors, "decisionReceivedOn", complaint.DecisionReceivedOn, today);
        if (errors.Any)
        {
            return Problems.Validation(http, errors.All);
        }

        if (ComplaintAuthority(http, errors, dataset, authority, actor!.Value, complaint, complaint.FiledOn) is { } denied)
        {
            return denied;
        }

        var key = RegisterFactInput.Key(complaint.Id.Value);
        if (snapshot.Register.Complaints.Any(x => RegisterFactInput.Key(x.Id.Value) == key) || await db.Complaints.AnyAsync(x => x.IdKey == key, http.RequestAborted))
        {
            return Conflict(http, "khiếu nại", "complaint", complaint.Id.Value);
        }

        var (_, notAdded) = RegisterFactInput.AddToRegister(http, errors, "complaint", fact, snapshot, register);
        if (notAdded is not null)
        {
            return notAdded;
        }

        var row = new ComplaintRecord
        {
            Id = complaint.Id.Value,
            IdKey = key,
            DecisionId = complaint.Decision.Id.Value,
            DecidedBy = complaint.Decision.DecidedBy.Value,
            FiledOn = complaint.FiledOn.ToDateOnly(),
            Fact = fact.Json,
            RecordedAt = clock.GetCurrentInstant().ToDateTimeOffset(),
            RecordedByOrganization = actor.Value.Organization.Value,
            RecordedByBody = actor.Value.Body.ToString(),
        };
        db.Complaints.Add(row);
        if (await register.SaveAsync(db, http, () => Conflict(http, "khiếu nại", "complaint", complaint.Id.Value)) is { } notSaved)
        {
            return notSaved;
        }

        return TypedResults.Created($"/api/complaints/{Uri.EscapeDataString(row.Id)}", ToResponse(row));
    }

    private static async Task<IResult> ResolveComplaint(HttpContext http, KiemTraDbContext db, PartyDataset dataset, AuthorityRules authority, Jurisdiction jurisdiction, IClock clock, DateTimeZone zone, HostRegister register, string id)
    {
        // The body is the register document's resolution entry without the complaint id (it is in the path), read by the
        // JSON package's register dialect (RegisterFactJson): no second reading of the outcome, the form or the date here.
        var (body, problem) = await RegisterFactInput.ReadObjectAsync(http);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new FieldErrors();
        var actor = ActorHeaders.Read(http.Request, errors, dataset);
        if (body!.ContainsKey("complaintId"))
        {
            errors.Add("complaintId", null, ErrorCodes.DocumentFieldUnknown, ("Source", "resolution"), ("Path", "complaintId"));
        }

        if (errors.Any)
        {
            return Problems.Validation(http, errors.All);
        }

        var key = RecordId<DisciplineComplaint>.TryFrom(id, out var complaintId) ? RegisterFactInput.Key(complaintId.Value) : null;
        var row = key is null ? null : await db.Complaints.FirstOrDefaultAsync(x => x.IdKey == key, http.RequestAborted);
        if (row is null || !Sees(jurisdiction, actor!.Value, row))
        {
            return NotFound(http, "khiếu nại", "complaint", id);
        }

        if (row.ResolvedOn is { } done)
        {
            return Problems.Conflict(http, LocalizedText.Of(
                $"Khiếu nại {row.Id} đã được giải quyết ngày {Iso.Date(LocalDate.FromDateOnly(done))}.",
                $"Complaint {row.Id} was already resolved on {Iso.Date(LocalDate.FromDateOnly(done))}."));
        }

        var snapshot = await register.CurrentAsync(db, http.RequestAborted);
        var entry = new JsonObject { ["complaintId"] = row.Id };
        foreach (var (name, value) in body)
        {
            entry[name] = value?.DeepClone();
        }

        var (fact, refused) = RegisterFactInput.Read(http, errors, "resolution", "complaintResolutions", entry, snapshot.Register, atBodyRoot: true);
        if (refused is not null)
        {
            return refused;
        }

        var resolution = (ComplaintResolution)fact!.Value;
        Parse.RecordedDate(errors, "resolvedOn", resolution.ResolvedOn, clock.GetCurrentInstant().InZone(zone).Date);
        if (errors.Any)
        {
            return Problems.Validation(http, errors.All);
        }

        if (ComplaintAuthority(http, errors, dataset, authority, actor!.Value, resolution.Complaint, resolution.ResolvedOn) is { } denied)
        {
            return denied;
        }

        var (_, notAdded) = RegisterFactInput.AddToRegister(http, errors, "resolution", fact, snapshot, register);
        if (notAdded is not null)
        {
            return notAdded;
        }

        row.Outcome = resolution.Outcome.ToString();
        row.ResultingForm = resolution.ResultingForm is { } form ? DisciplineRules.FormCode(form) : null;
        row.ResolvedOn = resolution.ResolvedOn.ToDateOnly();
        row.Resolution = fact.Json;
        row.ResolutionRecordedAt = clock.GetCurrentInstant().ToDateTimeOffset();
        try
        {
            await db.SaveChangesAsync(http.RequestAborted);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict(http, LocalizedText.Of($"Khiếu nại {row.Id} vừa được cập nhật; hãy tải lại.", $"Complaint {row.Id} was just updated; reload it."));
        }
        finally
        {
            register.Invalidate();
        }

        return TypedResults.Ok(ToResponse(row));
    }

    private static async Task<IResult> ShowComplaint(HttpContext http, KiemTraDbContext db, PartyDataset dataset, Jurisdiction jurisdiction, string id)
    {
        var errors = new FieldErrors();
        var actor = ActorHeaders.Read(http.Request, errors, dataset);
        if (errors.Any)
        {
            return Problems.Validation(http, errors.All);
        }

        var key = RecordId<DisciplineComplaint>.TryFrom(id, out var complaintId) ? RegisterFactInput.Key(complaintId.Value) : null;
        var row = key is null ? null : await db.Complaints.AsNoTracking().FirstOrDefaultAsync(x => x.IdKey == key, http.RequestAborted);
        return row is null || !Sees(jurisdiction, actor!.Value, row) ? NotFound(http, "khiếu nại", "complaint", id) : TypedResults.Ok(ToResponse(row));
    }

    private static async Task<IResult> ListComplaints(HttpContext http, KiemTraDbContext db, PartyDataset dataset, AuthorityRules authority, Jurisdiction jurisdiction, IClock clock, DateTimeZone zone, string? organization)
    {
        var (scope, denied) = ReadScope(http, dataset, authority, clock, zone, organization);
        if (denied is not null)
        {
            return denied;
        }

        var actor = ActingBodyOf(http, dataset);
        var rows = await db.Complaints.AsNoTracking().Where(x => x.DecidedBy == scope!.Value.Value).ToListAsync(http.RequestAborted);
        return TypedResults.Ok(rows.Where(r => Sees(jurisdiction, actor, r)).OrderBy(r => r.FiledOn).ThenBy(r => r.Id, StringComparer.Ordinal).Select(ToResponse).ToArray());
    }

    /// <summary>The acting body of a request whose headers <see cref="ReadScope"/> has already accepted.</summary>
    internal static ActingBody ActingBodyOf(HttpContext http, PartyDataset dataset) => ActorHeaders.Read(http.Request, new FieldErrors(), dataset)!.Value;

    /// <summary>The body recording or resolving a complaint must be competent to resolve it (<see cref="ActivityKind.ComplaintResolution"/>).</summary>
    private static IResult? ComplaintAuthority(HttpContext http, FieldErrors errors, PartyDataset dataset, AuthorityRules authority, ActingBody actor, DisciplineComplaint complaint, LocalDate on)
    {
        if (Subject(complaint.Decision.Subject) is not { } subject || !Known(dataset, complaint.Decision.Subject))
        {
            errors.Add("decisionId", complaint.Decision.Id.Value, "Đối tượng của quyết định không có trong dữ liệu.", "The decision's subject is not in the dataset.");
            return Problems.Validation(http, errors.All);
        }

        return Decide(http, errors, authority, actor, ActivityKind.ComplaintResolution, subject, on, null, "filedOn");
    }

    /// <summary>The SDK's authority decision as a 403 (or a 400 when no rule was in force on the date), or null when allowed.</summary>
    internal static IResult? Decide(HttpContext http, FieldErrors errors, AuthorityRules authority, ActingBody actor, ActivityKind activity, OversightSubject subject, LocalDate on, DisciplineForm? form, string dateField)
    {
        Ruling decision;
        try
        {
            decision = authority.Decide(actor, activity, subject, on, form);
        }
        catch (RuleNotFoundException ex)
        {
            errors.Add(dateField, Iso.Date(on), $"Không có quy định thẩm quyền có hiệu lực vào ngày này: {ex.Message}", $"No authority rule was in force on that date: {ex.Message}");
            return Problems.Validation(http, errors.All);
        }

        return decision.Holds ? null : Problems.Forbidden(http, decision, actor, activity, subject, on);
    }

    /// <summary>The authority subject of a discipline subject.</summary>
    internal static OversightSubject? Subject(DisciplineSubject subject) =>
        subject.Organization is { } o ? OversightSubject.Of(o) : subject.Member is { } m ? OversightSubject.Of(m) : null;

    /// <summary>Whether the subject is in the dataset.</summary>
    internal static bool Known(PartyDataset dataset, DisciplineSubject subject) =>
        subject.Organization is { } o ? dataset.Contains(o) : subject.Member is { } m && dataset.Contains(m);

    /// <summary>The organisation of a list query, authorised as a report on it is.</summary>
    internal static (OrganizationId? Scope, IResult? Problem) ReadScope(HttpContext http, PartyDataset dataset, AuthorityRules authority, IClock clock, DateTimeZone zone, string? organization)
    {
        var errors = new FieldErrors();
        var actor = ActorHeaders.Read(http.Request, errors, dataset);
        var scope = Parse.Organization(errors, "organization", organization, dataset, required: true);
        if (errors.Any)
        {
            return (null, Problems.Validation(http, errors.All));
        }

        var today = clock.GetCurrentInstant().InZone(zone).Date;
        return (scope, IndicatorEndpoints.Authorize(http, dataset, authority, actor!.Value, scope!.Value, today, errors));
    }

    private static DisciplineDecisionResponse ToResponse(DisciplineDecisionRecord r) =>
        new(JsonDocument.Parse(r.Fact).RootElement.Clone(), r.RecordedByOrganization, r.RecordedByBody);

    private static ComplaintResponse ToResponse(ComplaintRecord r) =>
        new(JsonDocument.Parse(r.Fact).RootElement.Clone(), r.Resolution is { } res ? JsonDocument.Parse(res).RootElement.Clone() : null, r.RecordedByOrganization, r.RecordedByBody);

    private static IResult NotFound(HttpContext http, string vi, string en, string id) =>
        Problems.NotFound(http, LocalizedText.Of($"Không có {vi} mã '{id}'.", $"There is no {en} with the id '{id}'."));

    private static IResult Conflict(HttpContext http, string vi, string en, string id) =>
        Problems.Conflict(http, LocalizedText.Of($"Đã có {vi} mã '{id}' (không phân biệt chữ hoa, chữ thường).", $"A {en} with the id '{id}' already exists (ids are compared regardless of letter case)."));
}
