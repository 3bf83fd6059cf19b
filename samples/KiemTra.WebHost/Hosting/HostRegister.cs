using System.Text;
using KiemTra.Sdk;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Discipline.Complaints;
using KiemTra.Sdk.Serialization.SystemTextJson;
using KiemTra.WebHost.Endpoints;
using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.FollowUp;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Register;
using KiemTra.Sdk.Reporting;
using KiemTra.Sdk.Rules;
using KiemTra.WebHost.Cases;
using KiemTra.WebHost.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace KiemTra.WebHost.Hosting;

/// <summary>
/// The register the host starts from before anything is recorded in its database (<i>dữ liệu ban đầu</i>): by default the
/// empty register. A host may start from a province's earlier years (or a sample year) held in memory; what the database
/// holds is recorded on top of it, and ids already in the seed are refused by the write endpoints.
/// </summary>
/// <param name="Register">The seed register.</param>
/// <param name="Notes">Notes every report built on it carries (e.g. that the seed is synthetic).</param>
internal sealed record RegisterSeed(WorkRegister Register, IReadOnlyList<LocalizedText> Notes)
{
    /// <summary>No seed: the register is what the database holds.</summary>
    public static RegisterSeed None { get; } = new(WorkRegister.Empty, []);
}

/// <summary>
/// The register as of one data version and one day: the <see cref="WorkRegister"/> built from the database (and the
/// seed) and the indicator data set projected from it over the host's organisation tree.
/// </summary>
/// <param name="Version">The data version it was built at.</param>
/// <param name="AsOf">The day it is read as of (today in the host's zone).</param>
/// <param name="Register">The register.</param>
/// <param name="Data">The indicator data set (<c>Organizations.WithRegister(asOf, register)</c>).</param>
/// <param name="FirstYear">The first year with a recorded fact (the year of <see cref="AsOf"/> when there is none).</param>
/// <param name="Notes">Notes every report carries.</param>
internal sealed record RegisterSnapshot(long Version, LocalDate AsOf, WorkRegister Register, IndicatorDataSet Data, int FirstYear, IReadOnlyList<LocalizedText> Notes)
{
    /// <summary>The latest calendar year completed by <see cref="AsOf"/>, not before <see cref="FirstYear"/>: the default report year.</summary>
    public ReportingPeriod DefaultPeriod => ReportingPeriod.LatestCompletedYear(AsOf, FirstYear);
}

/// <summary>
/// Builds the host's <see cref="WorkRegister"/> from what its database holds (<i>sổ theo dõi từ cơ sở dữ liệu</i>) and keeps
/// it per data version: every write endpoint calls <see cref="Invalidate"/> after its transaction commits, and the next
/// read rebuilds. Reading is then one comparison; a rebuild loads the tables once, replays every case's steps through the
/// SDK's state machine (<see cref="CaseReplay"/>), and projects the register onto the organisation tree.
/// </summary>
/// <remarks>
/// The version is kept in memory: one host process owns its database. Several processes writing to one database would
/// need a version row bumped in each write's transaction instead (docs/web-host.md).
/// </remarks>
internal sealed class HostRegister(PartyDataset dataset, AuthorityRules authority, OversightCatalogs catalogs, DeadlineCalculator calculator, IClock clock, DateTimeZone zone, RegisterSeed seed, RuleBook rules)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly Lazy<IndicatorDataSet> _organizations = new(() => IndicatorDataSet.Create(dataset, dataset.SnapshotDate, WorkRegister.Empty), LazyThreadSafetyMode.ExecutionAndPublication);
    private long _version;
    private RegisterSnapshot? _snapshot;

    /// <summary>The seed the database's facts are recorded on.</summary>
    public RegisterSeed Seed => seed;

    /// <summary>
    /// The organisations indicators are evaluated over (the dataset as of its snapshot date), indexed once, with no work:
    /// each snapshot adds the stored register to it (<see cref="IndicatorDataSet.WithRegister"/>).
    /// </summary>
    public IndicatorDataSet Organizations => _organizations.Value;

    /// <summary>Marks the data changed: the next read rebuilds. Call after a write's transaction commits.</summary>
    public void Invalidate() => Interlocked.Increment(ref _version);

    /// <summary>
    /// Saves the request's changes to cases, programmes or recommendations and marks the register changed whatever
    /// happens; null when saved, otherwise the problem <see cref="KiemTra.WebHost.Persistence.DatabaseErrors"/> gives for
    /// the store's refusal (a conflict answered with <paramref name="conflict"/>).
    /// </summary>
    /// <param name="db">The database, with the changes made.</param>
    /// <param name="http">The request (its cancellation, and the problem's instance).</param>
    /// <param name="conflict">The answer to a conflict (a duplicate id, a concurrent update).</param>
    public Task<IResult?> SaveAsync(KiemTraDbContext db, HttpContext http, Func<IResult> conflict)
        => SaveAsync(db, http, ex => KiemTra.WebHost.Persistence.DatabaseErrors.Problem(http, ex, conflict));

    /// <summary>As <see cref="SaveAsync(KiemTraDbContext, HttpContext, Func{IResult})"/>, a conflict described by <paramref name="conflict"/>.</summary>
    /// <param name="db">The database, with the changes made.</param>
    /// <param name="http">The request.</param>
    /// <param name="conflict">What the conflict means, in Vietnamese and English.</param>
    public Task<IResult?> SaveAsync(KiemTraDbContext db, HttpContext http, LocalizedText conflict)
        => SaveAsync(db, http, ex => KiemTra.WebHost.Persistence.DatabaseErrors.Problem(http, ex, conflict));

    private async Task<IResult?> SaveAsync(KiemTraDbContext db, HttpContext http, Func<Microsoft.EntityFrameworkCore.DbUpdateException, IResult> refused)
    {
        try
        {
            await db.SaveChangesAsync(http.RequestAborted);
            return null;
        }
        catch (Microsoft.EntityFrameworkCore.DbUpdateException ex)
        {
            return refused(ex);
        }
        finally
        {
            Invalidate();
        }
    }

    /// <summary>The register as of today, rebuilt when the data changed since the last build (or the day turned).</summary>
    /// <param name="db">The database.</param>
    /// <param name="cancellationToken">Cancels the load.</param>
    /// <returns>The snapshot.</returns>
    /// <exception cref="InvalidOperationException">A stored fact no longer replays or validates (the data was edited outside the host).</exception>
    public async Task<RegisterSnapshot> CurrentAsync(KiemTraDbContext db, CancellationToken cancellationToken)
    {
        var asOf = clock.GetCurrentInstant().InZone(zone).Date;
        var current = _snapshot;
        if (current is not null && current.Version == Volatile.Read(ref _version) && current.AsOf == asOf)
        {
            return current;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Read the version before loading: a write committed during the load bumps it, so the next read rebuilds.
            var version = Volatile.Read(ref _version);
            current = _snapshot;
            if (current is not null && current.Version == version && current.AsOf == asOf)
            {
                return current;
            }

            var (register, firstYear) = await BuildAsync(db, asOf, cancellationToken);
            IndicatorDataSet data;
            try
            {
                data = Organizations.WithRegister(asOf, register);
            }
            catch (ArgumentException ex)
            {
                throw new InvalidOperationException($"The stored register does not fit the organisation tree: {ex.Message}", ex);
            }

            current = new RegisterSnapshot(version, asOf, register, data, firstYear, seed.Notes);
            _snapshot = current;
            return current;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>
    /// The register: the seed, then every stored case (replayed), programme (with its item links), recommendation,
    /// disciplinary decision, complaint (and resolution), denunciation (the verifiers' copy, its intake replayed) and
    /// every other fact (read back through the JSON package's register dialect, <see cref="RegisterFactJson"/>).
    /// </summary>
    private async Task<(WorkRegister Register, int FirstYear)> BuildAsync(KiemTraDbContext db, LocalDate asOf, CancellationToken cancellationToken)
    {
        var cases = await db.Cases.AsNoTracking().Include(c => c.Steps).ToListAsync(cancellationToken);
        var programs = await db.Programs.AsNoTracking().Include(p => p.Items).ToListAsync(cancellationToken);
        var recommendations = await db.Recommendations.AsNoTracking().ToListAsync(cancellationToken);
        var decisions = await db.DisciplineDecisions.AsNoTracking().ToListAsync(cancellationToken);
        var complaints = await db.Complaints.AsNoTracking().ToListAsync(cancellationToken);
        var denunciations = await db.Denunciations.AsNoTracking().Include(d => d.Allegations).ToListAsync(cancellationToken);
        var facts = await db.RegisterFacts.AsNoTracking().ToListAsync(cancellationToken);

        var builder = seed.Register.ToBuilder();
        var firstYear = int.MaxValue;
        var byId = cases.ToDictionary(c => c.Id, StringComparer.Ordinal);
        try
        {
            foreach (var c in cases.OrderBy(c => c.Id, StringComparer.Ordinal))
            {
                builder.AddCase(CaseReplay.Rebuild(c, byId, dataset, authority, catalogs));
                firstYear = Math.Min(firstYear, c.OpenedOn.Year);
            }

            foreach (var p in programs.OrderBy(p => p.Id, StringComparer.Ordinal))
            {
                builder.AddProgram(RegisterFacts.Program(p, catalogs).Issue(LocalDate.FromDateOnly(p.IssuedOn)));
                firstYear = Math.Min(firstYear, p.From.Year);
                foreach (var item in p.Items.Where(i => i.CaseId is not null).OrderBy(i => i.Position))
                {
                    builder.LinkProgramItem(RecordId<OversightProgram>.From(p.Id), RecordId<ProgramItem>.From(item.ItemId), RecordId<OversightCase>.From(item.CaseId!));
                }
            }

            foreach (var r in recommendations.OrderBy(r => r.Id, StringComparer.Ordinal))
            {
                builder.AddRecommendation(RegisterFacts.Recommendation(r, calculator), RecordId<OversightCase>.From(r.CaseId));
            }

            // Decisions, then the complaints that name them, then resolutions: each read by the register dialect.
            var knownDecisions = seed.Register.Decisions.ToDictionary(d => d.Id);
            foreach (var d in decisions.OrderBy(d => d.Id, StringComparer.Ordinal))
            {
                var fact = RegisterFactJson.Read("decisions", Encoding.UTF8.GetBytes(d.Fact), $"discipline_decisions '{d.Id}'");
                fact.AddTo(builder);
                var decision = (DisciplineDecision)fact.Value;
                knownDecisions[decision.Id] = decision;
                firstYear = Math.Min(firstYear, d.DecidedOn.Year);
            }

            var knownComplaints = seed.Register.Complaints.ToDictionary(c => c.Id);
            foreach (var c in complaints.OrderBy(c => c.Id, StringComparer.Ordinal))
            {
                var fact = RegisterFactJson.Read("complaints", Encoding.UTF8.GetBytes(c.Fact), $"discipline_complaints '{c.Id}'", knownDecisions.GetValueOrDefault);
                fact.AddTo(builder);
                var complaint = (DisciplineComplaint)fact.Value;
                knownComplaints[complaint.Id] = complaint;
            }

            foreach (var c in complaints.Where(c => c.Resolution is not null).OrderBy(c => c.Id, StringComparer.Ordinal))
            {
                RegisterFactJson.Read("complaintResolutions", Encoding.UTF8.GetBytes(c.Resolution!), $"discipline_complaints '{c.Id}' resolution", findComplaint: knownComplaints.GetValueOrDefault).AddTo(builder);
            }

            foreach (var d in denunciations.OrderBy(d => d.Id, StringComparer.Ordinal))
            {
                builder.AddDenunciation(DenunciationEndpoints.Rebuild(d, rules), d.CaseId is null ? null : RecordId<OversightCase>.From(d.CaseId));
                firstYear = Math.Min(firstYear, d.ReceivedOn.Year);
            }

            foreach (var f in facts.OrderBy(f => Array.IndexOf(RegisterFactJson.Kinds.ToArray(), f.Kind)).ThenBy(f => f.IdKey, StringComparer.Ordinal))
            {
                RegisterFactJson.Read(f.Kind, Encoding.UTF8.GetBytes(f.Fact), $"register_facts {f.Kind} '{f.Id}'").AddTo(builder);
                if (f.On is { } on)
                {
                    firstYear = Math.Min(firstYear, on.Year);
                }
            }

            foreach (var c in seed.Register.Cases)
            {
                firstYear = Math.Min(firstYear, c.History[0].On.Year);
            }

            foreach (var p in seed.Register.Programs)
            {
                firstYear = Math.Min(firstYear, p.From.Year);
            }

            return (builder.Build(), firstYear == int.MaxValue ? asOf.Year : firstYear);
        }
        catch (Exception ex) when (ex is ArgumentException or KiemTra.Sdk.Diagnostics.DataFormatException)
        {
            throw new InvalidOperationException($"The stored register no longer validates: {ex.Message}", ex);
        }
    }
}

/// <summary>
/// Turns stored rows into the SDK's facts (<i>dựng lại dữ kiện từ bản ghi</i>), through the same factories the write
/// endpoints use, so a stored fact is checked by the same rules when it is written and when it is read back.
/// </summary>
internal static class RegisterFacts
{
    /// <summary>The programme of a stored row (every item checked again by <see cref="ProgramItem.Create"/>).</summary>
    /// <exception cref="ArgumentException">A stored field no longer validates.</exception>
    public static OversightProgram Program(ProgramRecord p, OversightCatalogs catalogs) =>
        OversightProgram.Create(
            RecordId<OversightProgram>.From(p.Id),
            new ActingBody(OrganizationId.From(p.OwnerOrganization), Enum.Parse<BodyKind>(p.OwnerBody)),
            Enum.Parse<KiemTra.Sdk.Reporting.ReportingPeriodKind>(p.Scope),
            LocalDate.FromDateOnly(p.From),
            LocalDate.FromDateOnly(p.To),
            p.Items.OrderBy(i => i.Position).Select(i => ProgramItem.Create(
                RecordId<ProgramItem>.From(i.ItemId),
                Enum.Parse<ActivityKind>(i.Activity),
                i.TypeCode,
                OrganizationId.From(i.Subject),
                LocalDate.FromDateOnly(i.Start),
                LocalDate.FromDateOnly(i.End),
                i.ContentAreas.Split('\n', StringSplitOptions.RemoveEmptyEntries),
                catalogs)));

    /// <summary>The time limit a conclusion set for a recommendation, as a deadline rule citing the conclusion notice.</summary>
    /// <exception cref="ArgumentException">The count is out of range or the reference empty.</exception>
    public static DeadlineRule TimeLimit(string sourceReference, RuleDurationUnit unit, int count) =>
        DeadlineRule.Create(
            "conclusion.time-limit",
            unit,
            count,
            LocalizedText.Of("ngày ban hành kết luận", "issue of the conclusion"),
            RuleCitation.Of(RecordId<RuleSet>.From("conclusion-notice"), "Thông báo kết luận số " + sourceReference, null, true));

    /// <summary>The recommendation of a stored row, completed when the row says so.</summary>
    /// <exception cref="ArgumentException">A stored field no longer validates, or the completion precedes the conclusion.</exception>
    public static Recommendation Recommendation(RecommendationRecord r, DeadlineCalculator calculator)
    {
        var recommendation = KiemTra.Sdk.FollowUp.Recommendation.Create(
            RecordId<Recommendation>.From(r.Id),
            Enum.Parse<RecommendationSource>(r.Source),
            r.SourceReference,
            OrganizationId.From(r.Addressee),
            r.Content,
            LocalDate.FromDateOnly(r.IssuedOn),
            TimeLimit(r.SourceReference, Enum.Parse<RuleDurationUnit>(r.LimitUnit), r.LimitCount),
            calculator);
        return r.CompletedOn is { } on ? recommendation.Complete(LocalDate.FromDateOnly(on)) : recommendation;
    }
}
