using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.Indicators;

/// <summary>
/// The organisations an evaluation runs over, indexed for speed (<i>cây tổ chức để đánh giá chỉ tiêu</i>):
/// organisations are numbered in pre-order so that every subtree is one contiguous range of indices
/// [<c>index</c>, <see cref="SubtreeEnd"/>), and sums over a subtree are a loop over an array.
/// </summary>
/// <remarks>
/// This is an index built from the hierarchy (a host's own, or the SDK's hierarchy data set), not a second
/// hierarchy model: it holds only what indicators need. Children keep the order in which they were given. Hosts and
/// measures read it through <see cref="IndicatorDataSet"/>, which holds it with the register.
/// </remarks>
internal sealed class EvaluationTree
{
    private readonly EvaluationOrganization[] _organizations;
    private readonly int[] _parent;
    private readonly int[] _subtreeEnd;
    private readonly OrganizationKind[] _kind;
    private readonly int[][] _byKind;
    private readonly int[] _bodyStart;
    private readonly EvaluationBody[] _bodies;
    private readonly int[] _bodyOrganization;
    private readonly Dictionary<OrganizationId, int> _index;
    private readonly Dictionary<string, int> _bodyIndex;

    private EvaluationTree(EvaluationOrganization[] organizations, int[] parent, int[] subtreeEnd, EvaluationBody[] bodies, int[] bodyStart, int[] bodyOrganization)
    {
        _organizations = organizations;
        _parent = parent;
        _subtreeEnd = subtreeEnd;
        _kind = organizations.Select(o => o.Kind).ToArray();
        _byKind = IndexByKind(_kind);
        _bodies = bodies;
        _bodyStart = bodyStart;
        _bodyOrganization = bodyOrganization;
        _index = new Dictionary<OrganizationId, int>(organizations.Length);
        for (var i = 0; i < organizations.Length; i++)
        {
            _index[organizations[i].Id] = i;
        }

        _bodyIndex = new Dictionary<string, int>(bodies.Length, StringComparer.Ordinal);
        for (var i = 0; i < bodies.Length; i++)
        {
            _bodyIndex[bodies[i].Id] = i;
        }
    }

    /// <summary>The longest body id accepted, in characters (an organisation id plus a suffix).</summary>
    public const int MaxBodyIdLength = 128;

    /// <summary>The number of organisations.</summary>
    public int Count => _organizations.Length;

    /// <summary>The number of bodies.</summary>
    public int BodyCount => _bodies.Length;

    /// <summary>The organisation at pre-order <paramref name="index"/>.</summary>
    internal EvaluationOrganization this[int index] => _organizations[index];

    /// <summary>The id of the organisation at pre-order <paramref name="index"/>.</summary>
    /// <param name="index">The organisation's index, 0 ≤ index &lt; <see cref="Count"/>.</param>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is not an index of the tree.</exception>
    public OrganizationId IdOf(int index) => _organizations[index].Id;

    /// <summary>The name of the organisation at pre-order <paramref name="index"/> (as it was on the tree's date).</summary>
    /// <param name="index">The organisation's index, 0 ≤ index &lt; <see cref="Count"/>.</param>
    /// <exception cref="IndexOutOfRangeException"><paramref name="index"/> is not an index of the tree.</exception>
    public string NameOf(int index) => _organizations[index].Name;

    /// <summary>
    /// Builds the index from organisations given one by one (<see cref="From"/> and the SDK's own tests); hosts build
    /// the tree from their hierarchy with <see cref="From"/>.
    /// </summary>
    /// <param name="organizations">Every organisation once; parents may come after their children.</param>
    /// <exception cref="ArgumentException">An id or body id is repeated, a parent is unknown, the parents form a cycle, or a body id or name is not valid; the message names it.</exception>
    internal static EvaluationTree Create(IEnumerable<EvaluationOrganization> organizations)
    {
        ArgumentNullException.ThrowIfNull(organizations);
        var input = organizations.ToList();
        var position = new Dictionary<OrganizationId, int>(input.Count);
        for (var i = 0; i < input.Count; i++)
        {
            var o = input[i] ?? throw new ArgumentException($"Organisation #{i} is null.", nameof(organizations));
            if (string.IsNullOrEmpty(o.Id.Value))
            {
                throw new ArgumentException($"Organisation #{i} has an empty id.", nameof(organizations));
            }

            if (string.IsNullOrWhiteSpace(o.Name))
            {
                throw new ArgumentException($"Organisation '{o.Id}' has no name.", nameof(organizations));
            }

            if (!position.TryAdd(o.Id, i))
            {
                throw new ArgumentException($"The organisation id '{o.Id}' is repeated.", nameof(organizations));
            }
        }

        var children = new List<int>[input.Count];
        var roots = new List<int>();
        for (var i = 0; i < input.Count; i++)
        {
            if (input[i].Parent is not { } p)
            {
                roots.Add(i);
                continue;
            }

            if (!position.TryGetValue(p, out var pi))
            {
                throw new ArgumentException($"Organisation '{input[i].Id}' names the parent '{p}', which is not in the tree.", nameof(organizations));
            }

            (children[pi] ??= []).Add(i);
        }

        // Iterative pre-order walk: each subtree ends where the walk leaves it.
        var order = new int[input.Count];
        var newIndex = new int[input.Count];
        var subtreeEndOld = new int[input.Count];
        var n = 0;
        var stack = new Stack<(int Node, int Child)>();
        foreach (var root in roots)
        {
            newIndex[root] = n;
            order[n++] = root;
            stack.Push((root, 0));
            while (stack.Count > 0)
            {
                var (node, child) = stack.Pop();
                var list = children[node];
                if (list is not null && child < list.Count)
                {
                    stack.Push((node, child + 1));
                    var c = list[child];
                    newIndex[c] = n;
                    order[n++] = c;
                    stack.Push((c, 0));
                }
                else
                {
                    subtreeEndOld[node] = n;
                }
            }
        }

        if (n != input.Count)
        {
            var reached = new bool[input.Count];
            for (var i = 0; i < n; i++)
            {
                reached[order[i]] = true;
            }

            var stuck = Array.IndexOf(reached, false);
            throw new ArgumentException($"The parents of organisation '{input[stuck].Id}' form a cycle.", nameof(organizations));
        }

        var sorted = new EvaluationOrganization[n];
        var parent = new int[n];
        var subtreeEnd = new int[n];
        for (var i = 0; i < n; i++)
        {
            var old = order[i];
            sorted[i] = input[old];
            parent[i] = input[old].Parent is { } p ? newIndex[position[p]] : -1;
            subtreeEnd[i] = subtreeEndOld[old];
        }

        var bodies = new List<EvaluationBody>();
        var bodyStart = new int[n + 1];
        var bodyOrganization = new List<int>();
        var bodyIds = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            bodyStart[i] = bodies.Count;
            foreach (var b in sorted[i].Bodies ?? [])
            {
                if (b is null)
                {
                    throw new ArgumentException($"Organisation '{sorted[i].Id}' has a null body.", nameof(organizations));
                }

                InputRules.Validate(b.Id, nameof(organizations), "body id", MaxBodyIdLength);
                if (!bodyIds.Add(b.Id))
                {
                    throw new ArgumentException($"The body id '{b.Id}' is repeated.", nameof(organizations));
                }

                if (!Enum.IsDefined(b.Kind) || string.IsNullOrWhiteSpace(b.Name))
                {
                    throw new ArgumentException($"The body '{b.Id}' has an unknown kind or no name.", nameof(organizations));
                }

                bodies.Add(b);
                bodyOrganization.Add(i);
            }
        }

        bodyStart[n] = bodies.Count;
        return new EvaluationTree(sorted, parent, subtreeEnd, bodies.ToArray(), bodyStart, bodyOrganization.ToArray());
    }

    /// <summary>
    /// Indexes the organisations of a hierarchy data set that exist on <paramref name="asOf"/> (with the names they had
    /// then), and their bodies. Body ids are the organisation id plus <c>.CU</c> (committee), <c>.BTV</c> (standing
    /// committee), <c>.UBKT</c> (inspection commission), <c>.CB</c> (the cell itself) or <c>.TM-</c> and the advisory
    /// agency's kind (<c>TN.X012.TM-PartyBuildingBoard</c>). An organisation whose parent does not exist on that date is
    /// left out with its subtree.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="dataset"/> is null.</exception>
    public static EvaluationTree From(PartyDataset dataset, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(dataset);

        // Straight from the dataset's columns: materialising each organisation and its bodies (with their posts) cost
        // seconds at national scale for a few strings per organisation.
        var date = DateCode.Of(asOf);
        var included = new bool[dataset.OrganizationCount];
        var list = new List<EvaluationOrganization>(dataset.OrganizationCount);
        var summaries = new List<(BodyKind Kind, AdvisoryAgencyKind? Agency, string Name)>();
        for (var i = 0; i < dataset.OrganizationCount; i++)
        {
            // Depth-first order: a parent is seen before its children.
            var parent = dataset.ParentOf(i);
            if (!dataset.ExistsOn(i, date) || (parent >= 0 && !included[parent]))
            {
                continue;
            }

            included[i] = true;
            var id = dataset.OrganizationIdOf(i);
            summaries.Clear();
            dataset.AddBodySummaries(i, summaries);
            var bodies = new EvaluationBody[summaries.Count];
            for (var b = 0; b < bodies.Length; b++)
            {
                var (kind, agency, name) = summaries[b];
                bodies[b] = new EvaluationBody(BodyId(id, kind, agency), kind, name, kind == BodyKind.AdvisoryAgency ? agency : null);
            }

            list.Add(new EvaluationOrganization(id, parent < 0 ? null : dataset.OrganizationIdOf(parent), dataset.KindOf(i), dataset.NameAsOf(i, asOf), bodies));
        }

        return Create(list);
    }

    /// <summary>The pre-order index of <paramref name="id"/>, or -1 when it is not in the tree.</summary>
    public int IndexOf(OrganizationId id) => _index.TryGetValue(id, out var i) ? i : -1;

    /// <summary>The index of the parent of the organisation at <paramref name="index"/>, or -1 for a root.</summary>
    public int ParentOf(int index) => _parent[index];

    /// <summary>One past the last index of the subtree rooted at <paramref name="index"/>.</summary>
    public int SubtreeEnd(int index) => _subtreeEnd[index];

    /// <summary>
    /// The indices, in pre-order, of the organisations of <paramref name="kind"/> in [<paramref name="start"/>,
    /// <paramref name="end"/>): how a measure that counts only some kinds skips the rest (most organisations are cells).
    /// A measure passes <see cref="MeasureContext.ScopeStart"/> and <see cref="MeasureContext.ScopeEnd"/>; a range
    /// outside [0, <see cref="Count"/>) is clipped to it, and an unknown kind has none.
    /// </summary>
    /// <param name="kind">The organisation kind.</param>
    /// <param name="start">The first index of the range.</param>
    /// <param name="end">One past the last index of the range.</param>
    /// <returns>The indices, ascending; a view of the tree's own index, nothing copied.</returns>
    public ReadOnlySpan<int> OfKind(OrganizationKind kind, int start, int end)
    {
        if ((uint)kind >= (uint)_byKind.Length || end <= start)
        {
            return [];
        }

        var list = _byKind[(int)kind];
        var from = LowerBound(list, start);
        return list.AsSpan(from, LowerBound(list, end) - from);
    }

    private static int LowerBound(int[] sorted, int value)
    {
        var i = Array.BinarySearch(sorted, value);
        return i >= 0 ? i : ~i;
    }

    private static int[][] IndexByKind(OrganizationKind[] kinds)
    {
        var count = new int[Enum.GetValues<OrganizationKind>().Max(k => (int)k) + 1];
        foreach (var k in kinds)
        {
            count[(int)k]++;
        }

        var byKind = count.Select(c => new int[c]).ToArray();
        Array.Clear(count);
        for (var i = 0; i < kinds.Length; i++)
        {
            byKind[(int)kinds[i]][count[(int)kinds[i]]++] = i;
        }

        return byKind;
    }

    /// <summary>The kind of the organisation at <paramref name="index"/>.</summary>
    public OrganizationKind KindOf(int index) => _kind[index];

    /// <summary>The body with index <paramref name="bodyIndex"/>.</summary>
    internal EvaluationBody Body(int bodyIndex) => _bodies[bodyIndex];

    /// <summary>
    /// The id of the body with index <paramref name="bodyIndex"/>: the id facts of the register name it by (e.g.
    /// <c>TN.X012.UBKT</c>, see <see cref="From"/>).
    /// </summary>
    /// <param name="bodyIndex">The body's index, 0 ≤ bodyIndex &lt; <see cref="BodyCount"/>.</param>
    /// <exception cref="IndexOutOfRangeException"><paramref name="bodyIndex"/> is not a body index of the tree.</exception>
    public string BodyIdOf(int bodyIndex) => _bodies[bodyIndex].Id;

    /// <summary>The kind of the body with index <paramref name="bodyIndex"/>.</summary>
    /// <param name="bodyIndex">The body's index, 0 ≤ bodyIndex &lt; <see cref="BodyCount"/>.</param>
    /// <exception cref="IndexOutOfRangeException"><paramref name="bodyIndex"/> is not a body index of the tree.</exception>
    public BodyKind BodyKindOf(int bodyIndex) => _bodies[bodyIndex].Kind;

    /// <summary>The organisation index of the body with index <paramref name="bodyIndex"/>.</summary>
    public int OrganizationOfBody(int bodyIndex) => _bodyOrganization[bodyIndex];

    /// <summary>The index of the body <paramref name="bodyId"/>, or -1 when there is none.</summary>
    public int BodyIndexOf(string bodyId) => bodyId is not null && _bodyIndex.TryGetValue(bodyId, out var i) ? i : -1;

    /// <summary>The range of body indices of the organisation at <paramref name="index"/>: [start, end).</summary>
    public (int Start, int End) BodiesOf(int index) => (_bodyStart[index], _bodyStart[index + 1]);

    /// <summary>The id of a body in the tree and in the register: the organisation's id and a suffix for the kind.</summary>
    internal static string BodyId(OrganizationId organization, BodyKind kind, AdvisoryAgencyKind? agency) => kind switch
    {
        BodyKind.Committee => $"{organization}.CU",
        BodyKind.StandingCommittee => $"{organization}.BTV",
        BodyKind.InspectionCommission => $"{organization}.UBKT",
        BodyKind.Cell => $"{organization}.CB",
        _ => $"{organization}.TM-{agency?.ToString() ?? "Agency"}",
    };

    /// <summary>How many bodies of <paramref name="kind"/> the organisation at <paramref name="index"/> has.</summary>
    public int CountBodies(int index, BodyKind kind)
    {
        var count = 0;
        for (var b = _bodyStart[index]; b < _bodyStart[index + 1]; b++)
        {
            if (_bodies[b].Kind == kind)
            {
                count++;
            }
        }

        return count;
    }
}
