using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Reporting;
using NodaTime;

namespace KiemTra.Sdk.FluentValidation.Inspection;

/// <summary>
/// A supervision and inspection programme or plan as a host receives the request to issue it (<i>đề nghị ban hành
/// chương trình, kế hoạch kiểm tra, giám sát</i>), not yet checked: in JSON <c>{"id","title","scope","from","to","issuedOn",
/// "items":[…]}</c>. Validate it with <see cref="ProgramDraftValidator"/>, then build it with <see cref="ToProgram"/>
/// for the issuing body.
/// </summary>
/// <param name="Id">The programme id.</param>
/// <param name="Title">The title as the host records it.</param>
/// <param name="Scope">A year's or a term's programme: <see cref="ReportingPeriodKind.Year"/> or <see cref="ReportingPeriodKind.Term"/> (in JSON <c>"Year"</c>, <c>"Term"</c>).</param>
/// <param name="From">First day covered.</param>
/// <param name="To">Last day covered.</param>
/// <param name="IssuedOn">The date of issue (not after today, nor after <paramref name="To"/>).</param>
/// <param name="Items">The planned supervisions and inspections: at least one, ids distinct.</param>
public sealed record ProgramDraft(string? Id, string? Title, ReportingPeriodKind? Scope, LocalDate? From, LocalDate? To, LocalDate? IssuedOn, IReadOnlyList<ProgramItemDraft>? Items)
{
    /// <summary>Builds the (validated) programme, owned by <paramref name="owner"/> and issued on <see cref="IssuedOn"/>.</summary>
    /// <param name="owner">The body that issues it.</param>
    /// <param name="catalogs">The catalogues the items' codes are checked against (the same the validator used).</param>
    /// <returns>The issued programme (<see cref="OversightProgram.IssuedOn"/> set).</returns>
    /// <exception cref="ArgumentException">The draft breaks a rule, e.g. an item outside the programme's dates or an issue after its end (validate it first).</exception>
    public OversightProgram ToProgram(ActingBody owner, OversightCatalogs catalogs)
        => OversightProgram.Create(RecordId<OversightProgram>.From(Id!), owner, Scope!.Value, From!.Value, To!.Value, (Items ?? []).Select(i => i.ToProgramItem(catalogs))).Issue(IssuedOn!.Value);
}
