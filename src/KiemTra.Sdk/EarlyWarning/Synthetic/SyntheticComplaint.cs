using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Discipline.Complaints;

namespace KiemTra.Sdk.EarlyWarning.Synthetic;

/// <summary>
/// One complaint against discipline in a synthetic year (<i>hồ sơ khiếu nại kỷ luật mẫu</i>, R-D5): the complaint, whether
/// it was accepted and why, the body one level up that resolves it (checked against the hierarchy), the resolution deadline
/// and, once resolved, the outcome with the follow-on review of the administrative form when the party form changed.
/// </summary>
public sealed class SyntheticComplaint
{
    internal SyntheticComplaint(DisciplineComplaint complaint, ComplaintAdmissibility admissibility, ActingBody resolver, ResolverCheck resolverCheck, Deadline? resolutionDeadline, ComplaintResolution? resolution)
    {
        Complaint = complaint;
        Admissibility = admissibility;
        Resolver = resolver;
        ResolverCheck = resolverCheck;
        ResolutionDeadline = resolutionDeadline;
        Resolution = resolution;
    }

    /// <summary>The complaint.</summary>
    public DisciplineComplaint Complaint { get; }

    /// <summary>Whether it was accepted (filing window, grounds), with the explanation.</summary>
    public ComplaintAdmissibility Admissibility { get; }

    /// <summary>The body that resolves the first round: one level above the deciding organisation.</summary>
    public ActingBody Resolver { get; }

    /// <summary>The check that <see cref="Resolver"/> may resolve it, from the hierarchy as of the filing date.</summary>
    public ResolverCheck ResolverCheck { get; }

    /// <summary>The resolution deadline of an accepted complaint; null when it was not accepted.</summary>
    public Deadline? ResolutionDeadline { get; }

    /// <summary>The resolution; null when not accepted or still pending at the end of the period.</summary>
    public ComplaintResolution? Resolution { get; }
}
