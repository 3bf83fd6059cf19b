using NodaTime;
using KiemTra.Sdk.Rules;

namespace KiemTra.Sdk.Discipline;

/// <summary>
/// How a disciplinary vote is decided (<i>nguyên tắc biểu quyết kỷ luật</i>): a form needs more than a fraction
/// (by the current rules one half) of ALL full members of the deciding body — not of those present; if no form
/// reaches that alone, the votes are added from the heaviest form downward and the form at which the running total
/// first passes the threshold is decided; if even the total does not pass it, there is no decision.
/// </summary>
/// <example>
/// Nine full members; votes: expulsion 1, warning 3, reprimand 2, no discipline 3. Threshold: more than 4.5, i.e. 5.
/// Expulsion 1 (1), removal 0 (1), warning 3 (4), reprimand 2 (6 ≥ 5): reprimand is decided.
/// </example>
internal sealed class DisciplineVoteRule
{
    private DisciplineVoteRule(int numerator, int denominator, RuleCitation rule)
    {
        Numerator = numerator;
        Denominator = denominator;
        Rule = rule;
    }

    /// <summary>Numerator of the fraction of all full members that must be exceeded (1 for "more than half").</summary>
    public int Numerator { get; }

    /// <summary>Denominator of the fraction (2 for "more than half").</summary>
    public int Denominator { get; }

    /// <summary>The rule the vote threshold comes from.</summary>
    public RuleCitation Rule { get; }

    /// <summary>Creates a vote rule "more than numerator/denominator of all full members".</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The fraction is not in [0, 1).</exception>
    public static DisciplineVoteRule Create(int numerator, int denominator, RuleCitation rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        ArgumentOutOfRangeException.ThrowIfLessThan(denominator, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(numerator);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(numerator, denominator);
        return new DisciplineVoteRule(numerator, denominator, rule);
    }

    /// <summary>Builds the rule from the rules in force on a date (<c>discipline.vote.threshold</c>, <c>discipline.vote.fallback</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="rules"/> is null.</exception>
    /// <exception cref="RuleNotFoundException">A rule is missing on that date.</exception>
    /// <exception cref="FormatException">The threshold or fallback is not one this library implements.</exception>
    public static DisciplineVoteRule FromRules(RuleBook rules, LocalDate asOf)
    {
        var reader = new DisciplineRuleReader(rules, asOf);
        var threshold = reader.Codes("discipline.vote.threshold");
        if (threshold is not ["more-than-half-of-full-members"])
        {
            throw new FormatException($"Rule 'discipline.vote.threshold' is [{string.Join(", ", threshold)}]; only 'more-than-half-of-full-members' is implemented.");
        }

        var fallback = reader.Codes("discipline.vote.fallback");
        if (fallback is not ["add-votes-from-heaviest-form-down"])
        {
            throw new FormatException($"Rule 'discipline.vote.fallback' is [{string.Join(", ", fallback)}]; only 'add-votes-from-heaviest-form-down' is implemented.");
        }

        return Create(1, 2, reader.Citation());
    }

    /// <summary>The smallest number of votes that is more than the fraction of <paramref name="fullMembers"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="fullMembers"/> is less than 1.</exception>
    public int VotesRequired(int fullMembers)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(fullMembers, 1);
        return (int)((long)fullMembers * Numerator / Denominator) + 1;
    }

    /// <summary>Counts a vote on the forms of a scale.</summary>
    /// <param name="scale">The forms that apply to the subject.</param>
    /// <param name="ballot">The counted ballots.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A form with votes is not in the scale.</exception>
    public VoteOutcome Tally(DisciplineFormScale scale, DisciplineBallot ballot)
    {
        ArgumentNullException.ThrowIfNull(scale);
        ArgumentNullException.ThrowIfNull(ballot);
        foreach (var form in ballot.VotesByForm.Keys)
        {
            if (!scale.Contains(form))
            {
                throw new ArgumentException($"Votes were cast for {form}, which is not a form for {scale.Kind}.", nameof(ballot));
            }
        }

        var required = VotesRequired(ballot.FullMembers);
        var steps = new List<VoteStep>();
        var cumulative = 0;
        DisciplineForm? decided = null;
        foreach (var form in scale.HeaviestFirst)
        {
            var votes = ballot.VotesFor(form);
            cumulative += votes;
            var reaches = cumulative >= required;
            steps.Add(new VoteStep(form, votes, cumulative, reaches));
            if (reaches)
            {
                decided = form;
                break;
            }
        }

        var fraction = Numerator * 2 == Denominator ? "một nửa" : $"{Numerator}/{Denominator}";
        var fractionEn = Numerator * 2 == Denominator ? "half" : $"{Numerator}/{Denominator}";
        var header = LocalizedText.Of(
            $"Tổ chức có {ballot.FullMembers} đảng viên chính thức/thành viên; cần trên {fraction} tức ít nhất {required} phiếu.",
            $"The body has {ballot.FullMembers} full members; more than {fractionEn} is needed, i.e. at least {required} votes.");
        var single = steps.FirstOrDefault(s => s.Votes >= required);
        string vi;
        string en;
        if (decided is { } form2 && single is not null)
        {
            var name = DisciplineNames.Of(form2);
            vi = $"Hình thức {name.Vietnamese} được {single.Votes} phiếu, đủ trên {fraction}: quyết định {name.Vietnamese}.";
            en = $"{name.English} has {single.Votes} votes, more than {fractionEn}: {name.English} is decided.";
        }
        else
        {
            var counted = string.Join("; ", steps.Select(s => $"{DisciplineNames.Of(s.Form).Vietnamese} {s.Votes} (cộng dồn {s.Cumulative})"));
            var countedEn = string.Join("; ", steps.Select(s => $"{DisciplineNames.Of(s.Form).English} {s.Votes} (running total {s.Cumulative})"));
            if (decided is { } form3)
            {
                var name = DisciplineNames.Of(form3);
                vi = $"Không hình thức nào đủ trên {fraction}; cộng dồn từ hình thức cao nhất: {counted}: quyết định {name.Vietnamese}.";
                en = $"No form alone has more than {fractionEn}; adding from the heaviest: {countedEn}: {name.English} is decided.";
            }
            else
            {
                vi = $"Không hình thức nào đủ trên {fraction}, kể cả khi cộng dồn từ hình thức cao nhất ({counted}); phiếu không kỷ luật: {ballot.VotesForNoDiscipline}: không có quyết định kỷ luật.";
                en = $"No form reaches more than {fractionEn}, even adding from the heaviest ({countedEn}); votes for no discipline: {ballot.VotesForNoDiscipline}: no disciplinary decision.";
            }
        }

        var explanation = LocalizedText.Of($"{header.Vietnamese} {vi} [{Rule}]", $"{header.English} {en} [{Rule}]");
        return new VoteOutcome(decided, required, ballot, steps, explanation, Rule);
    }
}
