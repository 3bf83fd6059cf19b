using KiemTra.Sdk.Authority;
using KiemTra.Sdk.Diagnostics;
using KiemTra.Sdk.Organization;
using KiemTra.Sdk.Reporting;
using NodaTime;

namespace KiemTra.Sdk.Inspection;

/// <summary>
/// A supervision and inspection programme or plan (<i>chương trình, kế hoạch kiểm tra, giám sát</i>) of one body,
/// for a term or a year, and, once issued (<i>ban hành</i>), its date of issue and issuing body.
/// </summary>
public sealed record OversightProgram
{
    private OversightProgram(RecordId<OversightProgram> id, ActingBody owner, ReportingPeriodKind scope, LocalDate from, LocalDate to, IReadOnlyList<ProgramItem> items, LocalDate? issuedOn = null, RecordId<Body>? bodyId = null)
    {
        IssuedOn = issuedOn;
        BodyId = bodyId;
        Id = id;
        Owner = owner;
        Scope = scope;
        From = from;
        To = to;
        Items = items;
    }

    /// <summary>Identifier.</summary>
    public RecordId<OversightProgram> Id { get; }

    /// <summary>The body whose programme it is.</summary>
    public ActingBody Owner { get; }

    /// <summary>
    /// What the programme covers (<i>chương trình toàn khóa / kế hoạch hằng năm</i>): <see cref="ReportingPeriodKind.Term"/>,
    /// the whole term, in which every subordinate organisation is to be covered at least once, or
    /// <see cref="ReportingPeriodKind.Year"/>, one year, whose items are the planned inspections and supervisions plan
    /// completion counts.
    /// </summary>
    public ReportingPeriodKind Scope { get; }

    /// <summary>First day covered.</summary>
    public LocalDate From { get; }

    /// <summary>Last day covered.</summary>
    public LocalDate To { get; }

    /// <summary>The planned items.</summary>
    public IReadOnlyList<ProgramItem> Items { get; }

    /// <summary>The date of issue (<i>ngày ban hành</i>), or null while the programme is a draft; set by <see cref="Issue"/>.</summary>
    public LocalDate? IssuedOn { get; }

    /// <summary>
    /// The id of the issuing body in the organisation tree, or null to take the owner's first body of its kind (when the
    /// owner has several bodies of its kind); set by <see cref="Issue"/>.
    /// </summary>
    public RecordId<Body>? BodyId { get; }

    /// <summary>Whether the programme is issued (<see cref="IssuedOn"/> is set).</summary>
    public bool IsIssued => IssuedOn is not null;

    /// <summary>Creates a programme.</summary>
    /// <param name="id">Identifier.</param>
    /// <param name="owner">The body whose programme it is.</param>
    /// <param name="scope">What it covers: <see cref="ReportingPeriodKind.Term"/> or <see cref="ReportingPeriodKind.Year"/>.</param>
    /// <param name="from">First day covered.</param>
    /// <param name="to">Last day covered.</param>
    /// <param name="items">The planned items.</param>
    /// <returns>The programme.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    /// <exception cref="ArgumentException">
    /// The id is invalid, the scope is not <see cref="ReportingPeriodKind.Term"/> or <see cref="ReportingPeriodKind.Year"/>,
    /// the period reversed, an item id repeats or an item falls outside the period.
    /// </exception>
    public static OversightProgram Create(RecordId<OversightProgram> id, ActingBody owner, ReportingPeriodKind scope, LocalDate from, LocalDate to, IEnumerable<ProgramItem> items)
    {
        id = id.Required(nameof(id));
        ArgumentNullException.ThrowIfNull(items);
        if (scope is not (ReportingPeriodKind.Term or ReportingPeriodKind.Year))
        {
            var name = Enum.IsDefined(scope) ? scope.ToString() : ((int)scope).ToString(System.Globalization.CultureInfo.InvariantCulture);
            throw new ArgumentException($"Programme {id} covers a term or a year; scope {name} is neither (Term, Year).", nameof(scope));
        }

        if (to < from)
        {
            throw new ArgumentException($"Programme {id} ends on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(to)}, before it starts on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(from)}.", nameof(to));
        }

        var list = items.ToArray();
        var repeated = list.GroupBy(i => i.Id).FirstOrDefault(g => g.Count() > 1);
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
    /// Returns the programme as issued (<i>ban hành</i>) on a date, by a body of the organisation tree when its owner has
    /// several bodies of its kind; the work register records programmes issued.
    /// </summary>
    /// <param name="on">The date of issue: not after the last day covered.</param>
    /// <param name="bodyId">The issuing body's id in the organisation tree, or null to take the owner's first body of its kind.</param>
    /// <returns>The issued programme.</returns>
    /// <exception cref="InvalidOperationException">It is already issued.</exception>
    /// <exception cref="ArgumentException">The date is after the last day covered, or the body id is invalid.</exception>
    /// <example><c>OversightProgram.Create("KH-2026", owner, ReportingPeriodKind.Year, from, to, items).Issue(new LocalDate(2026, 1, 5))</c>.</example>
    public OversightProgram Issue(LocalDate on, RecordId<Body>? bodyId = null)
    {
        if (IssuedOn is { } issued)
        {
            throw new InvalidOperationException($"Programme {Id} was already issued on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(issued)}.");
        }

        if (on > To)
        {
            throw new ArgumentException($"Programme {Id} is issued on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(on)}, after it ends on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(To)}.", nameof(on));
        }

        if (bodyId is not null)
        {
            bodyId.Value.Required(nameof(bodyId));
        }

        return new OversightProgram(Id, Owner, Scope, From, To, Items, on, bodyId);
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
