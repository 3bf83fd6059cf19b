using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.FollowUp;
using KiemTra.Sdk.Inspection;
using NodaTime;

namespace KiemTra.Sdk.Register;

/// <summary>
/// The register of the work as it stood at the end of a day (<i>sổ theo dõi tính đến ngày</i>): what had been recorded
/// by then, so what is computed "as of 31/12/2025" does not count a fact of 2026. Cases opened, denunciations first
/// received, decisions taken and recommendations issued after the day are left out; a recommendation carried out after
/// the day is still open on it. A case opened by the day keeps its later steps: the rules read each step by its date.
/// </summary>
internal static class RegisterAsOf
{
    /// <summary>Cases opened on or before <paramref name="day"/>.</summary>
    internal static IReadOnlyList<OversightCase> Cases(WorkRegister register, LocalDate day)
        => [.. register.Cases.Where(c => c.History[0].On <= day)];

    /// <summary>Recommendations issued on or before <paramref name="day"/>, each completed only if it was completed by then (its recovery kept).</summary>
    internal static IReadOnlyList<Recommendation> Recommendations(WorkRegister register, LocalDate day)
        => register.Recommendations.All(r => r.Deadline.EventDate <= day && !(r.CompletedOn > day))
            ? register.Recommendations
            : [.. register.Recommendations
                .Where(r => r.Deadline.EventDate <= day)
                .Select(r => r.CompletedOn > day ? r.Reopened() : r)];

    /// <summary>Denunciations first received on or before <paramref name="day"/>.</summary>
    internal static IReadOnlyList<Denunciation> Denunciations(WorkRegister register, LocalDate day)
        => [.. register.Denunciations.Where(d => d.Receipts.Count == 0 || d.Receipts[0].On <= day)];

    /// <summary>Disciplinary decisions taken on or before <paramref name="day"/>.</summary>
    internal static IReadOnlyList<DisciplineDecision> Decisions(WorkRegister register, LocalDate day)
        => [.. register.Decisions.Where(d => d.DecidedOn <= day)];
}
