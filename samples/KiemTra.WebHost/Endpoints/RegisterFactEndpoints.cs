using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using KiemTra.Sdk;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Discipline.Complaints;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Register;
using KiemTra.Sdk.Serialization.SystemTextJson;
using KiemTra.WebHost.Hosting;
using KiemTra.WebHost.Http;
using KiemTra.WebHost.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace KiemTra.WebHost.Endpoints;

/// <summary>A stored fact of the register: its key columns and the fact as the register document writes it.</summary>
/// <param name="Kind">The kind (section name).</param>
/// <param name="Id">The key within the kind.</param>
/// <param name="Organization">The organisation it belongs to.</param>
/// <param name="On">Its date, or null.</param>
/// <param name="Fact">The fact.</param>
internal sealed record RegisterFactResponse(string Kind, string Id, string Organization, string? On, JsonElement Fact);

/// <summary>
/// Records the facts of the register that have no workflow of their own (<i>ghi các dữ kiện khác vào sổ theo dõi</i>):
/// <c>POST /api/register/facts</c> with <c>{"kind": "assigneeReports", "fact": {…}}</c>, where <c>fact</c> is the entry of
/// that section of a register document (docs/register.md), and <c>GET /api/register/facts?organization=…&amp;kind=…</c>.
/// Every fact is read by the JSON package's register dialect (<see cref="RegisterFactJson"/>, the core's factories), then
/// added to the current register so the register's own checks (ids, links) apply before it is stored.
/// </summary>
internal static class RegisterFactEndpoints
{
    /// <summary>Kinds with endpoints of their own (a workflow, or a typed table): refused by the generic endpoint.</summary>
    private static readonly Dictionary<string, string> OwnEndpoints = new(StringComparer.Ordinal)
    {
        ["decisions"] = "/api/discipline-decisions",
        ["complaints"] = "/api/complaints",
        ["complaintResolutions"] = "/api/complaints/{id}/resolution",
    };

    /// <summary>Kinds whose date is planned (an assignment's start, a due date), not a record of what happened: it may be after today.</summary>
    private static readonly HashSet<string> PlannedKinds = new(StringComparer.Ordinal) { "assignments", "implementationPlans", "implementationReports" };

    /// <summary>The kinds the generic endpoint records.</summary>
    internal static IReadOnlyList<string> Kinds { get; } = [.. RegisterFactJson.Kinds.Where(k => !OwnEndpoints.ContainsKey(k))];

    /// <summary>Maps the endpoints.</summary>
    public static void MapRegisterFactEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/register/facts", Create).WithTags("Register").WithName("RecordRegisterFact")
            .WithSummary("Ghi một dữ kiện vào sổ theo dõi / record one fact of the register (assignment, assignee report, meeting, …)")
            .Accepts<JsonObject>("application/json")
            .Produces<RegisterFactResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        app.MapGet("/api/register/facts", List).WithTags("Register").WithName("ListRegisterFacts")
            .WithSummary("Các dữ kiện của một tổ chức / the facts recorded for an organisation, optionally of one kind")
            .Produces<IReadOnlyList<RegisterFactResponse>>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> Create(HttpContext http, KiemTraDbContext db, PartyDataset dataset, AuthorityRules authority, IClock clock, DateTimeZone zone, HostRegister register)
    {
        var (body, problem) = await RegisterFactInput.ReadObjectAsync(http);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new FieldErrors();
        var actor = ActorHeaders.Read(http.Request, errors, dataset);
        foreach (var (name, _) in body!)
        {
            if (name is not ("kind" or "fact"))
            {
                errors.Add(name, null, $"Trường '{name}' không có trong yêu cầu này (chỉ có 'kind' và 'fact').", $"The field '{name}' is not part of this request (only 'kind' and 'fact').");
            }
        }

        string? kind = null;
        if (!body.TryGetPropertyValue("kind", out var kindNode) || kindNode is null)
        {
            errors.Missing("kind");
        }
        else if (kindNode.GetValueKind() != JsonValueKind.String || kindNode.GetValue<string>() is not { } k || !Kinds.Contains(k, StringComparer.Ordinal))
        {
            var text = kindNode.GetValueKind() == JsonValueKind.String ? kindNode.GetValue<string>() : kindNode.ToJsonString();
            var own = OwnEndpoints.TryGetValue(text, out var path) ? $" ({path})" : string.Empty;
            errors.Add("kind", text, $"Loại dữ kiện không ghi qua điểm cuối này{own}; các loại: {string.Join(", ", Kinds)}.", $"Not a kind recorded through this endpoint{own}; the kinds are: {string.Join(", ", Kinds)}.");
        }
        else
        {
            kind = k;
        }

        if (!body.TryGetPropertyValue("fact", out var factNode) || factNode is null)
        {
            errors.Missing("fact");
        }

        if (errors.Any)
        {
            return Problems.Validation(http, errors.All);
        }

        var snapshot = await register.CurrentAsync(db, http.RequestAborted);
        var (fact, refused) = RegisterFactInput.Read(http, errors, "fact", kind!, factNode!, snapshot.Register);
        if (refused is not null)
        {
            return refused;
        }

        // A fact whose date records what happened (a report submitted, a meeting held, information received…) is not
        // dated after today; the planned kinds (an assignment's period, a plan's or report's due date) may lie ahead.
        if (!PlannedKinds.Contains(kind!))
        {
            Parse.RecordedDate(errors, "fact", fact!.On, clock.GetCurrentInstant().InZone(zone).Date);
            if (errors.Any)
            {
                return Problems.Validation(http, errors.All);
            }
        }

        var (added, notAdded) = RegisterFactInput.AddToRegister(http, errors, "fact", fact!, snapshot, register);
        if (notAdded is not null)
        {
            return notAdded;
        }

        var owner = Owner(fact!, added!);
        if (owner is not { } o || !dataset.Contains(o))
        {
            errors.Add("fact", owner?.Value, "Dữ kiện không thuộc tổ chức nào trong dữ liệu.", "The fact belongs to no organisation in the dataset.");
            return Problems.Validation(http, errors.All);
        }

        var today = clock.GetCurrentInstant().InZone(zone).Date;
        if (IndicatorEndpoints.Authorize(http, dataset, authority, actor!.Value, o, today, errors) is { } denied)
        {
            return denied;
        }

        var key = RegisterFactInput.Key(fact!.Id);
        if (await db.RegisterFacts.AnyAsync(f => f.Kind == kind && f.IdKey == key, http.RequestAborted))
        {
            return Conflict(http, kind!, fact.Id);
        }

        var row = new RegisterFactRecord
        {
            Kind = kind!,
            Id = fact.Id,
            IdKey = key,
            Organization = o.Value,
            On = fact.On?.ToDateOnly(),
            Fact = fact.Json,
            RecordedAt = clock.GetCurrentInstant().ToDateTimeOffset(),
            RecordedByOrganization = actor.Value.Organization.Value,
            RecordedByBody = actor.Value.Body.ToString(),
        };
        db.RegisterFacts.Add(row);
        if (await register.SaveAsync(db, http, () => Conflict(http, kind!, fact.Id)) is { } notSaved)
        {
            return notSaved;
        }

        return TypedResults.Created($"/api/register/facts?organization={Uri.EscapeDataString(row.Organization)}&kind={Uri.EscapeDataString(kind!)}", ToResponse(row));
    }

    private static async Task<IResult> List(HttpContext http, KiemTraDbContext db, PartyDataset dataset, AuthorityRules authority, IClock clock, DateTimeZone zone, string? organization, string? kind)
    {
        var errors = new FieldErrors();
        var actor = ActorHeaders.Read(http.Request, errors, dataset);
        var scope = Parse.Organization(errors, "organization", organization, dataset, required: true);
        if (kind is not null && !Kinds.Contains(kind, StringComparer.Ordinal))
        {
            errors.Add("kind", kind, $"Loại dữ kiện không có; các loại: {string.Join(", ", Kinds)}.", $"Unknown kind; the kinds are: {string.Join(", ", Kinds)}.");
        }

        if (errors.Any)
        {
            return Problems.Validation(http, errors.All);
        }

        var today = clock.GetCurrentInstant().InZone(zone).Date;
        if (IndicatorEndpoints.Authorize(http, dataset, authority, actor!.Value, scope!.Value, today, errors) is { } denied)
        {
            return denied;
        }

        var query = db.RegisterFacts.AsNoTracking().Where(f => f.Organization == scope.Value.Value);
        if (kind is not null)
        {
            query = query.Where(f => f.Kind == kind);
        }

        var rows = await query.ToListAsync(http.RequestAborted);
        return TypedResults.Ok(rows.OrderBy(r => r.Kind, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal).Select(ToResponse).ToArray());
    }

    /// <summary>The organisation a fact belongs to: the one it names, or the one of the fact it links (assignment, recommendation, case, plan).</summary>
    private static OrganizationId? Owner(RegisterFact fact, WorkRegister register) => fact.Organization ?? (fact.Kind == "recoveryAmounts"
        ? register.Recommendations.FirstOrDefault(r => r.Id.Value == fact.Id)?.Addressee
        : fact.Value switch
    {
        AssigneeReport r => register.Assignments.FirstOrDefault(a => a.Id == r.AssignmentId)?.AssignedBy.Organization,
        LocalityFile f => register.Assignments.FirstOrDefault(a => a.Id == f.AssignmentId)?.AssignedBy.Organization,
        CaseFinding f => register.FindCase(f.CaseId)?.ConductedBy,
        ImplementationReport r => register.ImplementationPlans.FirstOrDefault(p => p.Id == r.PlanId)?.Organization,
        _ => null,
    });

    private static RegisterFactResponse ToResponse(RegisterFactRecord row) =>
        new(row.Kind, row.Id, row.Organization, row.On is { } on ? Iso.Date(LocalDate.FromDateOnly(on)) : null, JsonDocument.Parse(row.Fact).RootElement.Clone());

    private static IResult Conflict(HttpContext http, string kind, string id) =>
        Problems.Conflict(http, LocalizedText.Of($"Đã có dữ kiện loại '{kind}' mã '{id}' (không phân biệt chữ hoa, chữ thường).", $"A fact of kind '{kind}' with the id '{id}' already exists (ids are compared regardless of letter case)."));
}

/// <summary>
/// Reads a request's fact through the register dialect (<see cref="RegisterFactJson"/>) and checks it against the current
/// register (<i>đọc và kiểm tra dữ kiện</i>); every refusal is a 400 naming the field (the JSON pointer under the request's
/// field) and a prefix of the value.
/// </summary>
internal static class RegisterFactInput
{
    /// <summary>
    /// The request body as a JSON object (the register dialect reads the fact itself); a repeated property, which the JSON
    /// object model refuses with an exception of its own, is a 400 naming the body.
    /// </summary>
    public static async Task<(JsonObject? Body, IResult? Problem)> ReadObjectAsync(HttpContext http)
    {
        try
        {
            var read = await JsonBody.ReadAsync<JsonObject>(http);
            Materialize(read.Value); // the object model builds its dictionaries lazily: a repeated property throws here, not later
            return read;
        }
        catch (ArgumentException)
        {
            var errors = new FieldErrors();
            errors.Add("$", null, "Một thuộc tính xuất hiện hai lần trong nội dung JSON.", "A property appears twice in the JSON body.");
            return (null, Problems.Validation(http, errors.All));
        }
    }

    private static void Materialize(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (_, child) in o)
                {
                    Materialize(child);
                }

                break;
            case JsonArray a:
                foreach (var child in a)
                {
                    Materialize(child);
                }

                break;
        }
    }

    /// <summary>The case-insensitive key of an id (upper case, invariant).</summary>
    public static string Key(string id) => id.ToUpperInvariant();

    /// <summary>Reads <paramref name="node"/> as a fact of <paramref name="kind"/>; decisions and complaints are looked up in <paramref name="register"/>.</summary>
    /// <summary>
    /// The common start of a write of one fact with an endpoint of its own: the body as a JSON object, the acting body, the
    /// current register and the fact read from the body against it; or the problem that stops the write.
    /// </summary>
    public static async Task<((JsonObject Body, ActingBody? Actor, RegisterSnapshot Snapshot, RegisterFact Fact)? Write, IResult? Problem)> ReadWriteAsync(
        HttpContext http, FieldErrors errors, KiemTraDbContext db, PartyDataset dataset, HostRegister register, string field, string kind)
    {
        var (body, problem) = await ReadObjectAsync(http);
        if (problem is not null)
        {
            return (null, problem);
        }

        var actor = ActorHeaders.Read(http.Request, errors, dataset);
        if (errors.Any)
        {
            return (null, Problems.Validation(http, errors.All));
        }

        var snapshot = await register.CurrentAsync(db, http.RequestAborted);
        var (fact, refused) = Read(http, errors, field, kind, body!, snapshot.Register);
        return refused is not null ? (null, refused) : ((body!, actor, snapshot, fact!), null);
    }

    // atBodyRoot: the fact is the request body itself, so a refusal names the body's field (outcome) rather than field/outcome.
    public static (RegisterFact? Fact, IResult? Problem) Read(HttpContext http, FieldErrors errors, string field, string kind, JsonNode node, WorkRegister register, bool atBodyRoot = false)
    {
        try
        {
            var fact = RegisterFactJson.Read(kind, Encoding.UTF8.GetBytes(node.ToJsonString()), field, register.FindDecision, id => register.Complaints.FirstOrDefault(c => c.Id == id));
            return (fact, null);
        }
        catch (KiemTra.Sdk.Diagnostics.DataFormatException ex)
        {
            var named = FieldOf(field, ex.Message);
            errors.Add(atBodyRoot && named.StartsWith(field + "/", StringComparison.Ordinal) ? named[(field.Length + 1)..].Replace('/', '.') : named, null, $"Dữ kiện không hợp lệ: {ex.Message}", $"The fact is invalid: {ex.Message}", ex.Code);
            return (null, Problems.Validation(http, errors.All));
        }
    }

    /// <summary>Adds the fact to a builder made from the register and builds it (ids, links); the built register, or a 400 naming the field.</summary>
    public static (WorkRegister? Register, IResult? Problem) AddToRegister(HttpContext http, FieldErrors errors, string field, RegisterFact fact, RegisterSnapshot snapshot, HostRegister register) =>
        Check(http, errors, field, fact.AddTo, snapshot, register);

    /// <summary>
    /// Adds facts to a builder made from the current register, builds it (ids, links) and projects it onto the organisation
    /// tree (bodies, organisations), so that what is stored always rebuilds; the built register, or a 400 naming the field.
    /// </summary>
    public static (WorkRegister? Register, IResult? Problem) Check(HttpContext http, FieldErrors errors, string field, Func<WorkRegisterBuilder, WorkRegisterBuilder> add, RegisterSnapshot snapshot, HostRegister register)
    {
        try
        {
            var built = add(snapshot.Register.ToBuilder()).Build();
            _ = register.Organizations.WithRegister(snapshot.AsOf, built);
            return (built, null);
        }
        catch (ArgumentException ex)
        {
            var message = ex.Message.Split(" (Parameter", 2)[0];
            errors.Add(ex.ParamName is { Length: > 0 } p && p != "records" ? $"{field}.{p}" : field, null, $"Sổ theo dõi không nhận dữ kiện: {message}", $"The register refuses the fact: {message}");
            return (null, Problems.Validation(http, errors.All));
        }
    }

    /// <summary>The request field named by a register-dialect error: <c>fact/submittedOn</c> from "fact: /submittedOn (line 1): …".</summary>
    private static string FieldOf(string field, string message)
    {
        var rest = message.StartsWith(field + ": ", StringComparison.Ordinal) ? message[(field.Length + 2)..] : message;
        var end = rest.IndexOfAny([' ', ':']);
        var pointer = end > 0 ? rest[..end] : string.Empty;
        return pointer.StartsWith('/') && pointer.Length > 1 ? field + pointer : field;
    }
}
