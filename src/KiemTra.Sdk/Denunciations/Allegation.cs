using KiemTra.Sdk.Discipline;
using NodaTime;

namespace KiemTra.Sdk.Denunciations;

/// <summary>One allegation in a denunciation (<i>nội dung tố cáo</i>) and, once concluded, its conclusion.</summary>
public sealed record Allegation
{
    private Allegation(RecordId<Allegation> id, string content, AllegationConclusion? conclusion, LocalDate? concludedOn)
    {
        Id = id;
        Content = content;
        Conclusion = conclusion;
        ConcludedOn = concludedOn;
    }

    /// <summary>Identifier within the denunciation.</summary>
    public RecordId<Allegation> Id { get; }

    /// <summary>What is alleged (about the subject; never about the informant).</summary>
    public string Content { get; }

    /// <summary>The conclusion, or null while open.</summary>
    public AllegationConclusion? Conclusion { get; }

    /// <summary>When it was concluded, or null while open.</summary>
    public LocalDate? ConcludedOn { get; }

    /// <summary>Records an open allegation.</summary>
    /// <exception cref="ArgumentException">The id is invalid or the content empty.</exception>
    public static Allegation Create(RecordId<Allegation> id, string content)
    {
        id = id.Required(nameof(id));
        if (string.IsNullOrWhiteSpace(content))
        {
            throw new ArgumentException($"Allegation {id} must state its content.", nameof(content));
        }

        return new Allegation(id, content.Trim(), null, null);
    }

    /// <summary>Rebuilds an allegation a host persisted, with its conclusion if it was concluded.</summary>
    /// <param name="id">Identifier within the denunciation.</param>
    /// <param name="content">What is alleged.</param>
    /// <param name="conclusion">The conclusion, or null while open.</param>
    /// <param name="concludedOn">When it was concluded; given exactly when <paramref name="conclusion"/> is.</param>
    /// <returns>The allegation.</returns>
    /// <exception cref="ArgumentException">The id or content is invalid (as in <see cref="Create"/>), the conclusion is undefined, or only one of conclusion and date is given.</exception>
    public static Allegation Restore(RecordId<Allegation> id, string content, AllegationConclusion? conclusion, LocalDate? concludedOn)
    {
        var open = Create(id, content);
        if (conclusion.HasValue != concludedOn.HasValue)
        {
            throw new ArgumentException($"Allegation {id} needs both a conclusion and its date, or neither (conclusion {conclusion?.ToString() ?? "null"}, date {(concludedOn is { } d ? KiemTra.Sdk.Formatting.TextFormat.IsoDate(d) : "null")}).", nameof(concludedOn));
        }

        if (conclusion is { } c && !Enum.IsDefined(c))
        {
            throw new ArgumentException($"Conclusion {(int)c} is not defined.", nameof(conclusion));
        }

        return conclusion is { } value ? open.Concluded(value, concludedOn!.Value) : open;
    }

    internal Allegation Concluded(AllegationConclusion conclusion, LocalDate on) => new(Id, Content, conclusion, on);
}
