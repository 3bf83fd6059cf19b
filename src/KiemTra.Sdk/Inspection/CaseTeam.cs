using KiemTra.Sdk.Organization;

namespace KiemTra.Sdk.Inspection;

/// <summary>The team that carries out the work (<i>đoàn/tổ kiểm tra, giám sát</i>): a leader and members.</summary>
public sealed record CaseTeam
{
    private CaseTeam(MemberId leader, IReadOnlyList<MemberId> members)
    {
        Leader = leader;
        Members = members;
    }

    /// <summary>The team leader (<i>trưởng đoàn</i>).</summary>
    public MemberId Leader { get; }

    /// <summary>All members, the leader first.</summary>
    public IReadOnlyList<MemberId> Members { get; }

    /// <summary>Creates a team.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="others"/> is null.</exception>
    /// <exception cref="ArgumentException">The leader id is default or someone is listed twice.</exception>
    public static CaseTeam Create(MemberId leader, IEnumerable<MemberId> others)
    {
        ArgumentNullException.ThrowIfNull(others);
        if (leader.Value.Length == 0)
        {
            throw new ArgumentException("The team leader must not be default.", nameof(leader));
        }

        var members = new[] { leader }.Concat(others).ToArray();
        var repeated = members.GroupBy(m => m).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ArgumentException($"Member {repeated.Key} is listed twice in the team.", nameof(others));
        }

        return new CaseTeam(leader, members);
    }
}
