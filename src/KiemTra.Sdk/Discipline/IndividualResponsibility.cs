using KiemTra.Sdk.Organization;

namespace KiemTra.Sdk.Discipline;

/// <summary>
/// The responsibility of one member when an organisation is disciplined (<i>trách nhiệm cá nhân</i>):
/// who, what part they played, and what follows for them.
/// </summary>
public sealed record IndividualResponsibility
{
    private IndividualResponsibility(MemberId member, ParticipationRole role, string responsibility, RecordId<DisciplineDecision>? separateDecisionId)
    {
        Member = member;
        Role = role;
        Responsibility = responsibility;
        SeparateDecisionId = separateDecisionId;
    }

    /// <summary>The member held responsible.</summary>
    public MemberId Member { get; }

    /// <summary>Their part: initiator, follower or sole actor.</summary>
    public ParticipationRole Role { get; }

    /// <summary>What they are responsible for.</summary>
    public string Responsibility { get; }

    /// <summary>The member's own disciplinary decision, if they were disciplined individually.</summary>
    public RecordId<DisciplineDecision>? SeparateDecisionId { get; }

    /// <summary>Records one member's responsibility.</summary>
    /// <exception cref="ArgumentException">The member id is default, the text is empty, or the decision id is invalid.</exception>
    public static IndividualResponsibility Create(MemberId member, ParticipationRole role, string responsibility, RecordId<DisciplineDecision>? separateDecisionId = null)
    {
        if (member.Value.Length == 0)
        {
            throw new ArgumentException("The member id must not be default.", nameof(member));
        }

        if (!Enum.IsDefined(role))
        {
            throw new ArgumentException($"Participation role {(int)role} is not defined.", nameof(role));
        }

        if (string.IsNullOrWhiteSpace(responsibility))
        {
            throw new ArgumentException($"The responsibility of member {member} must be stated.", nameof(responsibility));
        }

        var decisionId = separateDecisionId?.Required(nameof(separateDecisionId));
        return new IndividualResponsibility(member, role, responsibility.Trim(), decisionId);
    }
}
