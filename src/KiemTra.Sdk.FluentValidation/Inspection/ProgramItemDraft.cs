using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Inspection;
using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.FluentValidation.Inspection;

/// <summary>
/// A programme or plan item as a host receives it (<i>một nội dung trong chương trình, kế hoạch kiểm tra, giám sát</i>),
/// not yet checked: in JSON <c>{"id","activity","type","subject","start","end","contentAreas":[…]}</c>, an item of a
/// <see cref="ProgramDraft"/>. Validate it with <see cref="ProgramItemDraftValidator"/>, then build it with <see cref="ToProgramItem"/>.
/// </summary>
/// <param name="Id">The item id.</param>
/// <param name="Activity">The supervision or inspection activity.</param>
/// <param name="Type">The type code, from the catalogue of the activity (<see cref="OversightCatalogs.TypesFor"/>).</param>
/// <param name="Subject">The organisation supervised or inspected.</param>
/// <param name="Start">First day.</param>
/// <param name="End">Last day (not before <paramref name="Start"/>).</param>
/// <param name="ContentAreas">Content-area codes (required; may be empty).</param>
public sealed record ProgramItemDraft(string? Id, ActivityKind? Activity, string? Type, string? Subject, LocalDate? Start, LocalDate? End, IReadOnlyList<string>? ContentAreas)
{
    /// <summary>Builds the (validated) item.</summary>
    /// <param name="catalogs">The catalogues the codes are checked against (the same the validator used).</param>
    /// <returns>The item.</returns>
    /// <exception cref="ArgumentException">The draft breaks a rule (validate it first).</exception>
    public ProgramItem ToProgramItem(OversightCatalogs catalogs)
        => ProgramItem.Create(RecordId<ProgramItem>.From(Id!), Activity!.Value, Type!, OrganizationId.From(Subject!), Start!.Value, End!.Value, ContentAreas ?? [], catalogs);
}
