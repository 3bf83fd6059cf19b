using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Discipline.Complaints;
using KiemTra.Sdk.FollowUp;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.EarlyWarning;

/// <summary>
/// The data early-warning rules look at, and the date they look from (the monitor's clock). Every collection may be
/// empty; a rule that needs data the host did not supply simply finds nothing.
/// </summary>
public sealed record EarlyWarningContext
{
    /// <summary>The monitor: today's date and deadline status.</summary>
    public required DeadlineMonitor Monitor { get; init; }

    /// <summary>First day of the current term (<i>nhiệm kỳ</i>).</summary>
    public required LocalDate TermStart { get; init; }

    /// <summary>Organisations in scope (those that should be covered).</summary>
    public IReadOnlyList<OrganizationId> Organizations { get; init; } = [];

    /// <summary>High-risk fields of each organisation (codes of <see cref="OversightCatalogs.HighRiskFields"/>).</summary>
    public IReadOnlyDictionary<OrganizationId, IReadOnlyList<string>> HighRiskFields { get; init; } = new Dictionary<OrganizationId, IReadOnlyList<string>>();

    /// <summary>Supervision and inspection cases.</summary>
    public IReadOnlyList<OversightCase> Cases { get; init; } = [];

    /// <summary>Recommendations being followed up (the follow-up report is computed from them).</summary>
    public IReadOnlyList<Recommendation> Recommendations { get; init; } = [];

    /// <summary>Denunciations received (any source, including those kept as information).</summary>
    public IReadOnlyList<Denunciation> Denunciations { get; init; } = [];

    /// <summary>Disciplinary decisions.</summary>
    public IReadOnlyList<DisciplineDecision> Decisions { get; init; } = [];

    /// <summary>Complaints against decisions (each stops its decision from lapsing by itself when filed within the lapse period).</summary>
    public IReadOnlyList<DisciplineComplaint> Complaints { get; init; } = [];

    /// <summary>Dates of new violations that stop decisions from lapsing by themselves, by decision id.</summary>
    public IReadOnlyDictionary<RecordId<DisciplineDecision>, IReadOnlyList<LocalDate>> NewViolations { get; init; } = new Dictionary<RecordId<DisciplineDecision>, IReadOnlyList<LocalDate>>();

    /// <summary>Personnel actions (transfers, appointments, promotions, honours).</summary>
    public IReadOnlyList<PersonnelAction> PersonnelActions { get; init; } = [];

    /// <summary>
    /// The context of a register of the work (<i>sổ theo dõi</i>): its cases, recommendations, denunciations and decisions, so
    /// warnings read the same facts as indicators and statistics, as the register stood at the end of the monitor's day: a
    /// case opened, a denunciation received, a decision taken or a recommendation issued later is left out, and a
    /// recommendation carried out later is still open (warnings for 2025, seen on 31/12/2025, do not count 2026's facts).
    /// </summary>
    /// <param name="register">The register.</param>
    /// <param name="monitor">Today and the deadline statuses.</param>
    /// <param name="termStart">First day of the current term.</param>
    /// <param name="organizations">The organisations that should be covered.</param>
    /// <returns>The context; high-risk fields, complaints, new violations and personnel actions can be added with <c>with</c>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static EarlyWarningContext FromRegister(Register.WorkRegister register, DeadlineMonitor monitor, LocalDate termStart, IEnumerable<OrganizationId> organizations)
    {
        ArgumentNullException.ThrowIfNull(register);
        ArgumentNullException.ThrowIfNull(monitor);
        ArgumentNullException.ThrowIfNull(organizations);
        var day = monitor.Today;
        return new EarlyWarningContext
        {
            Monitor = monitor,
            TermStart = termStart,
            Organizations = [.. organizations],
            Cases = Register.RegisterAsOf.Cases(register, day),
            Recommendations = Register.RegisterAsOf.Recommendations(register, day),
            Denunciations = Register.RegisterAsOf.Denunciations(register, day),
            Decisions = Register.RegisterAsOf.Decisions(register, day),
        };
    }

    /// <summary>Today, from the monitor's clock.</summary>
    public LocalDate Today => Monitor.Today;
}
