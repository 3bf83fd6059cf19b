using System.Globalization;
using System.Text.Json;
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
using KiemTra.WebHost.Security;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace KiemTra.WebHost.Endpoints;

/// <summary>Response: a case.</summary>
/// <param name="Title">Its title (NFC; kept by this host, the SDK's case has none).</param>
/// <param name="Case">
/// The SDK's case written by the JSON package: <c>id</c>, <c>activity</c>, <c>typeCode</c>, <c>conductedBy</c>, <c>body</c>,
/// <c>subjects</c> (each <c>member</c> or <c>organization</c>), <c>plan</c>, <c>team</c>, <c>conclusion</c>, <c>origin</c>,
/// <c>handedOverTo</c>, <c>reviews</c>, <c>history</c> (its state is the <c>stateAfter</c> of the last step) and <c>disciplineOutcomes</c>.
/// </param>
/// <param name="AllowedSteps">The steps the SDK's state machine allows now that this host records (the package does not write them).</param>
/// <param name="LinkedCases">Cases stored as opened from this one (an inspection it handed over to, the case that took it up).</param>
internal sealed record CaseResponse(string Title, OversightCase Case, IReadOnlyList<CaseStep> AllowedSteps, IReadOnlyList<RecordId<OversightCase>> LinkedCases);

/// <summary>
/// Response: a row of the case list, read from the stored columns (the cases are not rebuilt for a list). The SDK's
/// values are written by the JSON package, in its field names and spellings.
/// </summary>
/// <param name="Id">Id.</param>
/// <param name="Title">Title (NFC; kept by this host).</param>
/// <param name="Activity">Activity.</param>
/// <param name="TypeCode">Type code.</param>
/// <param name="ConductedBy">Conducting organisation.</param>
/// <param name="Body">Conducting body.</param>
/// <param name="Subjects">Subjects (each <c>member</c> or <c>organization</c>).</param>
/// <param name="OpenedOn">Opening date.</param>
/// <param name="State">Current state.</param>
internal sealed record CaseRow(RecordId<OversightCase> Id, string Title, ActivityKind Activity, string TypeCode, OrganizationId ConductedBy, BodyKind Body,
    IReadOnlyList<OversightSubject> Subjects, LocalDate OpenedOn, CaseState State);

/// <summary>Response: a page of cases.</summary>
/// <param name="Total">Cases matching the filter.</param>
/// <param name="Skip">Skipped.</param>
/// <param name="Items">The page (ordered by id).</param>
internal sealed record CaseListResponse(int Total, int Skip, IReadOnlyList<CaseRow> Items);

/// <summary>
/// <c>POST /api/cases</c> (open), <c>GET /api/cases</c>, <c>GET /api/cases/{id}</c>, <c>POST /api/cases/{id}/steps</c>
/// (advance through the SDK's state machine). Writes are checked against <see cref="AuthorityRules"/> for the acting
/// body named by <see cref="ActorHeaders"/> (<see cref="StepAuthority"/> for the steps).
/// </summary>
internal static class CaseEndpoints
{
    /// <summary>Maps the endpoints.</summary>
    public static void MapCaseEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/cases").WithTags("Cases");
        group.MapPost("/", Create).WithName("OpenCase").WithSummary("Mở cuộc kiểm tra, giám sát / open a case")
            .Accepts<OversightCaseDraft>("application/json")
            .Produces<CaseResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", List).WithName("ListCases").WithSummary("Danh sách hồ sơ / list cases")
            .Produces<CaseListResponse>().ProducesProblem(StatusCodes.Status400BadRequest);
        group.MapGet("/{id}", Show).WithName("ShowCase").WithSummary("Một hồ sơ và diễn biến / one case with its history")
            .Produces<CaseResponse>().ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id}/steps", Advance).WithName("AdvanceCase").WithSummary("Ghi nhận bước tiếp theo / record the next step")
            .Accepts<CaseStepDraft>("application/json")
            .Produces<CaseResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
    }


    private static async Task<IResult> Create(HttpContext http, KiemTraDbContext db, PartyDataset dataset, AuthorityRules authority, OversightCatalogs catalogs, IClock clock, DateTimeZone zone, HostRegister register,
        FluentValidation.IValidator<OversightCaseDraft> validator)
    {
        // The request model is the validation package's draft, read through the JSON package's converters (dates, enum
        // names) and checked by its validator (the SDK's identifier rules, the activity's catalogue, subjects, today).
        var (request, problem) = await JsonBody.ReadAsync<OversightCaseDraft>(http);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new FieldErrors();
        var actor = ActorHeaders.Read(http.Request, errors, dataset);
        if (request!.Subjects is { Count: > HostLimits.MaxSubjectsPerCase } many)
        {
            CaseSteps.TooManySubjects(errors, "subjects", many.Count);
            return Problems.Validation(http, errors.All);
        }

        if (!validator.Check(http, request, errors))
        {
            return Problems.Validation(http, errors.All);
        }

        // What only this host checks: the date within the register's years, the subjects in its dataset. A member id
        // the dataset does not hold is refused as a member outside the body's authority (same status and detail).
        var today = clock.GetCurrentInstant().InZone(zone).Date;
        Parse.RecordedDate(errors, "openedOn", request.OpenedOn, today);
        var subjects = new List<OversightSubject>();
        var unknownMembers = new List<string>();
        for (var i = 0; i < request.Subjects!.Count; i++)
        {
            var field = string.Create(CultureInfo.InvariantCulture, $"subjects[{i}]");
            var s = request.Subjects[i];
            if (s.Organization is not null && Parse.Organization(errors, field + ".organization", s.Organization, dataset, required: true) is { } org)
            {
                subjects.Add(OversightSubject.Of(org));
            }
            else if (s.Member is not null && Parse.Member(errors, field + ".member", s.Member, dataset, unknownMembers) is { } member)
            {
                subjects.Add(OversightSubject.Of(member));
            }
        }

        if (errors.Any)
        {
            return Problems.Validation(http, errors.All);
        }

        if (unknownMembers.Count > 0)
        {
            return Problems.MemberOutsideAuthority(http, actor!.Value, request.Activity!.Value, unknownMembers[0], request.OpenedOn!.Value);
        }

        OversightCase opened;
        try
        {
            opened = request.Open(actor!.Value, catalogs, authority);
        }
        catch (AuthorityDeniedException ex)
        {
            // The SDK refuses a case on a subject outside the body's jurisdiction: the first denial, with its rule.
            return Problems.Forbidden(http, ex);
        }
        catch (RuleNotFoundException ex)
        {
            errors.Add("openedOn", Iso.Date(request.OpenedOn!.Value), $"Không có quy định thẩm quyền có hiệu lực vào ngày này: {ex.Message}", $"No authority rule was in force on that date: {ex.Message}");
            return Problems.Validation(http, errors.All);
        }

        var id = opened.Id.Value;
        var title = request.Title!;
        var openedOn = request.OpenedOn!.Value;
        if (await IdTakenAsync(db, register, id, http.RequestAborted) is { } taken)
        {
            return IdTaken(http, id, taken);
        }

        ProgramItemRecord? item = null;
        if (request.ProgramItem is { } itemRef)
        {
            var (found, itemProblem) = await ProgramEndpoints.FindItemToLink(http, db, itemRef.Program, itemRef.Item, "programmeItem", opened, actor.Value);
            if (itemProblem is not null)
            {
                return itemProblem;
            }

            item = found;
        }

        var record = new CaseRecord
        {
            Id = id,
            IdKey = CaseRecord.KeyOf(id),
            Title = title,
            Activity = opened.Activity.ToString(),
            TypeCode = opened.TypeCode,
            ConductedBy = opened.ConductedBy.Value,
            Body = opened.Body.ToString(),
            Subjects = CaseReplay.Store(opened.Subjects),
            OpenedOn = openedOn.ToDateOnly(),
            State = opened.State.ToString(),
            CreatedAt = clock.GetCurrentInstant().ToDateTimeOffset(),
        };
        db.Cases.Add(record);
        if (item is not null)
        {
            // The case and the link are stored in one transaction; a concurrent link of the same item makes this a 409.
            item.CaseId = record.Id;
            item.LinkedAt = record.CreatedAt;
        }

        if (await register.SaveAsync(db, http, LocalizedText.Of(
                $"Đã có hồ sơ mã '{id}' (có thể khác chữ hoa, chữ thường), hoặc nội dung kế hoạch vừa được gắn với hồ sơ khác.",
                $"A case with the id '{id}' already exists (perhaps in other letter case), or the programme item was just linked to another case.")) is { } refused)
        {
            return refused;
        }

        return TypedResults.Created($"/api/cases/{Uri.EscapeDataString(record.Id)}", ToResponse(record, opened, []));
    }

    private static async Task<IResult> List(HttpContext http, KiemTraDbContext db, PartyDataset dataset, OversightCatalogs catalogs, Jurisdiction jurisdiction, string? conductedBy, string? state, string? skip, string? take)
    {
        var errors = new FieldErrors();
        var actor = ActorHeaders.Read(http.Request, errors, dataset);
        var org = Parse.Organization(errors, "conductedBy", conductedBy, dataset, required: false);
        var caseState = Parse.Enum<CaseState>(errors, "state", state, required: false);

        // Read as text, not bound as int: "abc" or 99999999999 is then a 400 naming the parameter, not the framework's bare 400.
        var skipValue = Whole(errors, "skip", skip, 0, int.MaxValue, "'skip' phải là số nguyên không âm.", "'skip' must be a whole number, not negative.") ?? 0;
        var takeValue = Whole(errors, "take", take, 1, 200, "'take' phải là số nguyên từ 1 đến 200.", "'take' must be a whole number from 1 to 200.") ?? 50;
        if (errors.Any)
        {
            return Problems.Validation(http, errors.All);
        }

        var query = db.Cases.AsNoTracking();
        if (org is { } o)
        {
            query = query.Where(c => c.ConductedBy == o.Value);
        }

        if (caseState is { } st)
        {
            var name = st.ToString();
            query = query.Where(c => c.State == name);
        }

        // Only the cases within the acting body's jurisdiction are listed, counted and paged (Security/Jurisdiction.cs).
        var visible = (await query.OrderBy(c => c.Id).ToListAsync(http.RequestAborted)).Where(r => jurisdiction.Sees(actor!.Value, r)).ToList();
        var page = visible.Skip(skipValue).Take(takeValue);
        return TypedResults.Ok(new CaseListResponse(visible.Count, skipValue, page.Select(ToRow).ToArray()));
    }

    private static async Task<IResult> Show(HttpContext http, KiemTraDbContext db, PartyDataset dataset, AuthorityRules authority, OversightCatalogs catalogs, Jurisdiction jurisdiction, string id)
    {
        var errors = new FieldErrors();
        var actor = ActorHeaders.Read(http.Request, errors, dataset);
        if (actor is null)
        {
            return Problems.Validation(http, errors.All);
        }

        var (record, origins) = await LoadWithOrigins(db, id, http.RequestAborted);
        if (record is null || !jurisdiction.Sees(actor.Value, record))
        {
            return NotFound(http, id);
        }

        return TypedResults.Ok(ToResponse(record, CaseReplay.Rebuild(record, origins, dataset, authority, catalogs), await LinkedCases(db, record.Id, http.RequestAborted)));
    }

    private static async Task<IResult> Advance(HttpContext http, KiemTraDbContext db, PartyDataset dataset, AuthorityRules authority, OversightCatalogs catalogs, IClock clock, HostRegister register, Jurisdiction jurisdiction,
        FluentValidation.IValidator<CaseStepDraft> validator, string id)
    {
        // The request model is the validation package's draft, read through the JSON package and checked by its validator.
        var (request, problem) = await JsonBody.ReadAsync<CaseStepDraft>(http);
        if (problem is not null)
        {
            return problem;
        }

        var (record, origins) = await LoadWithOrigins(db, id, http.RequestAborted);
        if (record is null)
        {
            return NotFound(http, id);
        }

        var errors = new FieldErrors();
        var actor = ActorHeaders.Read(http.Request, errors, dataset);
        if (actor is { } reader && !jurisdiction.Sees(reader, record))
        {
            return NotFound(http, id); // outside the body's jurisdiction: as if it did not exist
        }

        if (!validator.Check(http, request!, errors))
        {
            return Problems.Validation(http, errors.All);
        }

        // What only this host checks: the date within the register's years, the ids in its dataset.
        Parse.RegisterDate(errors, "on", request!.On);
        var step = errors.Any ? null : CaseSteps.Parse(request, errors, dataset, catalogs, authority, actor?.Organization);
        if (errors.Any || step is null || actor is null)
        {
            return Problems.Validation(http, errors.All);
        }

        if (StepLimit(http, record, step.Step) is { } full)
        {
            return full;
        }

        var current = CaseReplay.Rebuild(record, origins, dataset, authority, catalogs);
        if (StepAuthority.Check(http, dataset, authority, actor.Value, current, step, errors) is { } denied)
        {
            return denied;
        }

        if (step.OpensCase is { } opens && await IdTakenAsync(db, register, opens.Id, http.RequestAborted) is { } taken)
        {
            return IdTaken(http, opens.Id, taken);
        }

        StepOutcome outcome;
        try
        {
            outcome = step.Apply(current);
        }
        catch (IllegalCaseTransitionException ex)
        {
            return Problems.Conflict(
                http,
                LocalizedText.Of(
                    $"Hồ sơ {ex.CaseId} đang ở trạng thái {ex.State}: không thể thực hiện bước {ex.AttemptedStep}. Các bước được phép: {string.Join(", ", ex.AllowedSteps)}.",
                    $"Case {ex.CaseId} is in state {ex.State}: the step {ex.AttemptedStep} is not allowed. Allowed steps: {string.Join(", ", ex.AllowedSteps)}."),
                new Dictionary<string, object?> { ["state"] = ex.State.ToString(), ["allowedSteps"] = ex.AllowedSteps.Select(s => s.ToString()).ToArray() });
        }
        catch (ArgumentException ex)
        {
            var field = ex.ParamName is "on" or null ? "on" : ex.ParamName;
            errors.Add(field, field == "on" ? Iso.Date(request.On) : null, $"Không ghi nhận được bước: {ex.Message}", $"The step cannot be recorded: {ex.Message}");
            return Problems.Validation(http, errors.All);
        }

        var sequence = record.Steps.Count + 1;
        var now = clock.GetCurrentInstant().ToDateTimeOffset();
        record.Steps.Add(new CaseStepRecord
        {
            CaseId = record.Id,
            Sequence = sequence,
            Step = step.Step.ToString(),
            On = step.On.ToDateOnly(),
            ActingOrganization = actor.Value.Organization.Value,
            ActingBody = actor.Value.Body.ToString(),
            Payload = JsonSerializer.Serialize(step.Normalized, CaseReplay.PayloadOptions),
            RecordedAt = now,
        });
        record.State = outcome.Case.State.ToString();

        // The typed outcome of a discipline step, as columns, in the same transaction as the step (the step replays to it).
        if (step.Step == CaseStep.RecordDiscipline && outcome.Case.DisciplineOutcomes.Count > current.DisciplineOutcomes.Count)
        {
            var d = outcome.Case.DisciplineOutcomes[^1];
            db.CaseDiscipline.Add(new CaseDisciplineRecord
            {
                CaseId = record.Id,
                Sequence = sequence,
                SubjectKind = d.Subject.IsMember ? "member" : "org",
                SubjectId = d.Subject.Id,
                Form = KiemTra.Sdk.Discipline.DisciplineRules.FormCode(d.Form),
                Decided = d.Decided,
                Reference = d.Reference,
                On = d.On.ToDateOnly(),
                DecisionId = d.DecisionId?.Value,
            });
        }

        // A hand-over or take-up opens the linked case in the same transaction as the step: both are stored or neither.
        if (outcome.Opened is { } opened)
        {
            db.Cases.Add(new CaseRecord
            {
                Id = opened.Id.Value,
                IdKey = CaseRecord.KeyOf(opened.Id.Value),
                Title = step.OpensCase!.Value.Title,
                Activity = opened.Activity.ToString(),
                TypeCode = opened.TypeCode,
                ConductedBy = opened.ConductedBy.Value,
                Body = opened.Body.ToString(),
                Subjects = CaseReplay.Store(opened.Subjects),
                OpenedOn = opened.History[0].On.ToDateOnly(),
                State = opened.State.ToString(),
                CreatedAt = now,
                OriginCaseId = record.Id,
                OriginSequence = sequence,
            });
        }

        if (await register.SaveAsync(db, http, LocalizedText.Of(
                $"Hồ sơ {record.Id} vừa được cập nhật bởi một yêu cầu khác (hoặc mã hồ sơ mới đã được dùng); hãy tải lại và thử lại.",
                $"Case {record.Id} was just updated by another request (or the new case id was just taken); reload it and try again.")) is { } refused)
        {
            return refused;
        }

        return TypedResults.Ok(ToResponse(record, outcome.Case, await LinkedCases(db, record.Id, http.RequestAborted)));
    }

    /// <summary>
    /// The id of a case already stored or in the seed that equals <paramref name="id"/> regardless of letter case, or null.
    /// The unique index on <see cref="CaseRecord.IdKey"/> decides between two concurrent requests; this check gives the
    /// usual answer a clear message.
    /// </summary>
    private static async Task<string?> IdTakenAsync(KiemTraDbContext db, HostRegister register, string id, CancellationToken cancellationToken)
    {
        var key = CaseRecord.KeyOf(id);
        var exact = RecordId<OversightCase>.TryFrom(id, out var typed) ? register.Seed.Register.FindCase(typed) : null;
        var seeded = (exact ?? register.Seed.Register.Cases.FirstOrDefault(c => CaseRecord.KeyOf(c.Id.Value) == key))?.Id.Value;
        return seeded ?? await db.Cases.AsNoTracking().Where(c => c.IdKey == key).Select(c => c.Id).FirstOrDefaultAsync(cancellationToken);
    }

    private static IResult IdTaken(HttpContext http, string id, string taken) =>
        Problems.Conflict(http, taken == id
            ? LocalizedText.Of($"Đã có hồ sơ mã '{id}'.", $"A case with the id '{id}' already exists.")
            : LocalizedText.Of($"Đã có hồ sơ mã '{taken}': mã hồ sơ không phân biệt chữ hoa, chữ thường, nên '{id}' là cùng một mã.", $"A case with the id '{taken}' already exists: case ids are the same regardless of letter case, so '{id}' is that id."));

    /// <summary>409 when the case already holds <see cref="HostLimits.MaxStepsPerCase"/> steps or as many of this step as <see cref="HostLimits.MaxRepeats"/> allows; null otherwise.</summary>
    private static IResult? StepLimit(HttpContext http, CaseRecord record, CaseStep step)
    {
        if (record.Steps.Count >= HostLimits.MaxStepsPerCase)
        {
            return Problems.Conflict(http, LocalizedText.Of(
                $"Hồ sơ {record.Id} đã có {record.Steps.Count} bước, mức tối đa của một hồ sơ.",
                $"Case {record.Id} already has {record.Steps.Count} steps, the most one case may hold."),
                new Dictionary<string, object?> { ["limit"] = HostLimits.MaxStepsPerCase });
        }

        var name = step.ToString();
        var max = HostLimits.MaxRepeats(step);
        var count = record.Steps.Count(s => s.Step == name);
        return count < max
            ? null
            : Problems.Conflict(http, LocalizedText.Of(
                $"Hồ sơ {record.Id} đã ghi nhận bước {name} {count} lần, mức tối đa của một hồ sơ.",
                $"Case {record.Id} has already recorded the step {name} {count} times, the most one case may hold."),
                new Dictionary<string, object?> { ["limit"] = max });
    }

    /// <summary>The first subject the actor may not act on, as a 403 citing the rule; null when every subject is within its authority.</summary>
    internal static IResult? Authorize(HttpContext http, AuthorityRules authority, ActingBody actor, OversightCase oversight, LocalDate on, FieldErrors errors, string dateField = "openedOn")
    {
        foreach (var subject in oversight.Subjects)
        {
            var target = subject;
            Ruling decision;
            try
            {
                decision = authority.Decide(actor, oversight.Activity, target, on);
            }
            catch (RuleNotFoundException ex)
            {
                errors.Add(dateField, Iso.Date(on), $"Không có quy định thẩm quyền có hiệu lực vào ngày này: {ex.Message}", $"No authority rule was in force on that date: {ex.Message}");
                return Problems.Validation(http, errors.All);
            }

            if (!decision.Holds)
            {
                return Problems.Forbidden(http, decision, actor, oversight.Activity, target, on);
            }
        }

        return null;
    }

    private static Task<CaseRecord?> Load(KiemTraDbContext db, string id, CancellationToken cancellationToken)
    {
        // An id the SDK's rule refuses names no case; the rule also brings the id to NFC.
        if (!RecordId<OversightCase>.TryFrom(id, out var caseId))
        {
            return Task.FromResult<CaseRecord?>(null);
        }

        var normalized = caseId.Value;
        return db.Cases.Include(c => c.Steps).FirstOrDefaultAsync(c => c.Id == normalized, cancellationToken);
    }

    private static int? Whole(FieldErrors errors, string field, string? text, int min, int max, string vietnamese, string english)
    {
        if (text is null)
        {
            return null;
        }

        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max)
        {
            return value;
        }

        errors.Add(field, text, vietnamese, english);
        return null;
    }

    /// <summary>The case and every case it was opened from (hand-over, take-up), transitively, with their steps.</summary>
    internal static async Task<(CaseRecord? Record, Dictionary<string, CaseRecord> Origins)> LoadWithOrigins(KiemTraDbContext db, string id, CancellationToken cancellationToken)
    {
        var record = await Load(db, id, cancellationToken);
        var origins = new Dictionary<string, CaseRecord>(StringComparer.Ordinal);
        var next = record?.OriginCaseId;
        while (next is not null && !origins.ContainsKey(next))
        {
            var origin = await db.Cases.Include(c => c.Steps).FirstOrDefaultAsync(c => c.Id == next, cancellationToken);
            if (origin is null)
            {
                break;
            }

            origins[origin.Id] = origin;
            next = origin.OriginCaseId;
        }

        return (record, origins);
    }

    private static async Task<IReadOnlyList<RecordId<OversightCase>>> LinkedCases(KiemTraDbContext db, string id, CancellationToken cancellationToken) =>
        (await db.Cases.AsNoTracking().Where(c => c.OriginCaseId == id).OrderBy(c => c.Id).Select(c => c.Id).ToListAsync(cancellationToken)).Select(RecordId<OversightCase>.From).ToArray();

    private static IResult NotFound(HttpContext http, string id) =>
        Problems.NotFound(http, LocalizedText.Of($"Không có hồ sơ mã '{id}'.", $"There is no case with the id '{id}'."));

    private static CaseResponse ToResponse(CaseRecord record, OversightCase oversight, IReadOnlyList<RecordId<OversightCase>> linkedCases) =>
        new(record.Title, oversight, oversight.AllowedSteps.Where(CaseSteps.Supported.Contains).ToArray(), linkedCases);

    private static CaseRow ToRow(CaseRecord record) =>
        new(
            RecordId<OversightCase>.From(record.Id),
            record.Title,
            Enum.Parse<ActivityKind>(record.Activity),
            record.TypeCode,
            OrganizationId.From(record.ConductedBy),
            Enum.Parse<BodyKind>(record.Body),
            CaseReplay.Subjects(record),
            LocalDate.FromDateOnly(record.OpenedOn),
            Enum.Parse<CaseState>(record.State));
}
