using KiemTra.Sdk.Denunciations;
using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.Register;

/// <summary>
/// A denunciation that went over level or became prolonged (<i>tố cáo vượt cấp, kéo dài</i>), recorded so that none
/// is left to grow.
/// </summary>
/// <param name="DenunciationId">The denunciation.</param>
/// <param name="Kind">Over level or prolonged.</param>
/// <param name="On">When it was lodged over level, or found prolonged.</param>
/// <param name="LodgedWith">The organisation it reached.</param>
public sealed record DenunciationEscalation(RecordId<Denunciation> DenunciationId, DenunciationEscalationKind Kind, LocalDate On, OrganizationId LodgedWith);

/// <summary>Kind of a <see cref="DenunciationEscalation"/>.</summary>
public enum DenunciationEscalationKind
{
    /// <summary>Lodged with a level above the competent one (<i>vượt cấp</i>).</summary>
    OverLevel = 1,

    /// <summary>Repeated over a long time (<i>kéo dài</i>).</summary>
    Prolonged = 2,
}
