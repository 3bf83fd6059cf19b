using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using KiemTra.Sdk.Organization;
using KiemTra.SampleProvince;
using NodaTime;

namespace KiemTra.Sdk.Benchmarks;

/// <summary>
/// Building the national dataset (34 synthetic provinces, 5.6 million members, about 330,000 organisations): streaming
/// generation straight into the columnar builder, then the Euler-tour and hash indexes. One operation takes seconds,
/// so it runs a few monitored iterations rather than BenchmarkDotNet's usual pilot.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 0, iterationCount: 3)]
public class HierarchyBuildBenchmarks
{
    /// <summary>Generate and index the national dataset.</summary>
    [Benchmark]
    public int BuildNationalDataset() => SyntheticProvince.GenerateNational().MemberCount;

    /// <summary>Generate and index the default Thái Nguyên province (what the CLI does at start).</summary>
    [Benchmark]
    public int BuildThaiNguyen() => SyntheticProvince.Generate().MemberCount;
}

/// <summary>
/// Lookups over the national dataset: who manages a member (hash lookup then O(1) arrays), subtree counts from the
/// Euler-tour ranges (O(1)) against a naive walk of the tree (baseline), and counts by kind on a date over a province.
/// </summary>
[MemoryDiagnoser]
public class HierarchyBenchmarks
{
    private PartyDataset _nation = null!;
    private MemberId[] _members = null!;
    private OrganizationId[] _provinces = null!;
    private OrganizationId _commune;

    /// <summary>Builds the national dataset once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _nation = SyntheticProvince.GenerateNational();
        _members = Enumerable.Range(0, 1000).Select(i => MemberId.From($"P{(i % 34) + 1:D2}.M{(i * 97 % 150_000) + 1:D6}")).ToArray();
        _provinces = _nation.Roots.Select(r => r.Id).ToArray();
        _commune = OrganizationId.From("P01.X001");
    }

    /// <summary>1,000 "who manages member X" lookups.</summary>
    [Benchmark(OperationsPerInvoke = 1000)]
    public int WhoManages()
    {
        var found = 0;
        foreach (var member in _members)
        {
            found += _nation.GetMember(member).CadreCommittee is null ? 0 : 1;
        }

        return found;
    }

    /// <summary>Members of a commune's subtree from the Euler-tour range: O(1).</summary>
    [Benchmark]
    public int SubtreeMemberCount_EulerRange() => _nation.SubtreeMemberCount(_commune);

    /// <summary>The same count by walking children and listing members: the naive object-graph way.</summary>
    [Benchmark(Baseline = true)]
    public int SubtreeMemberCount_NaiveWalk() => Walk(_commune);

    /// <summary>Members of all 34 provinces from their ranges.</summary>
    [Benchmark]
    public int NationalMemberCount_EulerRanges() => _provinces.Sum(_nation.SubtreeMemberCount);

    /// <summary>Counts by kind on a date over one province (a scan of its range).</summary>
    [Benchmark]
    public int CountProvinceByKindAsOf() => _nation.CountSubtree(_provinces[0], new LocalDate(2026, 6, 30)).Members;

    private int Walk(OrganizationId id)
    {
        var count = _nation.MembersOf(id).Count;
        foreach (var child in _nation.ChildrenOf(id))
        {
            count += Walk(child.Id);
        }

        return count;
    }
}
