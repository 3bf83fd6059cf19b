namespace KiemTra.Sdk.Discipline;

/// <summary>
/// The counted ballots of one disciplinary vote (<i>kết quả biểu quyết kỷ luật</i>): votes for each form and
/// votes for no discipline, out of the full members of the deciding body.
/// </summary>
public sealed record DisciplineBallot
{
    private readonly Dictionary<DisciplineForm, int> _votes;

    private DisciplineBallot(int fullMembers, Dictionary<DisciplineForm, int> votes, int votesForNoDiscipline)
    {
        FullMembers = fullMembers;
        _votes = votes;
        VotesForNoDiscipline = votesForNoDiscipline;
    }

    /// <summary>All full members of the deciding body (<i>tổng số đảng viên chính thức / thành viên</i>), present or not.</summary>
    public int FullMembers { get; }

    /// <summary>Votes for each form (forms nobody voted for are absent).</summary>
    public IReadOnlyDictionary<DisciplineForm, int> VotesByForm => _votes;

    /// <summary>Votes for not disciplining.</summary>
    public int VotesForNoDiscipline { get; }

    /// <summary>All votes cast.</summary>
    public int VotesCast => _votes.Values.Sum() + VotesForNoDiscipline;

    /// <summary>Votes for a form (0 when nobody voted for it).</summary>
    public int VotesFor(DisciplineForm form) => _votes.TryGetValue(form, out var n) ? n : 0;

    /// <summary>Creates a ballot count.</summary>
    /// <param name="fullMembers">All full members of the deciding body; at least 1.</param>
    /// <param name="votesByForm">Votes per form; none negative.</param>
    /// <param name="votesForNoDiscipline">Votes for no discipline; not negative.</param>
    /// <exception cref="ArgumentNullException"><paramref name="votesByForm"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is negative, there are no members, or more votes than members.</exception>
    public static DisciplineBallot Create(int fullMembers, IReadOnlyDictionary<DisciplineForm, int> votesByForm, int votesForNoDiscipline = 0)
    {
        ArgumentNullException.ThrowIfNull(votesByForm);
        ArgumentOutOfRangeException.ThrowIfLessThan(fullMembers, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(votesForNoDiscipline);
        var votes = new Dictionary<DisciplineForm, int>();
        foreach (var (form, count) in votesByForm)
        {
            if (!Enum.IsDefined(form))
            {
                throw new ArgumentOutOfRangeException(nameof(votesByForm), form, "Not a defined discipline form.");
            }

            if (count < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(votesByForm), count, $"Votes for {form} must not be negative.");
            }

            if (count > 0)
            {
                votes[form] = count;
            }
        }

        var cast = votes.Values.Sum() + votesForNoDiscipline;
        if (cast > fullMembers)
        {
            throw new ArgumentOutOfRangeException(nameof(votesByForm), cast, $"{cast} votes were cast but the body has only {fullMembers} full members.");
        }

        return new DisciplineBallot(fullMembers, votes, votesForNoDiscipline);
    }
}
