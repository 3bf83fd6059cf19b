using KiemTra.Sdk.Register;
using System.Collections.Immutable;
using System.Globalization;
using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.Indicators;

/// <summary>
/// Everything an indicator evaluation reads (<i>bộ dữ liệu đánh giá chỉ tiêu</i>): the organisations of the hierarchy,
/// indexed, the register of the work, which data each organisation reported, and the date the data was read as of.
/// Creating it checks every reference once and builds the indices that make evaluation linear in the data.
/// </summary>
/// <remarks>
/// Organisations are numbered in pre-order (<i>thứ tự duyệt cây</i>), so every subtree is one contiguous range of
/// indices [<c>index</c>, <see cref="SubtreeEnd"/>) and a sum over a subtree is a loop over an array; a measure reads an
/// organisation by its index (<see cref="IdOf"/>, <see cref="KindOf"/>, <see cref="BodiesOf"/>, <see cref="OfKind"/>)
/// and its facts through the same index (<see cref="RecommendationsTo"/>, <see cref="AssignmentsBy"/>,
/// <see cref="MeetingsOf"/>, <see cref="TasksOf"/>). The index is built from the party dataset, not a second hierarchy
/// model: it holds only what indicators need, and children keep the dataset's order.
/// </remarks>
public sealed class IndicatorDataSet
{
    /// <summary>The first year a <see cref="ReportedDataRecord"/> may name.</summary>
    public const int FirstReportableYear = 1990;

    /// <summary>The last year a <see cref="ReportedDataRecord"/> may name.</summary>
    public const int LastReportableYear = FirstReportableYear + 63;

    private static readonly int KindCount = Enum.GetValues<RecordKind>().Length;

    private IndicatorDataSet(EvaluationTree tree, LocalDate asOf, ActivityRecords records)
    {
        Tree = tree;
        AsOf = asOf;
        Records = records;
    }

    /// <summary>The organisations, indexed (read through the data set's own members).</summary>
    internal EvaluationTree Tree { get; }

    /// <summary>The date the data was extracted: nothing after it can have been reported.</summary>
    public LocalDate AsOf { get; }

    /// <summary>The columns the measures read: the register's projection.</summary>
    internal ActivityRecords Records { get; }

    private WorkRegister? _register;

    /// <summary>The register of the work the data set was projected from (<see cref="Create(PartyDataset, LocalDate, WorkRegister)"/>).</summary>
    public WorkRegister Register => _register ?? throw new InvalidOperationException("This data set was built from activity records in the SDK's own tests, not from a register.");

    /// <summary>Whether the data set was projected from a register: always, except for the hand-made rows of the SDK's own tests.</summary>
    internal bool HasRegister => _register is not null;

    internal int[] PlanOrganization { get; private set; } = [];

    internal int[] PlanBody { get; private set; } = [];

    internal int[] PlanTarget { get; private set; } = [];

    internal GroupIndex PlanByOrganization { get; private set; } = null!;

    internal GroupIndex PlanByTarget { get; private set; } = null!;

    internal int[] DocumentOrganization { get; private set; } = [];

    internal int[] DocumentBody { get; private set; } = [];

    internal GroupIndex DocumentsByOrganization { get; private set; } = null!;

    internal int[] DirectiveOrganization { get; private set; } = [];

    internal GroupIndex DirectivesByOrganization { get; private set; } = null!;

    internal int[] StaffOrganization { get; private set; } = [];

    internal GroupIndex StaffByOrganization { get; private set; } = null!;

    internal int[] ConclusionOrganization { get; private set; } = [];

    internal GroupIndex ConclusionsByOrganization { get; private set; } = null!;

    internal int[] AssignmentOrganization { get; private set; } = [];

    internal int[] AssignmentBody { get; private set; } = [];

    internal GroupIndex AssignmentsByOrganization { get; private set; } = null!;

    internal GroupIndex AttendanceByAssignment { get; private set; } = null!;

    internal int[] DigitalOrganization { get; private set; } = [];

    internal GroupIndex DigitalByOrganization { get; private set; } = null!;

    internal int[] MeetingOrganization { get; private set; } = [];

    internal int[] MeetingBody { get; private set; } = [];

    internal GroupIndex MeetingsByOrganization { get; private set; } = null!;

    internal int[] TaskOrganization { get; private set; } = [];

    internal GroupIndex TasksByOrganization { get; private set; } = null!;

    private ulong[] ReportedYears { get; set; } = [];

    /// <summary>
    /// Indexes the organisations of <paramref name="hierarchy"/> that exist on <paramref name="asOf"/> and projects the
    /// register onto them (<i>dữ liệu đánh giá từ sổ theo dõi</i>): every indicator, the statistics
    /// (<see cref="WorkStatistics"/>) and the reports computed from the result read the same facts. Facts dated after
    /// <paramref name="asOf"/> are not seen. Organisations carry the names they had on that date; one whose parent does
    /// not exist then is left out with its subtree. Body ids are the organisation id plus <c>.CU</c> (committee),
    /// <c>.BTV</c> (standing committee), <c>.UBKT</c> (inspection commission), <c>.CB</c> (the cell itself) or <c>.TM-</c>
    /// and the advisory agency's kind (<c>TN.X012.TM-PartyBuildingBoard</c>): the ids the register's facts name.
    /// </summary>
    /// <param name="hierarchy">The party dataset.</param>
    /// <param name="asOf">The date the organisations and the register are read as of.</param>
    /// <param name="register">The register (<see cref="WorkRegister.Empty"/> for the organisations alone).</param>
    /// <returns>The data set.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A fact names an organisation or body that is not in the hierarchy on <paramref name="asOf"/> (or a body of another organisation); the message names the fact and the value.</exception>
    public static IndicatorDataSet Create(PartyDataset hierarchy, LocalDate asOf, WorkRegister register)
    {
        ArgumentNullException.ThrowIfNull(hierarchy);
        ArgumentNullException.ThrowIfNull(register);
        return Create(EvaluationTree.From(hierarchy, asOf), asOf, register);
    }

    /// <summary>
    /// The same organisations with another register, read as of <paramref name="asOf"/> (<i>cập nhật sổ theo dõi</i>): the
    /// organisation index is reused, not rebuilt, so a host that keeps its hierarchy re-evaluates a changed register at
    /// the cost of the projection alone. It also reads the organisations on one date (the hierarchy's snapshot, say) and
    /// the register on another.
    /// </summary>
    /// <param name="asOf">The date the register is read as of; the organisations stay those of this data set.</param>
    /// <param name="register">The register.</param>
    /// <returns>A new data set; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="register"/> is null.</exception>
    /// <exception cref="ArgumentException">A fact names an organisation or body that is not in this data set (or a body of another organisation); the message names the fact and the value.</exception>
    public IndicatorDataSet WithRegister(LocalDate asOf, WorkRegister register)
    {
        ArgumentNullException.ThrowIfNull(register);
        return Create(Tree, asOf, register);
    }

    /// <summary>Projects a register over a tree built by hand (the SDK's own tests) or from the hierarchy (<see cref="Create(PartyDataset, LocalDate, WorkRegister)"/>).</summary>
    /// <exception cref="ArgumentException">A fact names an organisation or body that is not in the tree (or a body of another organisation); the message names the fact and the value.</exception>
    internal static IndicatorDataSet Create(EvaluationTree tree, LocalDate asOf, WorkRegister register)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(register);
        var set = Create(tree, asOf, RegisterProjection.Project(register, tree, asOf));
        set._register = register;
        return set;
    }

    /// <summary>Checks and indexes a data set from the register's projection (and, in the SDK's own tests, from hand-made rows).</summary>
    /// <param name="tree">The organisations.</param>
    /// <param name="asOf">The date the data was extracted.</param>
    /// <param name="records">The activity records.</param>
    /// <exception cref="ArgumentException">A record names an organisation or body that is not in the tree (or a body of another organisation), repeats an id, has a bad id, a year outside 1990–2053, a negative or inconsistent figure or a non-positive meeting length; the message names the record and the value.</exception>
    internal static IndicatorDataSet Create(EvaluationTree tree, LocalDate asOf, ActivityRecords records)
    {
        ArgumentNullException.ThrowIfNull(tree);
        ArgumentNullException.ThrowIfNull(records);
        var set = new IndicatorDataSet(tree, asOf, records);
        var n = tree.Count;

        var r = records;
        set.PlanOrganization = Organizations(tree, r.PlanItems, p => p.Organization, p => p.Id, "plan item");
        set.PlanBody = Bodies(tree, r.PlanItems, set.PlanOrganization, p => p.BodyId, p => p.Id, "plan item");
        set.PlanTarget = r.PlanItems.Select(p => p.Target is { } t ? Require(tree, t, $"plan item '{p.Id}' target") : -1).ToArray();
        foreach (var p in r.PlanItems)
        {
            if (!Enum.IsDefined(p.Activity))
            {
                throw new ArgumentException($"Plan item '{p.Id}' has an unknown activity {(int)p.Activity}.", nameof(records));
            }
        }

        set.PlanByOrganization = GroupIndex.Build(set.PlanOrganization, n);
        set.PlanByTarget = GroupIndex.Build(set.PlanTarget, n);

        set.DocumentOrganization = Organizations(tree, r.GovernanceDocuments, d => d.Organization, d => d.Id.Value, "document");
        set.DocumentBody = Bodies(tree, r.GovernanceDocuments, set.DocumentOrganization, d => d.BodyId?.Value, d => d.Id.Value, "document");
        set.DocumentsByOrganization = GroupIndex.Build(set.DocumentOrganization, n);

        set.DirectiveOrganization = Organizations(tree, r.Directives, d => d.Organization, d => d.Id.Value, "directive");
        set.DirectivesByOrganization = GroupIndex.Build(set.DirectiveOrganization, n);

        set.StaffOrganization = Organizations(tree, r.InspectionStaff, s => s.Organization, s => $"{s.Id.Value}@{s.Year.ToString(CultureInfo.InvariantCulture)}", "inspection staff", s => s.Id.Value);
        set.StaffByOrganization = GroupIndex.Build(set.StaffOrganization, n);

        set.ConclusionOrganization = Organizations(tree, r.ConclusionFollowUps, c => c.Organization, c => c.Id, "conclusion follow-up");
        set.ConclusionsByOrganization = GroupIndex.Build(set.ConclusionOrganization, n);

        set.AssignmentOrganization = Organizations(tree, r.LocalityAssignments, a => a.Organization, a => a.Id, "locality assignment");
        set.AssignmentBody = Bodies(tree, r.LocalityAssignments, set.AssignmentOrganization, a => a.BodyId, a => a.Id, "locality assignment");
        foreach (var a in r.LocalityAssignments)
        {
            Require(tree, a.Locality, $"locality assignment '{a.Id}' locality");
        }

        set.AssignmentsByOrganization = GroupIndex.Build(set.AssignmentOrganization, n);
        var assignmentIndex = new Dictionary<string, int>(r.LocalityAssignments.Length, StringComparer.Ordinal);
        for (var i = 0; i < r.LocalityAssignments.Length; i++)
        {
            assignmentIndex[r.LocalityAssignments[i].Id] = i;
        }

        var attendance = r.MeetingAttendance.Select(m => m is not null && assignmentIndex.TryGetValue(m.AssignmentId ?? string.Empty, out var i)
            ? i
            : throw new ArgumentException($"Meeting attendance on {m?.Date:uuuu-MM-dd} names the assignment '{m?.AssignmentId}', which is not in the data set.", nameof(records))).ToArray();
        set.AttendanceByAssignment = GroupIndex.Build(attendance, r.LocalityAssignments.Length);

        set.DigitalOrganization = Organizations(tree, r.DigitalTransformation, d => d.Organization, d => $"{d.Organization}@{d.Year.ToString(CultureInfo.InvariantCulture)}", "digital-transformation report", _ => null);
        foreach (var d in r.DigitalTransformation)
        {
            if (d.ProceduresTotal < 0 || d.ProceduresDigital < 0 || d.DocumentsTotal < 0 || d.DocumentsDigitized < 0 || d.ProceduresDigital > d.ProceduresTotal || d.DocumentsDigitized > d.DocumentsTotal)
            {
                throw new ArgumentException($"The digital-transformation report of '{d.Organization}' for {d.Year} has negative figures or more digital than total: procedures {d.ProceduresDigital}/{d.ProceduresTotal}, documents {d.DocumentsDigitized}/{d.DocumentsTotal}.", nameof(records));
            }

            RequireYear(d.Year, $"digital-transformation report of '{d.Organization}'");
        }

        set.DigitalByOrganization = GroupIndex.Build(set.DigitalOrganization, n);

        set.MeetingOrganization = Organizations(tree, r.Meetings, m => m.Organization, m => m.Id.Value, "meeting");
        set.MeetingBody = Bodies(tree, r.Meetings, set.MeetingOrganization, m => m.BodyId?.Value, m => m.Id.Value, "meeting");
        foreach (var m in r.Meetings)
        {
            if (m.LengthInDays <= 0 || !Enum.IsDefined(m.Kind))
            {
                throw new ArgumentException($"Meeting '{m.Id}' has the length {m.LengthInDays.ToString(CultureInfo.InvariantCulture)} days or an unknown kind; a length is positive.", nameof(records));
            }
        }

        set.MeetingsByOrganization = GroupIndex.Build(set.MeetingOrganization, n);

        set.TaskOrganization = Organizations(tree, r.Tasks, t => t.Organization, t => t.Id.Value, "task");
        set.TasksByOrganization = GroupIndex.Build(set.TaskOrganization, n);

        foreach (var s in r.InspectionStaff)
        {
            RequireYear(s.Year, $"inspection staff '{s.Id}'");
        }

        var reported = new ulong[n * KindCount];
        foreach (var rep in r.Reported)
        {
            if (rep is null)
            {
                throw new ArgumentException("A reported-data record is null.", nameof(records));
            }

            var o = Require(tree, rep.Organization, "reported-data record");
            if (!Enum.IsDefined(rep.Kind))
            {
                throw new ArgumentException($"The reported-data record of '{rep.Organization}' names the unknown kind {(int)rep.Kind}.", nameof(records));
            }

            RequireYear(rep.Year, $"reported-data record of '{rep.Organization}'");
            reported[(o * KindCount) + (int)rep.Kind] |= 1UL << (rep.Year - FirstReportableYear);
        }

        // A digital-transformation report is its own statement of having reported.
        for (var i = 0; i < r.DigitalTransformation.Length; i++)
        {
            var d = r.DigitalTransformation[i];
            reported[(set.DigitalOrganization[i] * KindCount) + (int)RecordKind.DigitalTransformation] |= 1UL << (d.Year - FirstReportableYear);
        }

        set.ReportedYears = reported;
        return set;
    }

    /// <summary>The number of organisations; their indices are 0 to <see cref="OrganizationCount"/> − 1, in pre-order.</summary>
    public int OrganizationCount => Tree.Count;

    /// <summary>The number of bodies; their indices are 0 to <see cref="BodyCount"/> − 1, grouped by organisation.</summary>
    public int BodyCount => Tree.BodyCount;

    /// <summary>The pre-order index of the organisation <paramref name="id"/>, or -1 when it is not in the data set.</summary>
    /// <param name="id">The organisation's id.</param>
    public int IndexOf(OrganizationId id) => Tree.IndexOf(id);

    /// <summary>The id of the organisation at pre-order <paramref name="index"/>.</summary>
    /// <param name="index">The organisation's index, 0 ≤ index &lt; <see cref="OrganizationCount"/>.</param>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is not an organisation index.</exception>
    public OrganizationId IdOf(int index) => Tree.IdOf(index);

    /// <summary>The name of the organisation at pre-order <paramref name="index"/>, as it was on the date the organisations were read.</summary>
    /// <param name="index">The organisation's index, 0 ≤ index &lt; <see cref="OrganizationCount"/>.</param>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is not an organisation index.</exception>
    public string NameOf(int index) => Tree.NameOf(index);

    /// <summary>The kind of the organisation at <paramref name="index"/>.</summary>
    /// <param name="index">The organisation's index, 0 ≤ index &lt; <see cref="OrganizationCount"/>.</param>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is not an organisation index.</exception>
    public OrganizationKind KindOf(int index) => Tree.KindOf(index);

    /// <summary>The index of the parent of the organisation at <paramref name="index"/>, or -1 for a root.</summary>
    /// <param name="index">The organisation's index, 0 ≤ index &lt; <see cref="OrganizationCount"/>.</param>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is not an organisation index.</exception>
    public int ParentOf(int index) => Tree.ParentOf(index);

    /// <summary>One past the last index of the subtree rooted at <paramref name="index"/>: the subtree is [<paramref name="index"/>, <see cref="SubtreeEnd"/>).</summary>
    /// <param name="index">The organisation's index, 0 ≤ index &lt; <see cref="OrganizationCount"/>.</param>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is not an organisation index.</exception>
    public int SubtreeEnd(int index) => Tree.SubtreeEnd(index);

    /// <summary>
    /// The indices, in pre-order, of the organisations of <paramref name="kind"/> in [<paramref name="start"/>,
    /// <paramref name="end"/>): how a measure that counts only some kinds skips the rest (most organisations are cells).
    /// A measure passes <see cref="MeasureContext.ScopeStart"/> and <see cref="MeasureContext.ScopeEnd"/>; a range
    /// outside [0, <see cref="OrganizationCount"/>) is clipped to it, and an unknown kind has none.
    /// </summary>
    /// <param name="kind">The organisation kind.</param>
    /// <param name="start">The first index of the range.</param>
    /// <param name="end">One past the last index of the range.</param>
    /// <returns>The indices, ascending; a view of the data set's own index, nothing copied.</returns>
    public ReadOnlySpan<int> OfKind(OrganizationKind kind, int start, int end) => Tree.OfKind(kind, start, end);

    /// <summary>The range of body indices of the organisation at <paramref name="index"/>: [start, end).</summary>
    /// <param name="index">The organisation's index, 0 ≤ index &lt; <see cref="OrganizationCount"/>.</param>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is not an organisation index.</exception>
    public (int Start, int End) BodiesOf(int index) => Tree.BodiesOf(index);

    /// <summary>How many bodies of <paramref name="kind"/> the organisation at <paramref name="index"/> has.</summary>
    /// <param name="index">The organisation's index, 0 ≤ index &lt; <see cref="OrganizationCount"/>.</param>
    /// <param name="kind">The body kind.</param>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is not an organisation index.</exception>
    public int CountBodies(int index, BodyKind kind) => Tree.CountBodies(index, kind);

    /// <summary>
    /// The id of the body with index <paramref name="bodyIndex"/>: the id facts of the register name it by (e.g.
    /// <c>TN.X012.UBKT</c>, see <see cref="Create(PartyDataset, LocalDate, WorkRegister)"/>).
    /// </summary>
    /// <param name="bodyIndex">The body's index, 0 ≤ bodyIndex &lt; <see cref="BodyCount"/>.</param>
    /// <exception cref="IndexOutOfRangeException"><paramref name="bodyIndex"/> is not a body index.</exception>
    public RecordId<Organization.Body> BodyIdOf(int bodyIndex) => RecordId<Organization.Body>.FromValidated(Tree.BodyIdOf(bodyIndex));

    /// <summary>The kind of the body with index <paramref name="bodyIndex"/>.</summary>
    /// <param name="bodyIndex">The body's index, 0 ≤ bodyIndex &lt; <see cref="BodyCount"/>.</param>
    /// <exception cref="IndexOutOfRangeException"><paramref name="bodyIndex"/> is not a body index.</exception>
    public BodyKind BodyKindOf(int bodyIndex) => Tree.BodyKindOf(bodyIndex);

    /// <summary>The index of the organisation that holds the body with index <paramref name="bodyIndex"/>.</summary>
    /// <param name="bodyIndex">The body's index, 0 ≤ bodyIndex &lt; <see cref="BodyCount"/>.</param>
    /// <exception cref="IndexOutOfRangeException"><paramref name="bodyIndex"/> is not a body index.</exception>
    public int OrganizationOfBody(int bodyIndex) => Tree.OrganizationOfBody(bodyIndex);

    /// <summary>The index of the body <paramref name="bodyId"/>, or -1 when there is none.</summary>
    /// <param name="bodyId">The body's id, e.g. <c>TN.X012.UBKT</c>.</param>
    public int BodyIndexOf(RecordId<Organization.Body> bodyId) => Tree.BodyIndexOf(bodyId.Value);

    /// <summary>
    /// The positions in <see cref="WorkRegister.Recommendations"/> of the recommendations addressed to the organisation at
    /// <paramref name="organizationIndex"/>, in the order recorded: the data set's own index, so a host measure finds an
    /// organisation's facts without grouping the register itself. Facts dated after <see cref="AsOf"/> are included; the
    /// measure reads their dates.
    /// </summary>
    /// <param name="organizationIndex">The organisation's index, 0 ≤ index &lt; <see cref="OrganizationCount"/>.</param>
    /// <returns>Positions in the register's list; a view of the index, nothing copied.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="organizationIndex"/> is not an organisation index.</exception>
    public ReadOnlySpan<int> RecommendationsTo(int organizationIndex) => RegisterIndex(ConclusionsByOrganization, organizationIndex);

    /// <summary>
    /// The positions in <see cref="WorkRegister.Assignments"/> of the locality assignments the organisation at
    /// <paramref name="organizationIndex"/> made, in the order recorded (see <see cref="RecommendationsTo"/>).
    /// </summary>
    /// <param name="organizationIndex">The organisation's index, 0 ≤ index &lt; <see cref="OrganizationCount"/>.</param>
    /// <returns>Positions in the register's list; a view of the index, nothing copied.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="organizationIndex"/> is not an organisation index.</exception>
    public ReadOnlySpan<int> AssignmentsBy(int organizationIndex) => RegisterIndex(AssignmentsByOrganization, organizationIndex);

    /// <summary>
    /// The positions in <see cref="WorkRegister.Meetings"/> of the meetings the organisation at
    /// <paramref name="organizationIndex"/> held, in the order recorded (see <see cref="RecommendationsTo"/>).
    /// </summary>
    /// <param name="organizationIndex">The organisation's index, 0 ≤ index &lt; <see cref="OrganizationCount"/>.</param>
    /// <returns>Positions in the register's list; a view of the index, nothing copied.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="organizationIndex"/> is not an organisation index.</exception>
    public ReadOnlySpan<int> MeetingsOf(int organizationIndex) => RegisterIndex(MeetingsByOrganization, organizationIndex);

    /// <summary>
    /// The positions in <see cref="WorkRegister.Tasks"/> of the tasks the organisation at <paramref name="organizationIndex"/>
    /// assigned, in the order recorded (see <see cref="RecommendationsTo"/>).
    /// </summary>
    /// <param name="organizationIndex">The organisation's index, 0 ≤ index &lt; <see cref="OrganizationCount"/>.</param>
    /// <returns>Positions in the register's list; a view of the index, nothing copied.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="organizationIndex"/> is not an organisation index.</exception>
    public ReadOnlySpan<int> TasksOf(int organizationIndex) => RegisterIndex(TasksByOrganization, organizationIndex);

    /// <summary>
    /// One of the indices built in <see cref="Create(EvaluationTree, LocalDate, ActivityRecords)"/>, read as positions in the
    /// register: the projection keeps recommendations, assignments, meetings and tasks one-to-one and in the register's order.
    /// </summary>
    private ReadOnlySpan<int> RegisterIndex(GroupIndex index, int organizationIndex)
    {
        if (_register is null)
        {
            throw new InvalidOperationException("This data set was built from activity records, not from a register: it has no register positions to give.");
        }

        ArgumentOutOfRangeException.ThrowIfNegative(organizationIndex);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(organizationIndex, Tree.Count);
        return index.Of(organizationIndex);
    }

    /// <summary>The years for which at least one organisation reported some kind of data, in order.</summary>
    public IReadOnlyList<int> YearsReported
    {
        get
        {
            var mask = 0UL;
            foreach (var bits in ReportedYears)
            {
                mask |= bits;
            }

            return [.. Enumerable.Range(0, 64).Where(b => (mask & (1UL << b)) != 0).Select(b => FirstReportableYear + b)];
        }
    }

    /// <summary>Whether the organisation at <paramref name="organizationIndex"/> reported <paramref name="kind"/> for <paramref name="year"/>.</summary>
    public bool HasReported(int organizationIndex, RecordKind kind, int year)
        => year is >= FirstReportableYear and <= LastReportableYear
            && (ReportedYears[(organizationIndex * KindCount) + (int)kind] & (1UL << (year - FirstReportableYear))) != 0;

    /// <summary>Whether the organisation reported <paramref name="kind"/> for every year in <paramref name="yearMask"/> (bit 0 = 1990).</summary>
    internal bool HasReportedAll(int organizationIndex, RecordKind kind, ulong yearMask)
        => yearMask != 0 && (ReportedYears[(organizationIndex * KindCount) + (int)kind] & yearMask) == yearMask;

    /// <summary>The mask of years from <paramref name="first"/> to <paramref name="last"/> (clamped to the reportable years).</summary>
    internal static ulong YearMask(int first, int last)
    {
        var mask = 0UL;
        for (var y = Math.Max(first, FirstReportableYear); y <= Math.Min(last, LastReportableYear); y++)
        {
            mask |= 1UL << (y - FirstReportableYear);
        }

        return mask;
    }

    private static void RequireYear(int year, string what)
    {
        if (year is < FirstReportableYear or > LastReportableYear)
        {
            throw new ArgumentException($"The {what} names the year {year}; years {FirstReportableYear}–{LastReportableYear} are supported.", "records");
        }
    }

    private static int Require(EvaluationTree tree, OrganizationId id, string what)
    {
        var i = tree.IndexOf(id);
        if (i < 0)
        {
            throw new ArgumentException($"The {what} names the organisation '{id}', which is not in the tree.", "records");
        }

        return i;
    }

    /// <summary>
    /// The longest key of a record projected from the register: a fact's own id (128), or a plan item's
    /// <c>programme.item</c> (two ids of up to 64 and the dot).
    /// </summary>
    private const int MaxRecordKeyLength = (2 * InputRules.MaxIdentifierLength) + 1;

    private static int[] Organizations<T>(EvaluationTree tree, ImmutableArray<T> records, Func<T, OrganizationId> organization, Func<T, string> key, string what, Func<T, string?>? idToValidate = null)
        where T : class
    {
        var result = new int[records.Length];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < records.Length; i++)
        {
            var record = records[i] ?? throw new ArgumentException($"{what} #{i} is null.", "records");
            var k = key(record);
            var id = idToValidate is null ? k : idToValidate(record);
            if (id is not null)
            {
                InputRules.Validate(id, "records", $"{what} id", MaxRecordKeyLength);
            }

            if (!seen.Add(k))
            {
                throw new ArgumentException($"The {what} '{k}' is repeated.", "records");
            }

            result[i] = Require(tree, organization(record), $"{what} '{k}'");
        }

        return result;
    }

    private static int[] Bodies<T>(EvaluationTree tree, ImmutableArray<T> records, int[] organizations, Func<T, string?> body, Func<T, string> id, string what)
    {
        var result = new int[records.Length];
        for (var i = 0; i < records.Length; i++)
        {
            var b = body(records[i]);
            if (b is null)
            {
                result[i] = -1;
                continue;
            }

            var bi = tree.BodyIndexOf(b);
            if (bi < 0 || tree.OrganizationOfBody(bi) != organizations[i])
            {
                throw new ArgumentException($"The {what} '{id(records[i])}' names the body '{b}', which is not a body of '{tree[organizations[i]].Id}'.", "records");
            }

            result[i] = bi;
        }

        return result;
    }
}
