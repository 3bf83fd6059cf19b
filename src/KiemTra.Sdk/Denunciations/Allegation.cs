using NodaTime;

namespace KiemTra.Sdk.Denunciations;

/// <summary>One allegation in a denunciation (<i>nội dung tố cáo</i>) and, once concluded, its conclusion.</summary>
public sealed record Allegation
{
    private Allegation(string id, string content, AllegationConclusion? conclusion, LocalDate? concludedOn)
    {
        Id = id;
        Content = content;
        Conclusion = conclusion;
        ConcludedOn = concludedOn;
    }

    /// <summary>Identifier within the denunciation.</summary>
    public string Id { get; }

    /// <summary>What is alleged (about the subject; never about the informant).</summary>
    public string Content { get; }

    /// <summary>The conclusion, or null while open.</summary>
    public AllegationConclusion? Conclusion { get; }

    /// <summary>When it was concluded, or null while open.</summary>
    public LocalDate? ConcludedOn { get; }

    /// <summary>Records an open allegation.</summary>
    /// <exception cref="ArgumentException">The id is invalid or the content empty.</exception>
    public static Allegation Create(string id, string content)
    {
        Organization.IdentifierRules.Validate(id, nameof(id), "allegation id", 64);
        if (string.IsNullOrWhiteSpace(content))
        {
            throw new ArgumentException($"Allegation {id} must state its content.", nameof(content));
        }

        return new Allegation(id, content.Trim(), null, null);
    }

    internal Allegation Concluded(AllegationConclusion conclusion, LocalDate on) => new(Id, Content, conclusion, on);
}
