using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.Inspection;

/// <summary>
/// A supervision and inspection programme or plan (<i>chương trình, kế hoạch kiểm tra, giám sát</i>) of one body,
/// for a term or a year.
/// </summary>
public sealed record OversightProgram
{
    private OversightProgram(string id, ActingBody owner, ProgramScope scope, LocalDate from, LocalDate to, IReadOnlyList<ProgramItem> items)
    {
        Id = id;
        Owner = owner;
        Scope = scope;
        From = from;
        To = to;
        Items = items;
    }

    /// <summary>Identifier.</summary>
    public string Id { get; }

    /// <summary>The body whose programme it is.</summary>
    public ActingBody Owner { get; }

    /// <summary>Term or year.</summary>
    public ProgramScope Scope { get; }

    /// <summary>First day covered.</summary>
    public LocalDate From { get; }

    /// <summary>Last day covered.</summary>
    public LocalDate To { get; }

    /// <summary>The planned items.</summary>
    public IReadOnlyList<ProgramItem> Items { get; }

    /// <summary>Creates a programme.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    /// <exception cref="ArgumentException">The id is invalid, the period reversed, an item id repeats or an item falls outside the period.</exception>
    public static OversightProgram Create(string id, ActingBody owner, ProgramScope scope, LocalDate from, LocalDate to, IEnumerable<ProgramItem> items)
    {
        id = InputRules.Validate(id, nameof(id), "programme id");
        ArgumentNullException.ThrowIfNull(items);
        if (!Enum.IsDefined(scope))
        {
            throw new ArgumentException($"Scope {(int)scope} is not defined.", nameof(scope));
        }

        if (to < from)
        {
            throw new ArgumentException($"Programme {id} ends on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(to)}, before it starts on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(from)}.", nameof(to));
        }

        var list = items.ToArray();
        var repeated = list.GroupBy(i => i.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ArgumentException($"Programme {id} lists item {repeated.Key} twice.", nameof(items));
        }

        foreach (var item in list.Where(i => i.Start < from || i.End > to))
        {
            throw new ArgumentException($"Item {item.Id} ({KiemTra.Sdk.Formatting.TextFormat.IsoDate(item.Start)} to {KiemTra.Sdk.Formatting.TextFormat.IsoDate(item.End)}) falls outside programme {id} ({KiemTra.Sdk.Formatting.TextFormat.IsoDate(from)} to {KiemTra.Sdk.Formatting.TextFormat.IsoDate(to)}).", nameof(items));
        }

        return new OversightProgram(id, owner, scope, from, to, list);
    }

    /// <summary>
    /// Checks a set of programmes (typically every programme of a province's bodies for a term or a year) for authority,
    /// overlap (<i>chồng chéo</i>) and omission (<i>bỏ sót</i>): findings with the codes
    /// <see cref="ErrorCodes.ProgramAuthorityDenied"/>, <see cref="ErrorCodes.ProgramOverlap"/> and
    /// <see cref="ErrorCodes.ProgramOmission"/>; problems in the data never throw.
    /// </summary>
    /// <param name="programs">The programmes.</param>
    /// <param name="dataset">The hierarchy.</param>
    /// <param name="authority">The authority rules over the same hierarchy.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<Finding> Check(IEnumerable<OversightProgram> programs, PartyDataset dataset, AuthorityRules authority)
        => ProgramValidator.Validate(programs, dataset, authority);
}
