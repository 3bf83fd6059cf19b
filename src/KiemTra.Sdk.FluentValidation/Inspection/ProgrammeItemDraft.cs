using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.FluentValidation.Inspection;

/// <summary>
/// A programme or plan item as a host enters it (<i>một nội dung trong chương trình, kế hoạch kiểm tra, giám sát</i>);
/// validate it with <see cref="ProgrammeItemDraftValidator"/>, then build it with <see cref="ToProgrammeItem"/>.
/// </summary>
/// <param name="Id">The item id.</param>
/// <param name="Activity">The supervision or inspection activity.</param>
/// <param name="TypeCode">The type: a supervision-types code for supervision, an inspection-types code otherwise.</param>
/// <param name="SubjectId">The organisation supervised or inspected.</param>
/// <param name="Start">First day.</param>
/// <param name="End">Last day (not before <paramref name="Start"/>).</param>
/// <param name="ContentAreas">Content-area codes (may be empty).</param>
public sealed record ProgrammeItemDraft(string? Id, ActivityKind Activity, string? TypeCode, string? SubjectId, LocalDate Start, LocalDate End, IReadOnlyList<string>? ContentAreas)
{
    /// <summary>Builds the (validated) item.</summary>
    /// <param name="catalogues">The catalogues the codes are checked against (the same the validator used).</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentException">The draft breaks a rule (validate it first).</exception>
    public ProgrammeItem ToProgrammeItem(OversightCatalogues catalogues)
        => ProgrammeItem.Create(Id!, Activity, TypeCode!, OrganizationId.From(SubjectId!), Start, End, ContentAreas ?? [], catalogues);
}
