using System.Collections.Immutable;
using KiemTra.Sdk.Indicators;
using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.Register;

/// <summary>
/// An organisation's statement that its records of a year are complete (<i>báo cáo số liệu năm</i>): from it, an absent
/// record means "nothing was done", not "not reported". Without it an indicator reads the organisation's data of that
/// year as MISSING. A yearly programme issued is by itself a return of its planned items (<see cref="RecordKind.PlanItems"/>),
/// and digital-processing figures are their own return.
/// </summary>
/// <param name="Organization">The organisation.</param>
/// <param name="Year">The year covered.</param>
/// <param name="SubmittedOn">When it was submitted; an evaluation as of an earlier date does not see it.</param>
/// <param name="Kinds">The kinds of records declared complete; empty for every kind.</param>
public sealed record AnnualReturn(OrganizationId Organization, int Year, LocalDate SubmittedOn, ImmutableArray<RecordKind> Kinds = default)
{
    /// <summary>Whether the return covers <paramref name="kind"/>.</summary>
    public bool Covers(RecordKind kind) => Kinds.IsDefaultOrEmpty || Kinds.Contains(kind);
}
