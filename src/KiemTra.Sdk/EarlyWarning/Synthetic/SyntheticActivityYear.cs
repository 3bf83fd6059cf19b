using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.FollowUp;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.EarlyWarning.Synthetic;

/// <summary>
/// A year of synthetic inspection, supervision, discipline, denunciation and follow-up activity over a party dataset
/// (<i>dữ liệu hoạt động mẫu</i>), for demonstrations, CLI samples and host test suites. Produced by
/// <see cref="SyntheticActivity.Generate"/>; contains no real person and no informant identity beyond a generated name
/// sealed in <see cref="ProtectedInformant"/>.
/// </summary>
public sealed class SyntheticActivityYear
{
    internal SyntheticActivityYear(int year, LocalDate from, LocalDate to, IReadOnlyList<OrganizationId> organizations, IReadOnlyDictionary<OrganizationId, IReadOnlyList<string>> highRiskFields,
        IReadOnlyList<OversightCase> cases, IReadOnlyList<DisciplineDecision> decisions, IReadOnlyList<Denunciation> denunciations, FollowUpRegister followUp, IReadOnlyList<PersonnelAction> personnelActions)
    {
        Year = year;
        From = from;
        To = to;
        Organizations = organizations;
        HighRiskFields = highRiskFields;
        Cases = cases;
        Decisions = decisions;
        Denunciations = denunciations;
        FollowUp = followUp;
        PersonnelActions = personnelActions;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>First day of activity (1 January).</summary>
    public LocalDate From { get; }

    /// <summary>Last day of activity (31 December, or the day before "today" when the year is current).</summary>
    public LocalDate To { get; }

    /// <summary>The organisations directly under the root (the ones to cover).</summary>
    public IReadOnlyList<OrganizationId> Organizations { get; }

    /// <summary>High-risk fields of some organisations.</summary>
    public IReadOnlyDictionary<OrganizationId, IReadOnlyList<string>> HighRiskFields { get; }

    /// <summary>Supervision and inspection cases.</summary>
    public IReadOnlyList<OversightCase> Cases { get; }

    /// <summary>Disciplinary decisions.</summary>
    public IReadOnlyList<DisciplineDecision> Decisions { get; }

    /// <summary>Denunciations, some anonymous.</summary>
    public IReadOnlyList<Denunciation> Denunciations { get; }

    /// <summary>Recommendations from concluded cases.</summary>
    public FollowUpRegister FollowUp { get; }

    /// <summary>Appointments and honours, one of them during discipline.</summary>
    public IReadOnlyList<PersonnelAction> PersonnelActions { get; }
}
