using KiemTra.Sdk.Diagnostics;
using System.Collections.Immutable;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Organization;

/// <summary>
/// An immutable party hierarchy with its indexes (<i>bộ dữ liệu tổ chức đảng</i>): organisations of every kind with
/// lineage, members, posts and bodies. Built once by <see cref="PartyDatasetBuilder"/> or read from JSON
/// (<c>PartyDatasetJson</c>); thread-safe for reading.
/// </summary>
/// <remarks>
/// <para>Organisations are stored in depth-first (Euler tour) order, so every subtree is one contiguous index range
/// [i, end(i)): "is X under Y" is O(1), a subtree's recorded member count is O(1) (members are stored grouped by
/// organisation in the same order), and counts by kind on a date scan only the subtree's range.</para>
/// <para>An organisation has one parent for its whole life. A structural reform (such as the end of districts on
/// 1/7/2025) is recorded as lineage: the old organisations end (merged or dissolved) and new ones are created,
/// so "as of" queries see the tree as it stood, and rules still reach dissolved or merged organisations through
/// <see cref="SuccessorsAsOf"/>.</para>
/// </remarks>
public sealed class PartyDataset
{
    private readonly string[] _orgIds;
    private readonly OrganizationId[] _orgIdValues;
    private readonly string[] _orgNames;
    private readonly OrganizationKind[] _kind;
    private readonly int[] _parent;
    private readonly int[] _subEnd;
    private readonly int[] _depth;
    private readonly int[] _created;
    private readonly int[] _ended;
    private readonly int[] _mergedInto;
    private readonly int[] _splitFrom;
    private readonly OrganizationFlags[] _flags;
    private readonly Dictionary<string, int> _orgIndex;
    private readonly int[] _agencyStart;
    private readonly AdvisoryAgencyKind[] _agencies;
    private readonly Dictionary<int, ImmutableArray<LineageEvent>> _lineageByOrg;
    private readonly Dictionary<int, List<int>> _splitChildren = [];

    private readonly CompactStringTable _memberIds;
    private readonly CompactStringTable _memberNames;
    private readonly int[] _memberSlot; // member index -> insertion slot in the string tables
    private readonly int[] _memberIndexOfSlot; // insertion slot -> member index
    private readonly int[] _memberOrg;
    private readonly MemberStatus[] _memberStatus;
    private readonly int[] _memberAdmitted;
    private readonly int[] _memberCadre;
    private readonly sbyte[] _memberLocal;
    private readonly int[] _orgMemberStart;

    private readonly int[] _postMember;
    private readonly int[] _postOrg;
    private readonly PostKind[] _postKind;
    private readonly bool[] _postFullTime;
    private readonly int[] _memberPostStart;
    private readonly int[] _memberPosts;
    private readonly int[] _orgPostStart;
    private readonly int[] _orgPosts;

#pragma warning disable IDE0290 // many fields: an explicit constructor reads better than a primary one
    private PartyDataset(
        string name,
        LocalDate snapshotDate,
        string[] orgIds,
        string[] orgNames,
        OrganizationKind[] kind,
        int[] parent,
        int[] subEnd,
        int[] depth,
        int[] created,
        int[] ended,
        int[] mergedInto,
        int[] splitFrom,
        OrganizationFlags[] flags,
        int[] agencyStart,
        AdvisoryAgencyKind[] agencies,
        ImmutableArray<LineageEvent> lineage,
        CompactStringTable memberIds,
        CompactStringTable memberNames,
        int[] memberSlot,
        int[] memberIndexOfSlot,
        int[] memberOrg,
        MemberStatus[] memberStatus,
        int[] memberAdmitted,
        int[] memberCadre,
        sbyte[] memberLocal,
        int[] orgMemberStart,
        int[] postMember,
        int[] postOrg,
        PostKind[] postKind,
        bool[] postFullTime)
#pragma warning restore IDE0290
    {
        Name = name;
        SnapshotDate = snapshotDate;
        _orgIds = orgIds;
        _orgNames = orgNames;
        _kind = kind;
        _parent = parent;
        _subEnd = subEnd;
        _depth = depth;
        _created = created;
        _ended = ended;
        _mergedInto = mergedInto;
        _splitFrom = splitFrom;
        _flags = flags;
        _agencyStart = agencyStart;
        _agencies = agencies;
        Lineage = lineage;
        _memberIds = memberIds;
        _memberNames = memberNames;
        _memberSlot = memberSlot;
        _memberIndexOfSlot = memberIndexOfSlot;
        _memberOrg = memberOrg;
        _memberStatus = memberStatus;
        _memberAdmitted = memberAdmitted;
        _memberCadre = memberCadre;
        _memberLocal = memberLocal;
        _orgMemberStart = orgMemberStart;
        _postMember = postMember;
        _postOrg = postOrg;
        _postKind = postKind;
        _postFullTime = postFullTime;

        _orgIdValues = Array.ConvertAll(orgIds, OrganizationId.FromValidated);
        _orgIndex = new Dictionary<string, int>(orgIds.Length, StringComparer.Ordinal);
        for (var i = 0; i < orgIds.Length; i++)
        {
            _orgIndex[orgIds[i]] = i;
        }

        _lineageByOrg = lineage
            .GroupBy(e => _orgIndex[e.Organization.Value])
            .ToDictionary(g => g.Key, g => g.OrderBy(e => e.Date).ToImmutableArray());
        for (var i = 0; i < splitFrom.Length; i++)
        {
            if (splitFrom[i] >= 0)
            {
                if (!_splitChildren.TryGetValue(splitFrom[i], out var children))
                {
                    _splitChildren[splitFrom[i]] = children = [];
                }

                children.Add(i);
            }
        }

        (_memberPostStart, _memberPosts) = Csr(memberOrg.Length, postMember);
        (_orgPostStart, _orgPosts) = Csr(orgIds.Length, postOrg);
    }

    /// <summary>The dataset's name.</summary>
    public string Name { get; }

    /// <summary>The date the data describes (the default date of reports).</summary>
    public LocalDate SnapshotDate { get; }

    /// <summary>The number of organisations (all, including ended ones).</summary>
    public int OrganizationCount => _orgIds.Length;

    /// <summary>The number of members.</summary>
    public int MemberCount => _memberOrg.Length;

    /// <summary>The number of posts.</summary>
    public int PostCount => _postMember.Length;

    /// <summary>Every lineage event, by organisation and date.</summary>
    public ImmutableArray<LineageEvent> Lineage { get; }

    /// <summary>The roots (provinces), in the order added.</summary>
    public IEnumerable<PartyOrganization> Roots
    {
        get
        {
            for (var i = 0; i < _orgIds.Length; i = _subEnd[i])
            {
                yield return Materialize(i);
            }
        }
    }

    /// <summary>Every organisation in depth-first order.</summary>
    public IEnumerable<PartyOrganization> Organizations
    {
        get
        {
            for (var i = 0; i < _orgIds.Length; i++)
            {
                yield return Materialize(i);
            }
        }
    }

    /// <summary>Whether an organisation with this id exists in the dataset (at any date).</summary>
    public bool Contains(OrganizationId id) => _orgIndex.ContainsKey(id.Value);

    /// <summary>Whether a member with this id exists in the dataset.</summary>
    public bool Contains(MemberId id) => _memberIds.IndexOf(id.Value) >= 0;

    /// <summary>The organisation with this id.</summary>
    /// <exception cref="KeyNotFoundException">No organisation has this id.</exception>
    public PartyOrganization GetOrganization(OrganizationId id) => Materialize(IndexOf(id));

    /// <summary>The member with this id.</summary>
    /// <exception cref="KeyNotFoundException">No member has this id.</exception>
    public Member GetMember(MemberId id) => MaterializeMember(IndexOf(id));

    /// <summary>The children of an organisation that existed on <paramref name="asOf"/> (all children when null).</summary>
    /// <exception cref="KeyNotFoundException">No organisation has this id.</exception>
    public IReadOnlyList<PartyOrganization> ChildrenOf(OrganizationId id, LocalDate? asOf = null)
    {
        var i = IndexOf(id);
        var result = new List<PartyOrganization>();
        for (var c = i + 1; c < _subEnd[i]; c = _subEnd[c])
        {
            if (asOf is null || ExistsOn(c, DateCode.Of(asOf.Value)))
            {
                result.Add(Materialize(c));
            }
        }

        return result;
    }

    /// <summary>The parent chain from the parent up to the root (the "parent chain" of <c>kiemtra org show</c>).</summary>
    /// <exception cref="KeyNotFoundException">No organisation has this id.</exception>
    public IReadOnlyList<PartyOrganization> AncestorsOf(OrganizationId id)
    {
        var result = new List<PartyOrganization>();
        for (var p = _parent[IndexOf(id)]; p >= 0; p = _parent[p])
        {
            result.Add(Materialize(p));
        }

        return result;
    }

    /// <summary>Whether <paramref name="node"/> is <paramref name="ancestor"/> or lies below it. O(1).</summary>
    /// <exception cref="KeyNotFoundException">Either id is unknown.</exception>
    public bool IsInSubtree(OrganizationId ancestor, OrganizationId node) => InSubtree(IndexOf(ancestor), IndexOf(node));

    /// <summary>The members directly managed by an organisation (admitted on or before <paramref name="asOf"/> when given).</summary>
    /// <exception cref="KeyNotFoundException">No organisation has this id.</exception>
    public IReadOnlyList<Member> MembersOf(OrganizationId id, LocalDate? asOf = null)
    {
        var i = IndexOf(id);
        var result = new List<Member>();
        var date = asOf is null ? DateCode.Never : DateCode.Of(asOf.Value);
        for (var m = _orgMemberStart[i]; m < _orgMemberStart[i + 1]; m++)
        {
            if (_memberAdmitted[m] <= date)
            {
                result.Add(MaterializeMember(m));
            }
        }

        return result;
    }

    /// <summary>The number of members recorded anywhere in the subtree (no date filter). O(1).</summary>
    /// <exception cref="KeyNotFoundException">No organisation has this id.</exception>
    public int SubtreeMemberCount(OrganizationId id)
    {
        var i = IndexOf(id);
        return _orgMemberStart[_subEnd[i]] - _orgMemberStart[i];
    }

    /// <summary>The number of organisations recorded in the subtree, itself included (no date filter). O(1).</summary>
    /// <exception cref="KeyNotFoundException">No organisation has this id.</exception>
    public int SubtreeOrganizationCount(OrganizationId id)
    {
        var i = IndexOf(id);
        return _subEnd[i] - i;
    }

    /// <summary>
    /// Runs the structural checks of the hierarchy on a date (<i>kiểm tra cơ cấu tổ chức</i>): cell sizes, grassroots
    /// cells and committees, and the inspection commissions' presence, size, full-time deputy and non-local chair. Each
    /// check applies the rule-set entry in force on that date and yields a <see cref="Finding"/> naming the values and
    /// the rule (codes <c>ErrorCodes.Hierarchy*</c>); data problems never throw.
    /// </summary>
    /// <param name="rules">The rule book (usually <see cref="RuleBook.BuiltIn"/>).</param>
    /// <param name="asOf">The date judged: only organisations that existed on it are checked.</param>
    /// <returns>Findings in tree order (depth-first), then by code.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    public ImmutableArray<Finding> CheckStructure(RuleBook rules, LocalDate asOf) => HierarchyChecks.Run(this, rules, asOf);

    /// <summary>Counts of the subtree by kind on a date: organisations that existed on that date and members admitted by then.</summary>
    /// <exception cref="KeyNotFoundException">No organisation has this id.</exception>
    public SubtreeCounts CountSubtree(OrganizationId root, LocalDate asOf)
    {
        var r = IndexOf(root);
        var date = DateCode.Of(asOf);
        var byKind = new int[Enum.GetValues<OrganizationKind>().Max(k => (int)k) + 1];
        int direct = 0, oldCommunes = 0, full = 0, probationary = 0;
        for (var i = r; i < _subEnd[r]; i++)
        {
            if (!ExistsOn(i, date))
            {
                continue;
            }

            var kind = _kind[i];
            byKind[(int)kind]++;
            var parent = _parent[i];
            if (i != r && parent >= 0 && _kind[parent] == OrganizationKind.Province && kind is not (OrganizationKind.GrassrootsCommittee or OrganizationKind.GrassrootsCell))
            {
                direct++;
            }

            if (parent >= 0 && _kind[parent] == OrganizationKind.District && kind is OrganizationKind.Commune or OrganizationKind.Ward)
            {
                oldCommunes++;
            }

            for (var m = _orgMemberStart[i]; m < _orgMemberStart[i + 1]; m++)
            {
                if (_memberAdmitted[m] <= date)
                {
                    if (_memberStatus[m] == MemberStatus.Full)
                    {
                        full++;
                    }
                    else
                    {
                        probationary++;
                    }
                }
            }
        }

        return new SubtreeCounts(root, asOf, [.. byKind], direct, oldCommunes, full, probationary);
    }

    /// <summary>
    /// The organisations that carry an organisation's responsibilities on <paramref name="asOf"/>: itself while it
    /// exists; after a merger, the organisation it merged into; after a split, the organisations split from it; after
    /// a dissolution, its parent — each followed further as of the same date. Empty before it was created.
    /// </summary>
    /// <exception cref="KeyNotFoundException">No organisation has this id.</exception>
    public IReadOnlyList<OrganizationId> SuccessorsAsOf(OrganizationId id, LocalDate asOf)
    {
        var result = new List<OrganizationId>();
        var date = DateCode.Of(asOf);
        var seen = new HashSet<int>();
        var pending = new Stack<int>();
        pending.Push(IndexOf(id));
        while (pending.Count > 0)
        {
            var i = pending.Pop();
            if (!seen.Add(i) || _created[i] > date)
            {
                continue;
            }

            if (date < _ended[i])
            {
                result.Add(_orgIdValues[i]);
                continue;
            }

            var splits = SplitsOf(i, _ended[i]);
            if (_mergedInto[i] >= 0)
            {
                pending.Push(_mergedInto[i]);
            }
            else if (splits.Count > 0)
            {
                for (var s = splits.Count - 1; s >= 0; s--)
                {
                    pending.Push(splits[s]);
                }
            }
            else if (_parent[i] >= 0)
            {
                pending.Push(_parent[i]);
            }
        }

        return result;
    }

    /// <summary>The bodies of an organisation: committee, standing committee, inspection commission, advisory agencies, or the cell itself.</summary>
    /// <exception cref="KeyNotFoundException">No organisation has this id.</exception>
    public IReadOnlyList<Body> BodiesOf(OrganizationId id)
    {
        var i = IndexOf(id);
        var name = NameOf(i);
        var posts = PostsIn(i).ToList();
        var result = new List<Body>();
        if (HasBody(i, BodyKind.Cell))
        {
            result.Add(new Body(id, BodyKind.Cell, null, BodyName(BodyKind.Cell, null, KindOf(i), name), [.. posts.Where(p => p.Kind is PostKind.Head or PostKind.DeputyHead or PostKind.CommitteeMember)]));
        }

        if (HasBody(i, BodyKind.Committee))
        {
            result.Add(new Body(id, BodyKind.Committee, null, BodyName(BodyKind.Committee, null, KindOf(i), name), [.. posts.Where(p => p.Kind is PostKind.Head or PostKind.DeputyHead or PostKind.CommitteeMember or PostKind.StandingCommitteeMember)]));
        }

        if (HasBody(i, BodyKind.StandingCommittee))
        {
            result.Add(new Body(id, BodyKind.StandingCommittee, null, BodyName(BodyKind.StandingCommittee, null, KindOf(i), name), [.. posts.Where(p => p.Kind is PostKind.Head or PostKind.DeputyHead or PostKind.StandingCommitteeMember)]));
        }

        if (HasBody(i, BodyKind.InspectionCommission))
        {
            result.Add(new Body(id, BodyKind.InspectionCommission, null, BodyName(BodyKind.InspectionCommission, null, KindOf(i), name), [.. posts.Where(p => p.Kind is PostKind.CommissionChair or PostKind.CommissionDeputyChair or PostKind.CommissionMember)]));
        }

        for (var a = _agencyStart[i]; a < _agencyStart[i + 1]; a++)
        {
            result.Add(new Body(id, BodyKind.AdvisoryAgency, _agencies[a], BodyName(BodyKind.AdvisoryAgency, _agencies[a], KindOf(i), name), []));
        }

        return result;
    }

    /// <summary>
    /// The kinds and Vietnamese names of the bodies of the organisation at <paramref name="org"/>, in the order of
    /// <see cref="BodiesOf"/>, without materialising their posts: what indexes of bodies (the evaluation tree) need.
    /// </summary>
    internal void AddBodySummaries(int org, List<(BodyKind Kind, AdvisoryAgencyKind? Agency, string Name)> into)
    {
        var name = NameOf(org);
        foreach (var kind in (ReadOnlySpan<BodyKind>)[BodyKind.Cell, BodyKind.Committee, BodyKind.StandingCommittee, BodyKind.InspectionCommission])
        {
            if (HasBody(org, kind))
            {
                into.Add((kind, null, BodyName(kind, null, KindOf(org), name).Vietnamese));
            }
        }

        for (var a = _agencyStart[org]; a < _agencyStart[org + 1]; a++)
        {
            into.Add((BodyKind.AdvisoryAgency, _agencies[a], BodyName(BodyKind.AdvisoryAgency, _agencies[a], KindOf(org), name).Vietnamese));
        }
    }

    /// <summary>The name the organisation at <paramref name="org"/> had on <paramref name="date"/> (as <see cref="PartyOrganization.NameAsOf"/>).</summary>
    internal string NameAsOf(int org, LocalDate date)
    {
        var current = _orgNames[org];
        if (_lineageByOrg.TryGetValue(org, out var events))
        {
            foreach (var e in events)
            {
                if (e.Kind == LineageEventKind.Renamed && e.Date <= date)
                {
                    current = e.NewName!;
                }
            }
        }

        return current;
    }

    private static LocalizedText BodyName(BodyKind kind, AdvisoryAgencyKind? agency, OrganizationKind orgKind, string name)
    {
        var (agencyVi, agencyEn) = AgencyName(agency ?? AdvisoryAgencyKind.PartyBuildingBoard);
        var vi = PartyBodyNames.Vietnamese(kind, agency, orgKind, name, agencyVi);
        return kind switch
        {
            BodyKind.Cell => LocalizedText.Of(vi, $"Cell \"{name}\""),
            BodyKind.Committee => LocalizedText.Of(vi, $"Committee of {name}"),
            BodyKind.StandingCommittee => LocalizedText.Of(vi, $"Standing committee of {name}"),
            BodyKind.InspectionCommission => LocalizedText.Of(vi, $"Inspection commission of {name}"),
            _ => LocalizedText.Of(vi, $"{agencyEn} of {name}"),
        };
    }

    internal static LocalDate Add(LocalDate date, RuleDuration duration) => duration.Unit switch
    {
        RuleDurationUnit.CalendarDays => date.PlusDays(duration.Amount),
        RuleDurationUnit.Months => date.PlusMonths(duration.Amount),
        RuleDurationUnit.Years => date.PlusYears(duration.Amount),
        _ => throw new ArgumentOutOfRangeException(nameof(duration), duration, "Working-day durations need a working-day calendar."),
    };

    internal static LocalDate Subtract(LocalDate date, RuleDuration duration) => duration.Unit switch
    {
        RuleDurationUnit.CalendarDays => date.PlusDays(-duration.Amount),
        RuleDurationUnit.Months => date.PlusMonths(-duration.Amount),
        RuleDurationUnit.Years => date.PlusYears(-duration.Amount),
        _ => throw new ArgumentOutOfRangeException(nameof(duration), duration, "Working-day durations need a working-day calendar."),
    };

    internal static PartyDataset FromBuilder(PartyDatasetBuilder b)
    {
        var n = b.OrgIds.Count;
        var oldParent = b.OrgParents;

        // Children in insertion order (CSR), then an iterative depth-first walk gives the Euler order.
        var childCount = new int[n + 1];
        foreach (var p in oldParent)
        {
            if (p >= 0)
            {
                childCount[p + 1]++;
            }
        }

        for (var i = 0; i < n; i++)
        {
            childCount[i + 1] += childCount[i];
        }

        var children = new int[n];
        var fill = (int[])childCount.Clone();
        for (var i = 0; i < n; i++)
        {
            if (oldParent[i] >= 0)
            {
                children[fill[oldParent[i]]++] = i;
            }
        }

        var order = new int[n];
        var newIndex = new int[n];
        Array.Fill(newIndex, -1);
        var subEnd = new int[n];
        var depth = new int[n];
        var next = 0;
        var stack = new Stack<(int Old, int Child)>();
        for (var root = 0; root < n; root++)
        {
            if (oldParent[root] >= 0)
            {
                continue;
            }

            newIndex[root] = next;
            order[next++] = root;
            stack.Push((root, childCount[root]));
            while (stack.Count > 0)
            {
                var (node, child) = stack.Pop();
                if (child < childCount[node + 1])
                {
                    stack.Push((node, child + 1));
                    var c = children[child];
                    depth[next] = stack.Count;
                    newIndex[c] = next;
                    order[next++] = c;
                    stack.Push((c, childCount[c]));
                }
                else
                {
                    subEnd[newIndex[node]] = next;
                }
            }
        }

        if (next < n)
        {
            var stuck = Array.IndexOf(newIndex, -1);
            throw DatasetErrors.At(b.Source, $"organizations[{stuck}]/parent", b.OrgIds[oldParent[stuck]], ErrorCodes.DocumentRuleViolated, $"các tổ chức cấp trên của {b.OrgIds[stuck]} tạo thành vòng lặp", $"The parents of {b.OrgIds[stuck]} form a cycle.");
        }

        string[] Permute<TIn>(List<TIn> source, Func<TIn, string> map) => order.Select(o => map(source[o])).ToArray();
        var orgIds = Permute(b.OrgIds, x => x);
        var orgNames = Permute(b.OrgNames, x => x);
        var kind = order.Select(o => b.OrgKinds[o]).ToArray();
        var parent = order.Select(o => oldParent[o] < 0 ? -1 : newIndex[oldParent[o]]).ToArray();
        var created = order.Select(o => b.OrgCreated[o]).ToArray();
        var flags = order.Select(o => b.OrgFlags[o]).ToArray();

        // Advisory agencies grouped by organisation.
        var agencyCount = new int[n + 1];
        foreach (var (org, _) in b.Agencies)
        {
            agencyCount[newIndex[org] + 1]++;
        }

        for (var i = 0; i < n; i++)
        {
            agencyCount[i + 1] += agencyCount[i];
        }

        var agencies = new AdvisoryAgencyKind[b.Agencies.Count];
        var agencyFill = (int[])agencyCount.Clone();
        foreach (var (org, agencyKind) in b.Agencies)
        {
            agencies[agencyFill[newIndex[org]]++] = agencyKind;
        }

        // Members grouped by organisation in Euler order (stable counting sort), so that subtrees are ranges.
        var m = b.MemberOrgs.Count;
        var memberStart = new int[n + 1];
        foreach (var org in b.MemberOrgs)
        {
            memberStart[newIndex[org] + 1]++;
        }

        for (var i = 0; i < n; i++)
        {
            memberStart[i + 1] += memberStart[i];
        }

        var memberOrder = new int[m];
        var memberFill = (int[])memberStart.Clone();
        for (var i = 0; i < m; i++)
        {
            memberOrder[memberFill[newIndex[b.MemberOrgs[i]]]++] = i;
        }

        // The id and name tables stay in insertion order (no copy of hundreds of megabytes); two int maps link them.
        var memberIds = b.MemberIds;
        var (duplicate, _) = memberIds.BuildIndex();
        if (duplicate >= 0)
        {
            throw DatasetErrors.At(b.Source, $"members[{duplicate}]/id", memberIds.GetString(duplicate), ErrorCodes.DocumentIdDuplicate, "hai đảng viên có cùng mã này", "Two members have this id.");
        }

        var memberNames = b.MemberNames;
        var memberIndexOfSlot = new int[m];
        for (var i = 0; i < m; i++)
        {
            memberIndexOfSlot[memberOrder[i]] = i;
        }

        var memberOrg = new int[m];
        var memberStatus = new MemberStatus[m];
        var memberAdmitted = new int[m];
        var memberCadre = new int[m];
        var memberLocal = new sbyte[m];
        for (var i = 0; i < m; i++)
        {
            var old = memberOrder[i];
            memberOrg[i] = newIndex[b.MemberOrgs[old]];
            memberStatus[i] = b.MemberStatuses[old];
            memberAdmitted[i] = b.MemberAdmitted[old];
            memberCadre[i] = b.MemberCadre[old] < 0 ? -1 : newIndex[b.MemberCadre[old]];
            memberLocal[i] = b.MemberLocal[old];
        }

        var postCount = b.Posts.Count;
        var postMember = new int[postCount];
        var postOrg = new int[postCount];
        var postKind = new PostKind[postCount];
        var postFullTime = new bool[postCount];
        for (var i = 0; i < postCount; i++)
        {
            var (memberId, org, k, fullTime) = b.Posts[i];
            var slot = memberId is null ? -1 : memberIds.IndexOf(memberId);
            var member = slot < 0 ? -1 : memberIndexOfSlot[slot];
            if (member < 0)
            {
                throw DatasetErrors.At(b.Source, $"posts[{i}]/member", memberId ?? "null", ErrorCodes.DocumentReferenceUnknown, "không có đảng viên nào có mã này", "No member has this id.");
            }

            postMember[i] = member;
            postOrg[i] = newIndex[org];
            postKind[i] = k;
            postFullTime[i] = fullTime;
        }

        var ended = new int[n];
        Array.Fill(ended, DateCode.Never);
        var mergedInto = new int[n];
        Array.Fill(mergedInto, -1);
        var splitFrom = new int[n];
        Array.Fill(splitFrom, -1);
        var lineage = b.Lineage.OrderBy(e => e.Date).ToList();
        for (var i = 0; i < lineage.Count; i++)
        {
            var e = lineage[i];
            var path = $"lineage[{b.Lineage.IndexOf(e)}]";
            if (!b.OrgIndex.TryGetValue(e.Organization.Value, out var oldOrg))
            {
                throw DatasetErrors.At(b.Source, path + "/organization", e.Organization.Value, ErrorCodes.DocumentReferenceUnknown, "không có tổ chức nào có mã này", "No organisation has this id.");
            }

            var o = newIndex[oldOrg];
            var date = DateCode.Of(e.Date);
            var other = -1;
            if (e.Other is { } otherId)
            {
                if (!b.OrgIndex.TryGetValue(otherId.Value, out var oldOther))
                {
                    throw DatasetErrors.At(b.Source, path + "/other", otherId.Value, ErrorCodes.DocumentReferenceUnknown, "không có tổ chức nào có mã này", "No organisation has this id.");
                }

                other = newIndex[oldOther];
            }

            switch (e.Kind)
            {
                case LineageEventKind.Renamed when date <= created[o] || date >= ended[o]:
                    throw DatasetErrors.At(b.Source, path + "/date", $"{e.Date:uuuu-MM-dd}", ErrorCodes.DocumentRuleViolated, $"{orgIds[o]} không tồn tại vào ngày đổi tên", $"{orgIds[o]} did not exist on the day of the rename.");
                case LineageEventKind.MergedInto or LineageEventKind.Dissolved when ended[o] != DateCode.Never:
                    throw DatasetErrors.At(b.Source, path + "/kind", e.Kind.ToString(), ErrorCodes.DocumentRuleViolated, $"{orgIds[o]} đã chấm dứt hoạt động từ {DateCode.ToDate(ended[o]):uuuu-MM-dd}", $"{orgIds[o]} already ended on {DateCode.ToDate(ended[o]):uuuu-MM-dd}.");
                case LineageEventKind.MergedInto or LineageEventKind.Dissolved when date <= created[o]:
                    throw DatasetErrors.At(b.Source, path + "/date", $"{e.Date:uuuu-MM-dd}", ErrorCodes.DocumentRuleViolated, $"{orgIds[o]} được thành lập ngày {DateCode.ToDate(created[o]):uuuu-MM-dd}; không thể chấm dứt vào hoặc trước ngày đó", $"{orgIds[o]} was created on {DateCode.ToDate(created[o]):uuuu-MM-dd}; it cannot end on or before that day.");
                case LineageEventKind.MergedInto when !(created[other] <= date && date < ended[other]):
                    throw DatasetErrors.At(b.Source, path + "/other", orgIds[other], ErrorCodes.DocumentRuleViolated, $"tổ chức được hợp nhất vào không tồn tại vào ngày {e.Date:uuuu-MM-dd}", $"The organisation merged into does not exist on {e.Date:uuuu-MM-dd}.");
                case LineageEventKind.MergedInto:
                    ended[o] = date;
                    mergedInto[o] = other;
                    break;
                case LineageEventKind.Dissolved:
                    ended[o] = date;
                    break;
                case LineageEventKind.SplitFrom when date != created[o]:
                    throw DatasetErrors.At(b.Source, path + "/date", $"{e.Date:uuuu-MM-dd}", ErrorCodes.DocumentRuleViolated, $"{orgIds[o]} được thành lập ngày {DateCode.ToDate(created[o]):uuuu-MM-dd}; việc chia tách tạo ra tổ chức nên hai ngày phải trùng nhau", $"{orgIds[o]} was created on {DateCode.ToDate(created[o]):uuuu-MM-dd}; a split creates it, so the dates must agree.");
                case LineageEventKind.SplitFrom:
                    splitFrom[o] = other;
                    break;
            }
        }

        return new PartyDataset(
            b.Name, b.SnapshotDate, orgIds, orgNames, kind, parent, subEnd, depth, created, ended, mergedInto, splitFrom, flags,
            agencyCount, agencies, [.. lineage], memberIds, memberNames, memberOrder, memberIndexOfSlot, memberOrg, memberStatus, memberAdmitted, memberCadre,
            memberLocal, memberStart, postMember, postOrg, postKind, postFullTime);
    }

    // ---- index-level access for checks, authority and serialisation (internal) ----
    internal int IndexOf(OrganizationId id)
        => id.Value.Length > 0 && _orgIndex.TryGetValue(id.Value, out var i) ? i : throw new KeyNotFoundException($"No organisation has the id '{id}' in dataset '{Name}'.");

    internal int IndexOf(MemberId id)
    {
        var slot = id.Value.Length == 0 ? -1 : _memberIds.IndexOf(id.Value);
        return slot >= 0 ? _memberIndexOfSlot[slot] : throw new KeyNotFoundException($"No member has the id '{id}' in dataset '{Name}'.");
    }

    internal bool TryIndexOf(OrganizationId id, out int index) => _orgIndex.TryGetValue(id.Value, out index);

    internal int ParentOf(int org) => _parent[org];

    internal int SubtreeEnd(int org) => _subEnd[org];

    internal int DepthOf(int org) => _depth[org];

    internal OrganizationKind KindOf(int org) => _kind[org];

    internal OrganizationFlags FlagsOf(int org) => _flags[org];

    internal string IdOf(int org) => _orgIds[org];

    internal OrganizationId OrganizationIdOf(int org) => _orgIdValues[org];

    internal string NameOf(int org) => _lineageByOrg.TryGetValue(org, out var events)
        ? events.LastOrDefault(e => e.Kind == LineageEventKind.Renamed)?.NewName ?? _orgNames[org]
        : _orgNames[org];

    internal string OriginalNameOf(int org) => _orgNames[org];

    internal int CreatedCode(int org) => _created[org];

    internal int EndedCode(int org) => _ended[org];

    internal int MergedIntoOf(int org) => _mergedInto[org];

    internal int SplitFromOf(int org) => _splitFrom[org];

    internal ReadOnlySpan<AdvisoryAgencyKind> AgenciesOf(int org) => _agencies.AsSpan(_agencyStart[org], _agencyStart[org + 1] - _agencyStart[org]);

    internal bool ExistsOn(int org, int dateCode) => _created[org] <= dateCode && dateCode < _ended[org];

    internal bool InSubtree(int ancestor, int node) => ancestor <= node && node < _subEnd[ancestor];

    internal int MemberRangeStart(int org) => _orgMemberStart[org];

    internal int MemberRangeEnd(int org) => _orgMemberStart[org + 1];

    internal int MemberOrg(int member) => _memberOrg[member];

    internal MemberStatus MemberStatusOf(int member) => _memberStatus[member];

    internal int MemberAdmittedCode(int member) => _memberAdmitted[member];

    internal int MemberCadreOf(int member) => _memberCadre[member];

    internal sbyte MemberLocalOf(int member) => _memberLocal[member];

    internal ReadOnlySpan<char> MemberIdSpan(int member) => _memberIds[_memberSlot[member]];

    internal ReadOnlySpan<char> MemberNameSpan(int member) => _memberNames[_memberSlot[member]];

    internal IEnumerable<Post> PostsIn(int org)
    {
        for (var p = _orgPostStart[org]; p < _orgPostStart[org + 1]; p++)
        {
            yield return MaterializePost(_orgPosts[p]);
        }
    }

    internal IEnumerable<(int Member, PostKind Kind, bool FullTime)> PostsInRaw(int org)
    {
        for (var p = _orgPostStart[org]; p < _orgPostStart[org + 1]; p++)
        {
            var post = _orgPosts[p];
            yield return (_postMember[post], _postKind[post], _postFullTime[post]);
        }
    }

    internal IEnumerable<Post> PostsOfMember(int member)
    {
        for (var p = _memberPostStart[member]; p < _memberPostStart[member + 1]; p++)
        {
            yield return MaterializePost(_memberPosts[p]);
        }
    }

    internal bool HasBody(int org, BodyKind body) => PartyOrganization.HasBodyGiven(_kind[org], _flags[org], _agencyStart[org + 1] > _agencyStart[org], body);

    internal List<int> SplitsOf(int org, int date)
        => _splitChildren.TryGetValue(org, out var children) ? children.Where(c => _created[c] == date).ToList() : [];

    internal PartyOrganization Materialize(int i)
        => new(
            _orgIdValues[i],
            _orgNames[i],
            _kind[i],
            _parent[i] < 0 ? null : _orgIdValues[_parent[i]],
            DateCode.ToDate(_created[i]),
            DateCode.ToNullableDate(_ended[i]),
            _flags[i],
            [.. AgenciesOf(i)],
            _lineageByOrg.TryGetValue(i, out var events) ? events : [],
            _depth[i]);

    internal Member MaterializeMember(int m)
        => new(
            MemberId.From(new string(MemberIdSpan(m))),
            new string(MemberNameSpan(m)),
            _orgIdValues[_memberOrg[m]],
            _memberStatus[m],
            DateCode.ToDate(_memberAdmitted[m]),
            _memberCadre[m] < 0 ? null : _orgIdValues[_memberCadre[m]],
            _memberLocal[m] switch { 0 => null, > 0 => true, _ => false },
            [.. PostsOfMember(m)]);

    private Post MaterializePost(int p)
        => new(MemberId.From(new string(MemberIdSpan(_postMember[p]))), _orgIdValues[_postOrg[p]], _postKind[p], _postFullTime[p]);

    private static (int[] Start, int[] Items) Csr(int groups, int[] keys)
    {
        var start = new int[groups + 1];
        foreach (var k in keys)
        {
            start[k + 1]++;
        }

        for (var i = 0; i < groups; i++)
        {
            start[i + 1] += start[i];
        }

        var items = new int[keys.Length];
        var fill = (int[])start.Clone();
        for (var i = 0; i < keys.Length; i++)
        {
            items[fill[keys[i]]++] = i;
        }

        return (start, items);
    }

    private static (string Vi, string En) AgencyName(AdvisoryAgencyKind kind) => kind switch
    {
        AdvisoryAgencyKind.Organization => ("Ban Tổ chức", "Organisation Board"),
        AdvisoryAgencyKind.PropagandaAndMassMobilization => ("Ban Tuyên giáo và Dân vận", "Propaganda and Mass Mobilisation Board"),
        AdvisoryAgencyKind.InternalAffairs => ("Ban Nội chính", "Internal Affairs Board"),
        AdvisoryAgencyKind.Office => ("Văn phòng", "Office"),
        AdvisoryAgencyKind.InspectionCommissionOffice => ("Cơ quan Ủy ban kiểm tra", "Inspection Commission Office"),
        _ => ("Ban Xây dựng Đảng", "Party Building Board"),
    };
}
