namespace KiemTra.Sdk.Discipline;

/// <summary>
/// What a disciplinary decision weighed (<i>căn cứ xem xét kỷ luật</i>): the content,
/// nature, extent, harm, consequence and cause of the violation; aggravating and mitigating circumstances;
/// attitude; how far it was remedied; and the subject's role (initiator or follower).
/// </summary>
public sealed record DisciplineCircumstances
{
    private DisciplineCircumstances(string content, string nature, string extent, string harm, string consequence, string cause,
        IReadOnlyList<AggravatingCircumstance> aggravating, IReadOnlyList<MitigatingCircumstance> mitigating, Attitude attitude, string remediation, ParticipationRole role)
    {
        Content = content;
        Nature = nature;
        Extent = extent;
        Harm = harm;
        Consequence = consequence;
        Cause = cause;
        Aggravating = aggravating;
        Mitigating = mitigating;
        Attitude = attitude;
        Remediation = remediation;
        Role = role;
    }

    /// <summary>Content of the violation (<i>nội dung</i>).</summary>
    public string Content { get; }

    /// <summary>Nature (<i>tính chất</i>).</summary>
    public string Nature { get; }

    /// <summary>Extent (<i>mức độ</i>).</summary>
    public string Extent { get; }

    /// <summary>Harm (<i>tác hại</i>).</summary>
    public string Harm { get; }

    /// <summary>Consequence (<i>hậu quả</i>).</summary>
    public string Consequence { get; }

    /// <summary>Cause (<i>nguyên nhân</i>).</summary>
    public string Cause { get; }

    /// <summary>Aggravating circumstances, each once, in declaration order.</summary>
    public IReadOnlyList<AggravatingCircumstance> Aggravating { get; }

    /// <summary>Mitigating circumstances, each once, in declaration order.</summary>
    public IReadOnlyList<MitigatingCircumstance> Mitigating { get; }

    /// <summary>Attitude to self-criticism and criticism.</summary>
    public Attitude Attitude { get; }

    /// <summary>How far the violation and its consequences were remedied (<i>mức độ khắc phục</i>).</summary>
    public string Remediation { get; }

    /// <summary>Initiator, follower or sole actor.</summary>
    public ParticipationRole Role { get; }

    /// <summary>Records the circumstances of a decision.</summary>
    /// <exception cref="ArgumentException">A text is empty, or an enum value is not defined.</exception>
    /// <exception cref="ArgumentNullException">A collection is null.</exception>
    public static DisciplineCircumstances Create(
        string content,
        string nature,
        string extent,
        string harm,
        string consequence,
        string cause,
        IEnumerable<AggravatingCircumstance> aggravating,
        IEnumerable<MitigatingCircumstance> mitigating,
        Attitude attitude,
        string remediation,
        ParticipationRole role)
    {
        ArgumentNullException.ThrowIfNull(aggravating);
        ArgumentNullException.ThrowIfNull(mitigating);
        var aggravatingList = aggravating.Distinct().Order().ToArray();
        var mitigatingList = mitigating.Distinct().Order().ToArray();
        foreach (var a in aggravatingList.Where(a => !Enum.IsDefined(a)))
        {
            throw new ArgumentException($"Aggravating circumstance {(int)a} is not defined.", nameof(aggravating));
        }

        foreach (var m in mitigatingList.Where(m => !Enum.IsDefined(m)))
        {
            throw new ArgumentException($"Mitigating circumstance {(int)m} is not defined.", nameof(mitigating));
        }

        if (!Enum.IsDefined(attitude))
        {
            throw new ArgumentException($"Attitude {(int)attitude} is not defined.", nameof(attitude));
        }

        if (!Enum.IsDefined(role))
        {
            throw new ArgumentException($"Participation role {(int)role} is not defined.", nameof(role));
        }

        return new DisciplineCircumstances(
            Require(content, nameof(content)), Require(nature, nameof(nature)), Require(extent, nameof(extent)),
            Require(harm, nameof(harm)), Require(consequence, nameof(consequence)), Require(cause, nameof(cause)),
            aggravatingList, mitigatingList, attitude, Require(remediation, nameof(remediation)), role);
    }

    private static string Require(string value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"The circumstance '{name}' must be stated.", name) : value.Trim();
}
