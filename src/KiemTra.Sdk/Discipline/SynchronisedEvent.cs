using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.Discipline;

/// <summary>An event concerning a member that triggers synchronised obligations.</summary>
public sealed record SynchronisedEvent
{
    private SynchronisedEvent(SynchronisedEventKind kind, MemberId member, LocalDate on, string description)
    {
        Kind = kind;
        Member = member;
        On = on;
        Description = description;
    }

    /// <summary>What happened.</summary>
    public SynchronisedEventKind Kind { get; }

    /// <summary>The member concerned.</summary>
    public MemberId Member { get; }

    /// <summary>When (the day of the decision, judgment, receipt or announcement).</summary>
    public LocalDate On { get; }

    /// <summary>What happened, in words (e.g. "Quyết định khởi tố bị can số 12").</summary>
    public string Description { get; }

    /// <summary>Records an event.</summary>
    /// <exception cref="ArgumentException">The kind is undefined, the member default, or the description empty.</exception>
    public static SynchronisedEvent Create(SynchronisedEventKind kind, MemberId member, LocalDate on, string description)
    {
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentException($"Event kind {(int)kind} is not defined.", nameof(kind));
        }

        if (member.Value.Length == 0)
        {
            throw new ArgumentException("The member must not be default.", nameof(member));
        }

        if (string.IsNullOrWhiteSpace(description))
        {
            throw new ArgumentException("The event must be described.", nameof(description));
        }

        return new SynchronisedEvent(kind, member, on, description.Trim());
    }
}
