using System.Globalization;
using KiemTra.Sdk;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.FluentValidation.Denunciations;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Register;
using KiemTra.Sdk.Rules;
using KiemTra.WebHost.Hosting;
using KiemTra.WebHost.Http;
using KiemTra.WebHost.Persistence;
using KiemTra.WebHost.Security;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace KiemTra.WebHost.Endpoints;

/// <summary>A denunciation as verifiers see it: the informant's identity is withheld.</summary>
/// <param name="Denunciation">
/// The SDK's denunciation written by the JSON package as its verifiers' copy: <c>id</c>, <c>subject</c>, <c>source</c>,
/// <c>informantWithheld</c>, <c>allegations</c>, <c>receipts</c> (who received it, when) and <c>intake</c> (or null).
/// </param>
/// <param name="Stage">Where it stands: <c>Received</c>, the intake decision when not accepted, <c>Verification</c>, <c>Concluded</c>.</param>
/// <param name="ReceivedByBody">The body of the receiving organisation that recorded it (this host's fact).</param>
/// <param name="IntakeOn">The day of the intake decision, or null (this host's record; the SDK's intake holds no date).</param>
/// <param name="CaseId">The case it is linked to, or null (this host's link).</param>
internal sealed record DenunciationResponse(Denunciation Denunciation, string Stage, string ReceivedByBody, string? IntakeOn, string? CaseId);

/// <summary>The informant's identity, for the body that received the denunciation, after the access was audited.</summary>
internal sealed record InformantIdentityResponse(string DenunciationId, string FullName, string? Address, string? Contact, long AccessId);

/// <summary>
/// Denunciations in the web host (<i>tố cáo</i>, R-D6): received (the informant's identity sealed with Data Protection),
/// taken in or not by the SDK's intake policy of the day, each allegation concluded after verification. Every response is
/// the verifiers' copy; the identity is read only through <c>POST /api/denunciations/{id}/informant-access</c>, by the body
/// that received it, for a stated purpose, recorded through the SDK's <see cref="IInformantAccessAudit"/> in the same
/// transaction.
/// </summary>
internal static class DenunciationEndpoints
{
    /// <summary>At most this many allegations in one denunciation.</summary>
    public const int MaxAllegations = 50;

    /// <summary>The most non-acceptance grounds an intake request may list (a bound on the request, checked before validation).</summary>
    public const int MaxGrounds = 8;

    /// <summary>Maps the endpoints.</summary>
    public static void MapDenunciationEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/denunciations", Receive).WithTags("Denunciations").WithName("ReceiveDenunciation")
            .WithSummary("Tiếp nhận đơn tố cáo / receive a denunciation").Accepts<DenunciationDraft>("application/json")
            .Produces<DenunciationResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status409Conflict);
        app.MapGet("/api/denunciations/{id}", Show).WithTags("Denunciations").WithName("ShowDenunciation")
            .WithSummary("Một đơn tố cáo (bản cho người xác minh) / one denunciation (verifiers' copy)").Produces<DenunciationResponse>()
            .ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/api/denunciations", List).WithTags("Denunciations").WithName("ListDenunciations")
            .WithSummary("Các đơn tố cáo một tổ chức đã nhận / denunciations an organisation received").Produces<IReadOnlyList<DenunciationResponse>>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden);
        app.MapPost("/api/denunciations/{id}/intake", Intake).WithTags("Denunciations").WithName("AssessDenunciation")
            .WithSummary("Thụ lý hoặc không thụ lý / take a denunciation in (or not)").Accepts<DenunciationIntakeDraft>("application/json")
            .Produces<DenunciationResponse>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        app.MapPost("/api/denunciations/{id}/conclusions", Conclude).WithTags("Denunciations").WithName("ConcludeAllegation")
            .WithSummary("Kết luận một nội dung tố cáo / conclude one allegation after verification").Accepts<AllegationConclusionDraft>("application/json")
            .Produces<DenunciationResponse>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);
        app.MapPost("/api/denunciations/{id}/informant-access", Reveal).WithTags("Denunciations").WithName("RevealInformant")
            .WithSummary("Truy cập danh tính người tố cáo (có ghi nhật ký) / read the informant's identity, for a stated purpose (audited)")
            .Accepts<InformantAccessDraft>("application/json").Produces<InformantIdentityResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status403Forbidden).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> Receive(HttpContext http, KiemTraDbContext db, PartyDataset dataset, AuthorityRules authority, InformantVault vault, IClock clock, DateTimeZone zone, HostRegister register,
        FluentValidation.IValidator<DenunciationDraft> validator)
    {
        // The request model is the validation package's draft, checked by its validator (no failure repeats the informant
        // or the denounced member); the host adds its limit on allegations, its dataset and the register's years.
        var (request, problem) = await JsonBody.ReadAsync<DenunciationDraft>(http);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new FieldErrors();
        var actor = ActorHeaders.Read(http.Request, errors, dataset);
        if (request!.Allegations is { Count: > MaxAllegations } many)
        {
            errors.Add("allegations", many.Count.ToString(CultureInfo.InvariantCulture), $"Tối đa {MaxAllegations} nội dung tố cáo.", $"At most {MaxAllegations} allegations.");
            return Problems.Validation(http, errors.All);
        }

        if (!validator.Check(http, request, errors))
        {
            return Problems.Validation(http, errors.All);
        }

        var receivedOn = request.ReceivedOn!.Value;
        Parse.RecordedDate(errors, "receivedOn", receivedOn, clock.GetCurrentInstant().InZone(zone).Date);
        var unknownMembers = new List<string>();
        if (request.Subject!.Organization is { } organization)
        {
            Parse.Organization(errors, "subject.organization", organization, dataset, required: true);
        }
        else
        {
            Parse.Member(errors, "subject.member", request.Subject.Member, dataset, unknownMembers);
        }

        if (errors.Any)
        {
            return Problems.Validation(http, errors.All);
        }

        // A member id the dataset does not hold is refused as a member outside the body's authority (same status and detail).
        if (unknownMembers.Count > 0)
        {
            return Problems.MemberOutsideAuthority(http, actor!.Value, ActivityKind.DenunciationResolution, unknownMembers[0], receivedOn);
        }

        RecordId<OversightCase>? caseId = request.CaseId is null ? null : RecordId<OversightCase>.From(request.CaseId);
        var informant = request.Informant;
        Denunciation denunciation;
        try
        {
            denunciation = request.ToDenunciation(actor!.Value.Organization, receiverIsCompetent: true);
        }
        catch (ArgumentException ex)
        {
            // The SDK's messages never quote the informant's identity; the value echoed is never an informant field.
            var field = ex.ParamName switch
            {
                "informant" or "fullName" or "address" or "contact" => "informant",
                "allegations" => "allegations",
                "id" => "id",
                _ => "subject",
            };
            errors.Add(field, field == "informant" ? null : request.Id, $"Không tiếp nhận được đơn: {Message(ex)}", $"The denunciation cannot be received: {Message(ex)}");
            return Problems.Validation(http, errors.All);
        }

        if (!dataset.BodiesOf(actor!.Value.Organization).Any(b => b.Kind == actor.Value.Body))
        {
            return Problems.Forbidden(http, LocalizedText.Of(
                $"{actor.Value.Organization} không có {actor.Value.Body}: không thể nhân danh chủ thể này.",
                $"{actor.Value.Organization} has no {actor.Value.Body}: nobody can act as that body."));
        }

        if (DisciplineRegisterEndpoints.Decide(http, errors, authority, actor.Value, ActivityKind.DenunciationResolution, DisciplineRegisterEndpoints.Subject(denunciation.Subject)!, receivedOn, null, "receivedOn") is { } denied)
        {
            return denied;
        }

        var snapshot = await register.CurrentAsync(db, http.RequestAborted);
        var key = RegisterFactInput.Key(denunciation.Id.Value);
        if (snapshot.Register.Denunciations.Any(d => RegisterFactInput.Key(d.Id.Value) == key) || await db.Denunciations.AnyAsync(d => d.IdKey == key, http.RequestAborted))
        {
            return Conflict(http, denunciation.Id.Value);
        }

        if (caseId is not null && snapshot.Register.FindCase(caseId.Value) is null)
        {
            errors.Add("caseId", request.CaseId, "Không có hồ sơ này trong sổ theo dõi.", "There is no such case in the register.");
            return Problems.Validation(http, errors.All);
        }

        if (RegisterFactInput.Check(http, errors, "denunciation", b => b.AddDenunciation(denunciation.ForVerifiers(), caseId), snapshot, register).Problem is { } refused)
        {
            return refused;
        }

        var row = new DenunciationRecord
        {
            Id = denunciation.Id.Value,
            IdKey = key,
            SubjectKind = Jurisdiction.KindColumn(denunciation.Subject),
            SubjectId = denunciation.Subject.Id,
            SubjectHoldsPost = denunciation.Subject.HoldsPost,
            Source = denunciation.Source.ToString(),
            InformantCiphertext = informant is { } identity ? vault.Seal(identity.FullName!, identity.Address, identity.Contact) : null,
            ReceivedBy = actor.Value.Organization.Value,
            ReceivedByBody = actor.Value.Body.ToString(),
            ReceivedOn = receivedOn.ToDateOnly(),
            CaseId = caseId?.Value,
            RecordedAt = clock.GetCurrentInstant().ToDateTimeOffset(),
            Allegations = [.. denunciation.Allegations.Select((a, n) => new DenunciationAllegationRecord { DenunciationId = denunciation.Id.Value, AllegationId = a.Id.Value, Position = n, Content = a.Content })],
        };
        db.Denunciations.Add(row);
        if (await register.SaveAsync(db, http, () => Conflict(http, denunciation.Id.Value)) is { } notSaved)
        {
            return notSaved;
        }

        return TypedResults.Created($"/api/denunciations/{Uri.EscapeDataString(row.Id)}", ToResponse(row, Rebuild(row, RuleBookOf(http))));
    }

    private static async Task<IResult> Show(HttpContext http, KiemTraDbContext db, PartyDataset dataset, Jurisdiction jurisdiction, string id)
    {
        var errors = new FieldErrors();
        var actor = ActorHeaders.Read(http.Request, errors, dataset);
        if (errors.Any)
        {
            return Problems.Validation(http, errors.All);
        }

        var row = await Load(db, id, http.RequestAborted, tracking: false);

        // Outside the acting body's jurisdiction a denunciation is answered exactly as one that does not exist.
        if (row is null || !Sees(jurisdiction, actor!.Value, row))
        {
            return NotFound(http, id);
        }

        return TypedResults.Ok(ToResponse(row, Rebuild(row, RuleBookOf(http))));
    }

    private static async Task<IResult> List(HttpContext http, KiemTraDbContext db, PartyDataset dataset, AuthorityRules authority, Jurisdiction jurisdiction, IClock clock, DateTimeZone zone, string? organization)
    {
        var (scope, denied) = DisciplineRegisterEndpoints.ReadScope(http, dataset, authority, clock, zone, organization);
        if (denied is not null)
        {
            return denied;
        }

        var actor = DisciplineRegisterEndpoints.ActingBodyOf(http, dataset);
        var rows = await db.Denunciations.AsNoTracking().Include(d => d.Allegations).Where(d => d.ReceivedBy == scope!.Value.Value).ToListAsync(http.RequestAborted);
        var rules = RuleBookOf(http);
        return TypedResults.Ok(rows.Where(r => Sees(jurisdiction, actor, r)).OrderBy(r => r.ReceivedOn).ThenBy(r => r.Id, StringComparer.Ordinal).Select(r => ToResponse(r, Rebuild(r, rules))).ToArray());
    }

    private static async Task<IResult> Intake(HttpContext http, KiemTraDbContext db, PartyDataset dataset, Jurisdiction jurisdiction, HostRegister register,
        FluentValidation.IValidator<DenunciationIntakeDraft> validator, string id)
    {
        var (request, problem) = await JsonBody.ReadAsync<DenunciationIntakeDraft>(http);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new FieldErrors();
        var actor = ActorHeaders.Read(http.Request, errors, dataset);
        if (request!.Grounds is { Count: > MaxGrounds } many)
        {
            errors.Add("grounds", many.Count.ToString(CultureInfo.InvariantCulture), $"Tối đa {MaxGrounds} căn cứ.", $"At most {MaxGrounds} grounds.");
            return Problems.Validation(http, errors.All);
        }

        if (validator.Check(http, request, errors))
        {
            Parse.RegisterDate(errors, "on", request.On);
        }

        if (errors.Any)
        {
            return Problems.Validation(http, errors.All);
        }

        var on = request.On;
        var grounds = request.GroundKinds();
        var row = await Load(db, id, http.RequestAborted, tracking: true);
        if (row is null || !Sees(jurisdiction, actor!.Value, row))
        {
            return NotFound(http, id);
        }

        if (ReceiverOnly(http, actor.Value, row) is { } denied)
        {
            return denied;
        }

        if (row.Intake is not null)
        {
            return Problems.Conflict(http, LocalizedText.Of($"Đơn {row.Id} đã được xem xét thụ lý ngày {Iso.Date(LocalDate.FromDateOnly(row.IntakeOn!.Value))}.", $"Denunciation {row.Id} was already assessed on {Iso.Date(LocalDate.FromDateOnly(row.IntakeOn!.Value))}."));
        }

        if (on!.Value < LocalDate.FromDateOnly(row.ReceivedOn))
        {
            errors.Add("on", Iso.Date(request.On), $"Không xem xét thụ lý trước ngày nhận đơn {Iso.Date(LocalDate.FromDateOnly(row.ReceivedOn))}.", $"A denunciation is not assessed before it was received on {Iso.Date(LocalDate.FromDateOnly(row.ReceivedOn))}.");
            return Problems.Validation(http, errors.All);
        }

        DenunciationIntake intake;
        try
        {
            intake = DenunciationIntake.Assess(Rebuild(row, RuleBookOf(http)), grounds, RuleBookOf(http), on.Value);
        }
        catch (Exception ex) when (ex is ArgumentException or RuleNotFoundException)
        {
            errors.Add("on", Iso.Date(request.On), $"Không xem xét thụ lý được: {Message(ex)}", $"The denunciation cannot be assessed: {Message(ex)}");
            return Problems.Validation(http, errors.All);
        }

        row.Intake = intake.Decision.ToString();
        row.IntakeGrounds = string.Join('\n', grounds.Select(g => g.ToString()));
        row.IntakeOn = on.Value.ToDateOnly();
        return await Save(http, db, register, row);
    }

    private static async Task<IResult> Conclude(HttpContext http, KiemTraDbContext db, PartyDataset dataset, Jurisdiction jurisdiction, HostRegister register,
        FluentValidation.IValidator<AllegationConclusionDraft> validator, string id)
    {
        var (request, problem) = await JsonBody.ReadAsync<AllegationConclusionDraft>(http);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new FieldErrors();
        var actor = ActorHeaders.Read(http.Request, errors, dataset);
        if (validator.Check(http, request!, errors))
        {
            Parse.RegisterDate(errors, "on", request!.On);
        }

        if (errors.Any)
        {
            return Problems.Validation(http, errors.All);
        }

        var allegationId = RecordId<Allegation>.From(request!.Allegation!);
        var conclusion = request.ConclusionKind();
        var on = request.On;
        var row = await Load(db, id, http.RequestAborted, tracking: true);
        if (row is null || !Sees(jurisdiction, actor!.Value, row))
        {
            return NotFound(http, id);
        }

        if (ReceiverOnly(http, actor.Value, row) is { } denied)
        {
            return denied;
        }

        var allegation = row.Allegations.FirstOrDefault(a => a.AllegationId == allegationId.Value);
        if (allegation is null)
        {
            errors.Add("allegation", request.Allegation, $"Đơn {row.Id} không có nội dung tố cáo này.", $"Denunciation {row.Id} has no such allegation.");
            return Problems.Validation(http, errors.All);
        }

        try
        {
            Rebuild(row, RuleBookOf(http)).Conclude(allegationId, conclusion!.Value, on!.Value);
        }
        catch (InvalidOperationException ex)
        {
            return Problems.Conflict(http, LocalizedText.Of($"Chưa thể kết luận: {Message(ex)}", $"Cannot be concluded: {Message(ex)}"));
        }
        catch (ArgumentException ex)
        {
            errors.Add("on", Iso.Date(request.On), $"Chưa thể kết luận: {Message(ex)}", $"Cannot be concluded: {Message(ex)}");
            return Problems.Validation(http, errors.All);
        }

        allegation.Conclusion = conclusion.Value.ToString();
        allegation.ConcludedOn = on.Value.ToDateOnly();
        return await Save(http, db, register, row);
    }

    private static async Task<IResult> Reveal(HttpContext http, KiemTraDbContext db, PartyDataset dataset, Jurisdiction jurisdiction, InformantVault vault, IClock clock, FluentValidation.IValidator<InformantAccessDraft> validator, string id)
    {
        var (request, problem) = await JsonBody.ReadAsync<InformantAccessDraft>(http);
        if (problem is not null)
        {
            return problem;
        }

        var errors = new FieldErrors();
        var actor = ActorHeaders.Read(http.Request, errors, dataset);
        if (!validator.Check(http, request!, errors) || errors.Any)
        {
            return Problems.Validation(http, errors.All);
        }

        var purpose = request!.Purpose!;
        var row = await Load(db, id, http.RequestAborted, tracking: false);
        if (row is null || !Sees(jurisdiction, actor!.Value, row))
        {
            return NotFound(http, id);
        }

        if (ReceiverOnly(http, actor.Value, row) is { } denied)
        {
            return denied;
        }

        if (row.InformantCiphertext is null)
        {
            return Problems.Conflict(http, LocalizedText.Of($"Đơn {row.Id} không có người tố cáo được biết danh tính.", $"Denunciation {row.Id} has no known informant."));
        }

        // The SDK reveals the identity only through its audit; the audit row is saved before anything is returned.
        var restored = Rebuild(row, RuleBookOf(http));
        var withInformant = Denunciation.Create(restored.Id, restored.Subject, restored.Source, vault.Open(row.InformantCiphertext), restored.Allegations.Select(a => Allegation.Create(a.Id, a.Content)), restored.Receipts);
        // Who: the signed-in user, the member they are and the body they act for (never a body alone). The row is saved by
        // the same SaveChanges as the request's general audit-trail entry (Security/AuditTrail.cs adds it to the first save
        // of the request), so the reveal is in both logs or in neither.
        var audit = new DatabaseInformantAccessAudit(db, clock.GetCurrentInstant().ToDateTimeOffset());
        var identity = withInformant.RevealInformant(audit, AccessedBy(http.User, actor.Value), purpose!);
        await db.SaveChangesAsync(http.RequestAborted);
        var logged = db.ChangeTracker.Entries<InformantAccessRecord>().Select(e => e.Entity.Id).Max();
        return TypedResults.Ok(new InformantIdentityResponse(row.Id, identity.FullName, identity.Address, identity.Contact, logged));
    }

    /// <summary>
    /// Who reads an informant's identity, as <c>informant_access_log.AccessedBy</c> records it: the token's user
    /// (<c>sub</c>, at most 128 characters), the member (<c>member_id</c>) and the acting body with its organisation, e.g.
    /// <c>user alice; member TN.M002298; InspectionCommission TN.X001</c>.
    /// </summary>
    internal static string AccessedBy(System.Security.Claims.ClaimsPrincipal user, ActingBody actor)
    {
        var subject = user.FindFirst(HostClaims.Subject)?.Value ?? "?";
        subject = subject.Length <= 128 ? subject : subject[..128];
        return $"user {subject}; member {ActingUsers.MemberOf(user) ?? "?"}; {actor.Body} {actor.Organization}";
    }

    /// <summary>The denunciation of a stored row as the verifiers' copy (no identity), its intake replayed through the SDK's policy of the day it was assessed.</summary>
    /// <exception cref="ArgumentException">A stored field no longer validates.</exception>
    internal static Denunciation Rebuild(DenunciationRecord row, RuleBook rules)
    {
        var subject = Jurisdiction.SubjectFromColumn(row.SubjectKind, row.SubjectId, row.SubjectHoldsPost);
        var source = Enum.Parse<DenunciationSource>(row.Source);
        var receipts = new[] { new DenunciationReceipt(OrganizationId.From(row.ReceivedBy), LocalDate.FromDateOnly(row.ReceivedOn), true) };
        var open = row.Allegations.OrderBy(a => a.Position).Select(a => Allegation.Create(RecordId<Allegation>.From(a.AllegationId), a.Content)).ToArray();
        DenunciationIntake? intake = null;
        if (row.IntakeOn is { } on)
        {
            var grounds = (row.IntakeGrounds ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Enum.Parse<NonAcceptanceGround>);
            intake = DenunciationIntake.Assess(Denunciation.Restore(RecordId<Denunciation>.From(row.Id), subject, source, open, receipts, null), grounds, rules, LocalDate.FromDateOnly(on));
        }

        var allegations = row.Allegations.OrderBy(a => a.Position).Select(a => Allegation.Restore(RecordId<Allegation>.From(a.AllegationId), a.Content,
            a.Conclusion is null ? null : Enum.Parse<AllegationConclusion>(a.Conclusion), a.ConcludedOn is { } d ? LocalDate.FromDateOnly(d) : null));
        return Denunciation.Restore(RecordId<Denunciation>.From(row.Id), subject, source, allegations, receipts, intake);
    }

    private static async Task<IResult> Save(HttpContext http, KiemTraDbContext db, HostRegister register, DenunciationRecord row)
    {
        try
        {
            await db.SaveChangesAsync(http.RequestAborted);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problems.Conflict(http, LocalizedText.Of($"Đơn {row.Id} vừa được cập nhật; hãy tải lại.", $"Denunciation {row.Id} was just updated; reload it."));
        }
        finally
        {
            register.Invalidate();
        }

        return TypedResults.Ok(ToResponse(row, Rebuild(row, RuleBookOf(http))));
    }

    /// <summary>
    /// A denunciation is visible to the receiving organisation and those above it, and to a body with authority to resolve a
    /// denunciation about its subject (as of its receipt); outside that it is answered as one that does not exist.
    /// </summary>
    private static bool Sees(Jurisdiction jurisdiction, ActingBody actor, DenunciationRecord row) =>
        jurisdiction.SeesRecord(actor, [row.ReceivedBy], ActivityKind.DenunciationResolution, Jurisdiction.SubjectOf(row.SubjectKind, row.SubjectId), LocalDate.FromDateOnly(row.ReceivedOn));

    /// <summary>Only the body that received the denunciation handles it and may read its informant.</summary>
    private static IResult? ReceiverOnly(HttpContext http, ActingBody actor, DenunciationRecord row) =>
        actor.Organization.Value == row.ReceivedBy && actor.Body.ToString() == row.ReceivedByBody
            ? null
            : Problems.Forbidden(http, LocalizedText.Of(
                $"Chỉ {row.ReceivedByBody} của {row.ReceivedBy} (nơi nhận đơn {row.Id}) xử lý đơn này.",
                $"Only the {row.ReceivedByBody} of {row.ReceivedBy} (which received denunciation {row.Id}) handles it."));

    private static async Task<DenunciationRecord?> Load(KiemTraDbContext db, string id, CancellationToken cancellationToken, bool tracking)
    {
        // An id the SDK's rule refuses names no denunciation; the rule also brings the id to NFC.
        if (!RecordId<Denunciation>.TryFrom(id, out var denunciationId))
        {
            return null;
        }

        var key = RegisterFactInput.Key(denunciationId.Value);
        var query = tracking ? db.Denunciations : db.Denunciations.AsNoTracking();
        return await query.Include(d => d.Allegations).FirstOrDefaultAsync(d => d.IdKey == key, cancellationToken);
    }

    private static RuleBook RuleBookOf(HttpContext http) => http.RequestServices.GetRequiredService<RuleBook>();

    private static string Message(Exception ex) => ex.Message.Split(" (Parameter", 2)[0];

    private static DenunciationResponse ToResponse(DenunciationRecord row, Denunciation d) => new(
        d,
        d.Intake is null ? "Received" : d.Intake.Decision != IntakeDecision.Accepted ? d.Intake.Decision.ToString() : d.IsConcluded ? "Concluded" : "Verification",
        row.ReceivedByBody,
        row.IntakeOn is { } on ? Iso.Date(LocalDate.FromDateOnly(on)) : null,
        row.CaseId);

    private static IResult NotFound(HttpContext http, string id) =>
        Problems.NotFound(http, LocalizedText.Of($"Không có đơn tố cáo mã '{id}'.", $"There is no denunciation with the id '{id}'."));

    private static IResult Conflict(HttpContext http, string id) =>
        Problems.Conflict(http, LocalizedText.Of($"Đã có đơn tố cáo mã '{id}' (không phân biệt chữ hoa, chữ thường).", $"A denunciation with the id '{id}' already exists (ids are compared regardless of letter case)."));
}
