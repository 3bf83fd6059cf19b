using System.Globalization;
using KiemTra.Sdk;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.FluentValidation.Inspection;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Rules;
using KiemTra.WebHost.Cases;
using KiemTra.WebHost.Hosting;
using KiemTra.WebHost.Http;
using KiemTra.WebHost.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace KiemTra.WebHost.Endpoints;

/// <summary>Request: the case that carries out a programme item (<i>gắn nội dung kế hoạch với cuộc kiểm tra, giám sát</i>).</summary>
/// <param name="CaseId">The case.</param>
internal sealed record LinkItemRequest(string? CaseId);

/// <summary>Response: the case that carries out an item of a programme (this host's link; the SDK's programme does not hold it).</summary>
/// <param name="ItemId">The item.</param>
/// <param name="CaseId">The case carrying it out.</param>
/// <param name="CarriedOutOn">The day that case carried it out (its concluding meeting, or that of the case that took it up), or null; derived from the case's steps.</param>
internal sealed record ProgramItemLinkResponse(string ItemId, string CaseId, string? CarriedOutOn);

/// <summary>Response: a programme.</summary>
/// <param name="Title">Its title (kept by this host; the SDK's programme has none).</param>
/// <param name="Program">
/// The SDK's issued programme written by the JSON package: <c>id</c>, <c>owner</c>, <c>scope</c>, <c>from</c>, <c>to</c>,
/// <c>items</c> (<c>id</c>, <c>activity</c>, <c>typeCode</c>, <c>subject</c>, <c>start</c>, <c>end</c>, <c>contentAreas</c>),
/// <c>issuedOn</c>, <c>bodyId</c>.
/// </param>
/// <param name="Links">The items linked to the case carrying them out, in the programme's order; an item not listed is not yet linked.</param>
internal sealed record ProgramResponse(
    string Title,
    OversightProgram Program,
    IReadOnlyList<ProgramItemLinkResponse> Links);

/// <summary>
/// <c>POST /api/programmes</c> (issue a programme with its items), <c>GET /api/programmes/{id}</c>, and
/// <c>PUT /api/programmes/{id}/items/{itemId}/case</c> (the case that carries an item out; <c>POST /api/cases</c> may
/// link it when opening the case instead). Plan completion is derived from these links and the cases' steps.
/// </summary>
/// <remarks>
/// Authority: the owner is the acting body, which must have jurisdiction for each item's activity over its subject on
/// the date of issue (<see cref="AuthorityRules"/>). Only the owner links its items, and only to a case it conducts, of
/// the item's activity, with the item's subject among the case's subjects.
/// </remarks>
internal static class ProgramEndpoints
{
    /// <summary>The most items one programme may list.</summary>
    public const int MaxItems = HostLimits.MaxProgramItems;

    /// <summary>Maps the endpoints.</summary>
    public static void MapProgramEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/programmes").WithTags("Programmes");
        group.MapPost("/", Create).WithName("IssueProgramme").WithSummary("Ban hành chương trình, kế hoạch kiểm tra, giám sát / issue a programme")
            .Accepts<ProgramDraft>("application/json")
            .Produces<ProgramResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id}", Show).WithName("ShowProgramme").WithSummary("Một chương trình, kế hoạch / one programme with its items and their cases")
            .Produces<ProgramResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPut("/{id}/items/{itemId}/case", Link).WithName("LinkProgrammeItem").WithSummary("Gắn nội dung kế hoạch với hồ sơ thực hiện / the case that carries out an item")
            .Accepts<LinkItemRequest>("application/json")
            .Produces<ProgramResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }

    private static async Task<IResult> Create(HttpContext http, KiemTraDbContext db, PartyDataset dataset, AuthorityRules authority, OversightCatalogs catalogs, IClock clock, DateTimeZone zone, HostRegister register,
        FluentValidation.IValidator<ProgramDraft> validator)
    {
        // The request model is the validation package's draft, checked by its validator; what only this host checks
        // follows (the number of items, the register's years, subjects in the dataset).
        var (request, problem) = await JsonBody.ReadAsync<ProgramDraft>(http);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new FieldErrors();
        var actor = ActorHeaders.Read(http.Request, errors, dataset);
        if (request!.Items is { Count: > MaxItems } many)
        {
            errors.Add("items", many.Count.ToString(CultureInfo.InvariantCulture), $"Tối đa {MaxItems} nội dung trong một chương trình.", $"At most {MaxItems} items per programme.");
            return Problems.Validation(http, errors.All);
        }

        if (!validator.Check(http, request, errors))
        {
            return Problems.Validation(http, errors.All);
        }

        var today = clock.GetCurrentInstant().InZone(zone).Date;
        Parse.RegisterDate(errors, "from", request.From);
        Parse.RegisterDate(errors, "to", request.To);
        Parse.RecordedDate(errors, "issuedOn", request.IssuedOn, today);
        for (var i = 0; i < request.Items!.Count; i++)
        {
            var item = request.Items[i];
            var field = string.Create(CultureInfo.InvariantCulture, $"items[{i}]");
            Parse.Organization(errors, field + ".subject", item.Subject, dataset, required: true);
            Parse.RegisterDate(errors, field + ".start", item.Start);
            Parse.RegisterDate(errors, field + ".end", item.End);
        }

        if (errors.Any)
        {
            return Problems.Validation(http, errors.All);
        }

        OversightProgram program;
        try
        {
            program = request.ToProgram(actor!.Value, catalogs);
        }
        catch (ArgumentException ex)
        {
            errors.Add("items", null, "Không ban hành được chương trình: dữ liệu trái quy định (chi tiết ở bản tiếng Anh).", $"The programme cannot be issued: {ex.Message}");
            return Problems.Validation(http, errors.All);
        }

        var title = request.Title;
        var issuedOn = program.IssuedOn;

        if (!dataset.BodiesOf(actor.Value.Organization).Any(b => b.Kind == actor.Value.Body))
        {
            return Problems.Forbidden(http, LocalizedText.Of(
                $"{actor.Value.Organization} không có {actor.Value.Body}: không thể nhân danh chủ thể này.",
                $"{actor.Value.Organization} has no {actor.Value.Body}: nobody can act as that body."));
        }

        for (var i = 0; i < program.Items.Count; i++)
        {
            var item = program.Items[i];
            Ruling decision;
            try
            {
                decision = authority.Decide(actor.Value, item.Activity, OversightSubject.Of(item.Subject), issuedOn!.Value);
            }
            catch (RuleNotFoundException ex)
            {
                errors.Add("issuedOn", Iso.Date(request.IssuedOn), $"Không có quy định thẩm quyền có hiệu lực vào ngày này: {ex.Message}", $"No authority rule was in force on that date: {ex.Message}");
                return Problems.Validation(http, errors.All);
            }

            if (!decision.Holds)
            {
                return Problems.Forbidden(http, decision, actor.Value, item.Activity, OversightSubject.Of(item.Subject), issuedOn!.Value);
            }
        }

        var programId = program.Id.Value;
        if (register.Seed.Register.Programs.Any(p => p.Id == program.Id) || await db.Programs.AnyAsync(p => p.Id == programId, http.RequestAborted))
        {
            return Conflict(http, programId);
        }

        var record = new ProgramRecord
        {
            Id = programId,
            Title = title!,
            OwnerOrganization = program.Owner.Organization.Value,
            OwnerBody = program.Owner.Body.ToString(),
            Scope = program.Scope.ToString(),
            From = program.From.ToDateOnly(),
            To = program.To.ToDateOnly(),
            IssuedOn = issuedOn!.Value.ToDateOnly(),
            RecordedAt = clock.GetCurrentInstant().ToDateTimeOffset(),
            Items = program.Items.Select((item, position) => new ProgramItemRecord
            {
                ProgramId = programId,
                ItemId = item.Id.Value,
                Position = position,
                Activity = item.Activity.ToString(),
                TypeCode = item.TypeCode,
                Subject = item.Subject.Value,
                Start = item.Start.ToDateOnly(),
                End = item.End.ToDateOnly(),
                ContentAreas = string.Join('\n', item.ContentAreas),
            }).ToList(),
        };
        db.Programs.Add(record);
        if (await register.SaveAsync(db, http, () => Conflict(http, programId)) is { } refused)
        {
            return refused;
        }

        return TypedResults.Created($"/api/programmes/{Uri.EscapeDataString(record.Id)}", await ToResponse(db, register, catalogs, record, http.RequestAborted));
    }

    private static async Task<IResult> Show(HttpContext http, KiemTraDbContext db, HostRegister register, OversightCatalogs catalogs, PartyDataset dataset, KiemTra.WebHost.Security.Jurisdiction jurisdiction, string id)
    {
        var errors = new FieldErrors();
        if (ActorHeaders.Read(http.Request, errors, dataset) is not { } actor)
        {
            return Problems.Validation(http, errors.All);
        }

        var record = await Load(db, id, http.RequestAborted);
        return record is null || !jurisdiction.Covers(actor, record.OwnerOrganization) ? NotFound(http, id) : TypedResults.Ok(await ToResponse(db, register, catalogs, record, http.RequestAborted));
    }

    private static async Task<IResult> Link(HttpContext http, KiemTraDbContext db, PartyDataset dataset, AuthorityRules authority, OversightCatalogs catalogs, IClock clock, HostRegister register, string id, string itemId)
    {
        var (request, problem) = await JsonBody.ReadAsync<LinkItemRequest>(http);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new FieldErrors();
        var actor = ActorHeaders.Read(http.Request, errors, dataset);
        var caseId = CaseSteps.CaseId(errors, "caseId", request!.CaseId);
        if (errors.Any)
        {
            return Problems.Validation(http, errors.All);
        }

        if (await Load(db, id, http.RequestAborted) is null)
        {
            return NotFound(http, id);
        }

        var (caseRecord, origins) = await CaseEndpoints.LoadWithOrigins(db, caseId!, http.RequestAborted);
        if (caseRecord is null)
        {
            errors.Add("caseId", request.CaseId, $"Không có hồ sơ mã '{caseId}'.", $"There is no case with the id '{caseId}'.");
            return Problems.Validation(http, errors.All);
        }

        var oversight = CaseReplay.Rebuild(caseRecord, origins, dataset, authority, catalogs);
        var (item, linkProblem) = await FindItemToLink(http, db, id, itemId, null, oversight, actor!.Value);
        if (linkProblem is not null)
        {
            return linkProblem;
        }

        item!.CaseId = caseRecord.Id;
        item.LinkedAt = clock.GetCurrentInstant().ToDateTimeOffset();
        if (await register.SaveAsync(db, http, () => AlreadyLinked(http, id, itemId)) is { } refused)
        {
            return refused;
        }

        return TypedResults.Ok(await ToResponse(db, register, catalogs, (await Load(db, id, http.RequestAborted))!, http.RequestAborted));
    }

    /// <summary>
    /// The stored item a case may be linked to, tracked for update, or the problem: the programme or item unknown (400
    /// naming <paramref name="field"/> when given in a body, 404 when in the path), not the actor's programme (403), already
    /// linked (409), or not carried out by such a case (400: another conducting body or activity, or its subject not the case's).
    /// </summary>
    internal static async Task<(ProgramItemRecord? Item, IResult? Problem)> FindItemToLink(HttpContext http, KiemTraDbContext db, string? programId, string? itemId, string? field, OversightCase oversight, ActingBody actor)
    {
        var errors = new FieldErrors();
        var programField = field is null ? "id" : field + ".programme";
        var itemField = field is null ? "itemId" : field + ".item";

        // Ids by the SDK's rule, which also brings them to NFC (a path is not read by the JSON package); an id it refuses
        // names no programme or item. In a body the validator has already refused such an id.
        var programText = RecordId<OversightProgram>.TryFrom(programId, out var programKey) ? programKey.Value : null;
        var itemText = RecordId<ProgramItem>.TryFrom(itemId, out var itemKey) ? itemKey.Value : null;
        var program = programText is null ? null : await db.Programs.Include(p => p.Items).FirstOrDefaultAsync(p => p.Id == programText, http.RequestAborted);
        var item = itemText is null ? null : program?.Items.FirstOrDefault(i => i.ItemId == itemText);
        if (program is null || item is null)
        {
            var what = program is null
                ? LocalizedText.Of($"Không có chương trình, kế hoạch mã '{programId}'.", $"There is no programme with the id '{programId}'.")
                : LocalizedText.Of($"Chương trình '{programId}' không có nội dung mã '{itemId}'.", $"Programme '{programId}' has no item '{itemId}'.");
            if (field is null)
            {
                return (null, Problems.NotFound(http, what));
            }

            errors.Add(program is null ? programField : itemField, program is null ? programId : itemId, what.Vietnamese, what.English);
            return (null, Problems.Validation(http, errors.All));
        }

        if (actor.Organization.Value != program.OwnerOrganization || actor.Body.ToString() != program.OwnerBody)
        {
            return (null, Problems.Forbidden(http, LocalizedText.Of(
                $"Chỉ {program.OwnerBody} của {program.OwnerOrganization} (chủ thể ban hành chương trình '{program.Id}') được gắn nội dung kế hoạch với hồ sơ; {actor.Body} của {actor.Organization} không phải chủ thể đó.",
                $"Only the {program.OwnerBody} of {program.OwnerOrganization} (which issued programme '{program.Id}') links its items to cases; the {actor.Body} of {actor.Organization} is not that body.")));
        }

        if (item.CaseId is not null)
        {
            return (null, AlreadyLinked(http, program.Id, item.ItemId, item.CaseId));
        }

        var reasons = new List<LocalizedText>();
        if (oversight.ConductedBy.Value != program.OwnerOrganization || oversight.Body.ToString() != program.OwnerBody)
        {
            reasons.Add(LocalizedText.Of(
                $"hồ sơ {oversight.Id} do {oversight.Body} của {oversight.ConductedBy} tiến hành, không phải chủ thể ban hành chương trình",
                $"case {oversight.Id} is conducted by the {oversight.Body} of {oversight.ConductedBy}, not by the body that issued the programme"));
        }

        if (oversight.Activity.ToString() != item.Activity)
        {
            reasons.Add(LocalizedText.Of($"hồ sơ là {oversight.Activity}, nội dung kế hoạch là {item.Activity}", $"the case is a {oversight.Activity}, the item a {item.Activity}"));
        }

        var openedOn = oversight.History[0].On;
        if (openedOn < LocalDate.FromDateOnly(program.From) || openedOn > LocalDate.FromDateOnly(program.To))
        {
            reasons.Add(LocalizedText.Of(
                $"hồ sơ mở ngày {Iso.Date(openedOn)}, ngoài thời gian của chương trình ({Iso.Date(LocalDate.FromDateOnly(program.From))}–{Iso.Date(LocalDate.FromDateOnly(program.To))})",
                $"the case was opened on {Iso.Date(openedOn)}, outside the programme's period ({Iso.Date(LocalDate.FromDateOnly(program.From))}–{Iso.Date(LocalDate.FromDateOnly(program.To))})"));
        }

        if (!oversight.Subjects.Any(s => s.Organization is { } o && o.Value == item.Subject))
        {
            reasons.Add(LocalizedText.Of($"{item.Subject} không phải đối tượng của hồ sơ {oversight.Id}", $"{item.Subject} is not a subject of case {oversight.Id}"));
        }

        if (reasons.Count > 0)
        {
            var (f, v) = field is null ? ("caseId", oversight.Id.Value) : (itemField, itemId);
            errors.Add(f, v,
                $"Hồ sơ không thực hiện nội dung '{program.Id}/{item.ItemId}': {string.Join("; ", reasons.Select(r => r.Vietnamese))}.",
                $"The case does not carry out item '{program.Id}/{item.ItemId}': {string.Join("; ", reasons.Select(r => r.English))}.");
            return (null, Problems.Validation(http, errors.All));
        }

        return (item, null);
    }

    private static Task<ProgramRecord?> Load(KiemTraDbContext db, string id, CancellationToken cancellationToken)
    {
        // An id the SDK's rule refuses names no programme; the rule also brings the id to NFC.
        if (!RecordId<OversightProgram>.TryFrom(id, out var programId))
        {
            return Task.FromResult<ProgramRecord?>(null);
        }

        var normalized = programId.Value;
        return db.Programs.AsNoTracking().Include(p => p.Items).FirstOrDefaultAsync(p => p.Id == normalized, cancellationToken);
    }

    private static async Task<ProgramResponse> ToResponse(KiemTraDbContext db, HostRegister register, OversightCatalogs catalogs, ProgramRecord p, CancellationToken cancellationToken)
    {
        var snapshot = await register.CurrentAsync(db, cancellationToken);
        return new ProgramResponse(
            p.Title,
            RegisterFacts.Program(p, catalogs).Issue(LocalDate.FromDateOnly(p.IssuedOn)),
            p.Items.Where(i => i.CaseId is not null).OrderBy(i => i.Position).Select(i => new ProgramItemLinkResponse(
                i.ItemId, i.CaseId!, Iso.Date(snapshot.Register.CarriedOutOn(RecordId<OversightCase>.From(i.CaseId!))))).ToArray());
    }

    private static IResult NotFound(HttpContext http, string id) =>
        Problems.NotFound(http, LocalizedText.Of($"Không có chương trình, kế hoạch mã '{id}'.", $"There is no programme with the id '{id}'."));

    private static IResult Conflict(HttpContext http, string id) =>
        Problems.Conflict(http, LocalizedText.Of($"Đã có chương trình, kế hoạch mã '{id}'.", $"A programme with the id '{id}' already exists."));

    private static IResult AlreadyLinked(HttpContext http, string programId, string itemId, string? caseId = null) =>
        Problems.Conflict(http, LocalizedText.Of(
            $"Nội dung '{programId}/{itemId}' đã được gắn với hồ sơ {caseId ?? "khác"}; mỗi nội dung do một cuộc thực hiện.",
            $"Item '{programId}/{itemId}' is already linked to {(caseId is null ? "another case" : "case " + caseId)}; an item is carried out once."));
}
