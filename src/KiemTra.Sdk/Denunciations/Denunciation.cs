using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Discipline;
using KiemTra.Sdk.Rules;
using NodaTime;

namespace KiemTra.Sdk.Denunciations;

/// <summary>
/// A denunciation (<i>đơn tố cáo</i>): against whom, from which source, what it alleges, who received it when,
/// what intake decided, and how each allegation was concluded. The informant's identity, when there is one, is held
/// sealed in a <see cref="ProtectedInformant"/> and leaves only through <see cref="RevealInformant"/>.
/// </summary>
public sealed record Denunciation
{
    private Denunciation(RecordId<Denunciation> id, DisciplineSubject subject, DenunciationSource source, ProtectedInformant? informant, bool informantWithheld,
        IReadOnlyList<DenunciationReceipt> receipts, IReadOnlyList<Allegation> allegations, DenunciationIntake? intake)
    {
        Id = id;
        Subject = subject;
        Source = source;
        Informant = informant;
        InformantWithheld = informantWithheld;
        Receipts = receipts;
        Allegations = allegations;
        Intake = intake;
    }

    /// <summary>Identifier of the letter.</summary>
    public RecordId<Denunciation> Id { get; }

    /// <summary>The organisation or member denounced.</summary>
    public DisciplineSubject Subject { get; }

    /// <summary>Named, anonymous or false name.</summary>
    public DenunciationSource Source { get; }

    /// <summary>The sealed informant of a named letter (null for anonymous or false-name letters, and in a copy for verifiers).</summary>
    public ProtectedInformant? Informant { get; }

    /// <summary>Whether this is a copy from which the informant was removed (<see cref="ForVerifiers"/>).</summary>
    public bool InformantWithheld { get; }

    /// <summary>Receipts, in date order.</summary>
    public IReadOnlyList<DenunciationReceipt> Receipts { get; }

    /// <summary>The allegations.</summary>
    public IReadOnlyList<Allegation> Allegations { get; }

    /// <summary>The intake decision, once made.</summary>
    public DenunciationIntake? Intake { get; }

    /// <summary>When the competent organisation first received it: the start of the resolution period; null until then.</summary>
    public LocalDate? ReceivedByCompetentOn => Receipts.Where(r => r.IsCompetent).Select(r => (LocalDate?)r.On).FirstOrDefault();

    /// <summary>Whether every allegation is concluded.</summary>
    public bool IsConcluded => Allegations.All(a => a.Conclusion is not null);

    /// <summary>Whether any allegation was found a violation.</summary>
    public bool FoundViolation => Allegations.Any(a => a.Conclusion == AllegationConclusion.TrueWithViolation);

    /// <summary>
    /// The resolution deadline (<i>thời hạn giải quyết tố cáo</i>) of a letter accepted for resolution: 90 working days
    /// from receipt by the COMPETENT organisation (<see cref="ReceivedByCompetentOn"/>), by the rule in force on that day
    /// (<c>denunciation.resolution</c>, unverified for the 2025–26 rules, and the deadline says so).
    /// </summary>
    /// <param name="rules">The rule book (usually <see cref="RuleBook.BuiltIn"/>).</param>
    /// <param name="calculator">The deadline calculator (working calendar).</param>
    /// <returns>The deadline, explaining its count and the days skipped.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">The letter was not accepted for resolution or no competent organisation has received it.</exception>
    /// <exception cref="RuleNotFoundException">The rule is missing on the receipt date.</exception>
    public Deadline ResolutionDeadline(RuleBook rules, DeadlineCalculator calculator)
        => DenunciationTimeLimits.Create(rules, calculator).Resolution(this);

    /// <summary>
    /// The resolution deadline after the one allowed extension (<i>gia hạn giải quyết tố cáo</i>): the original deadline
    /// plus <paramref name="extensionWorkingDays"/>, at most the rule's maximum (<c>denunciation.resolution.extension</c>, 30
    /// working days).
    /// </summary>
    /// <param name="rules">The rule book (usually <see cref="RuleBook.BuiltIn"/>).</param>
    /// <param name="calculator">The deadline calculator (working calendar).</param>
    /// <param name="extensionWorkingDays">Working days of extension, 1 to the rule's maximum.</param>
    /// <returns>The extended deadline.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The extension is not positive or exceeds the maximum.</exception>
    /// <exception cref="InvalidOperationException">The letter was not accepted or has no competent receipt.</exception>
    /// <exception cref="RuleNotFoundException">The rule is missing on the receipt date.</exception>
    public Deadline ExtendedResolutionDeadline(RuleBook rules, DeadlineCalculator calculator, int extensionWorkingDays)
        => DenunciationTimeLimits.Create(rules, calculator).Extended(this, extensionWorkingDays);

    /// <summary>Records a received letter.</summary>
    /// <param name="id">Identifier of the letter.</param>
    /// <param name="subject">Who is denounced.</param>
    /// <param name="source">Named, anonymous or false name.</param>
    /// <param name="informant">The sealed informant: required for a named letter, absent otherwise.</param>
    /// <param name="allegations">At least one allegation, ids unique.</param>
    /// <param name="receipts">At least one receipt.</param>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    /// <exception cref="ArgumentException">The id is invalid, the informant does not fit the source, or a list is empty or repeats an id.</exception>
    public static Denunciation Create(RecordId<Denunciation> id, DisciplineSubject subject, DenunciationSource source, ProtectedInformant? informant,
        IEnumerable<Allegation> allegations, IEnumerable<DenunciationReceipt> receipts)
    {
        id = id.Required(nameof(id));
        var (list, receiptList) = Validate(id, subject, source, allegations, receipts);
        if (source == DenunciationSource.Named && informant is null)
        {
            throw new ArgumentException($"Named denunciation {id} needs its (sealed) informant.", nameof(informant));
        }

        if (source != DenunciationSource.Named && informant is not null)
        {
            throw new ArgumentException($"Denunciation {id} is {source}; it has no informant to protect.", nameof(informant));
        }

        return new Denunciation(id, subject, source, informant, false, receiptList, list, null);
    }

    private static (Allegation[] Allegations, DenunciationReceipt[] Receipts) Validate(RecordId<Denunciation> id, DisciplineSubject subject, DenunciationSource source,
        IEnumerable<Allegation> allegations, IEnumerable<DenunciationReceipt> receipts)
    {
        ArgumentNullException.ThrowIfNull(subject);
        ArgumentNullException.ThrowIfNull(allegations);
        ArgumentNullException.ThrowIfNull(receipts);
        if (!Enum.IsDefined(source))
        {
            throw new ArgumentException($"Denunciation source {(int)source} is not defined.", nameof(source));
        }

        var list = allegations.ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException($"Denunciation {id} must contain at least one allegation.", nameof(allegations));
        }

        var repeated = list.GroupBy(a => a.Id).FirstOrDefault(g => g.Count() > 1);
        if (repeated is not null)
        {
            throw new ArgumentException($"Denunciation {id} lists allegation {repeated.Key} more than once.", nameof(allegations));
        }

        var receiptList = receipts.OrderBy(r => r.On).ToArray();
        if (receiptList.Length == 0)
        {
            throw new ArgumentException($"Denunciation {id} must record at least one receipt.", nameof(receipts));
        }

        return (list, receiptList);
    }

    /// <summary>
    /// Rebuilds the verifiers' copy of a denunciation a host persisted (<see cref="ForVerifiers"/>: the informant's
    /// identity is not part of it and never is in any stored form of this SDK). A named denunciation comes back with its
    /// informant withheld; anonymous and false-name ones have none. Allegations keep their conclusions, checked as
    /// <see cref="Conclude"/> checks them.
    /// </summary>
    /// <param name="id">Identifier.</param>
    /// <param name="subject">Who is denounced.</param>
    /// <param name="source">Named, anonymous or under a false name.</param>
    /// <param name="allegations">The allegations, with their conclusions if concluded.</param>
    /// <param name="receipts">Where and when it was received.</param>
    /// <param name="intake">The intake decision, or null before intake.</param>
    /// <returns>The verifiers' copy.</returns>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">A field is invalid (as in <see cref="Create"/>), or an allegation is concluded although the
    /// denunciation was not accepted or before its competent receipt.</exception>
    public static Denunciation Restore(RecordId<Denunciation> id, DisciplineSubject subject, DenunciationSource source,
        IEnumerable<Allegation> allegations, IEnumerable<DenunciationReceipt> receipts, DenunciationIntake? intake)
    {
        id = id.Required(nameof(id));
        var (list, receiptList) = Validate(id, subject, source, allegations, receipts);
        var restored = new Denunciation(id, subject, source, null, source == DenunciationSource.Named, receiptList, list, intake);
        foreach (var allegation in restored.Allegations)
        {
            if (allegation.ConcludedOn is not { } on)
            {
                continue;
            }

            if (intake?.Decision != IntakeDecision.Accepted)
            {
                throw new ArgumentException($"Allegation {allegation.Id} of denunciation {id} is concluded, but the denunciation is {(intake is null ? "not yet taken in" : intake.Decision.ToString())}; only an accepted denunciation is concluded.", nameof(allegations));
            }

            if (on < restored.ReceivedByCompetentOn)
            {
                throw new ArgumentException($"Allegation {allegation.Id} of denunciation {id} is concluded on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(on)}, before the competent receipt on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(restored.ReceivedByCompetentOn!.Value)}.", nameof(allegations));
            }
        }

        return restored;
    }

    /// <summary>Returns the denunciation with another receipt (e.g. after forwarding to the competent organisation).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="receipt"/> is null.</exception>
    public Denunciation WithReceipt(DenunciationReceipt receipt)
    {
        ArgumentNullException.ThrowIfNull(receipt);
        return new Denunciation(Id, Subject, Source, Informant, InformantWithheld, Receipts.Append(receipt).OrderBy(r => r.On).ToArray(), Allegations, Intake);
    }

    /// <summary>Returns the denunciation with its intake decision.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="intake"/> is null.</exception>
    public Denunciation WithIntake(DenunciationIntake intake)
    {
        ArgumentNullException.ThrowIfNull(intake);
        return new Denunciation(Id, Subject, Source, Informant, InformantWithheld, Receipts, Allegations, intake);
    }

    /// <summary>Concludes one allegation.</summary>
    /// <exception cref="InvalidOperationException">The letter was not accepted for resolution, or the allegation is already concluded.</exception>
    /// <exception cref="ArgumentException">No allegation has that id, the conclusion is undefined, or the date precedes the competent receipt.</exception>
    public Denunciation Conclude(RecordId<Allegation> allegationId, AllegationConclusion conclusion, LocalDate on)
    {
        if (Intake?.Decision != IntakeDecision.Accepted)
        {
            throw new InvalidOperationException($"Denunciation {Id} is {(Intake is null ? "not yet taken in" : Intake.Decision.ToString())}; only an accepted denunciation is concluded.");
        }

        if (!Enum.IsDefined(conclusion))
        {
            throw new ArgumentException($"Conclusion {(int)conclusion} is not defined.", nameof(conclusion));
        }

        var index = Allegations.ToList().FindIndex(a => a.Id == allegationId);
        if (index < 0)
        {
            throw new ArgumentException($"Denunciation {Id} has no allegation '{allegationId}'.", nameof(allegationId));
        }

        if (Allegations[index].Conclusion is { } existing)
        {
            throw new InvalidOperationException($"Allegation {allegationId} of denunciation {Id} is already concluded as {existing}.");
        }

        if (on < ReceivedByCompetentOn)
        {
            throw new ArgumentException($"Allegation {allegationId} cannot be concluded on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(on)}, before the competent receipt on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(ReceivedByCompetentOn!.Value)}.", nameof(on));
        }

        var updated = Allegations.ToArray();
        updated[index] = updated[index].Concluded(conclusion, on);
        return new Denunciation(Id, Subject, Source, Informant, InformantWithheld, Receipts, updated, Intake);
    }

    /// <summary>
    /// Releases the informant's identity after recording who asked and why (<i>tiếp cận danh tính người tố cáo</i>).
    /// </summary>
    /// <param name="audit">Where the access is recorded; if it throws, nothing is released.</param>
    /// <param name="accessedBy">Who asks.</param>
    /// <param name="purpose">Why.</param>
    /// <exception cref="ArgumentNullException"><paramref name="audit"/> is null.</exception>
    /// <exception cref="ArgumentException">Who or why is not stated.</exception>
    /// <exception cref="InvalidOperationException">The letter has no informant (anonymous, false name, or a verifiers' copy).</exception>
    public InformantIdentity RevealInformant(IInformantAccessAudit audit, string accessedBy, string purpose)
    {
        if (Informant is null)
        {
            throw new InvalidOperationException(InformantWithheld
                ? $"Denunciation {Id} is a copy for verifiers; the informant was removed."
                : $"Denunciation {Id} is {Source}; it has no informant.");
        }

        return Informant.Reveal(Id, audit, accessedBy, purpose);
    }

    /// <summary>A copy without the informant, for files that go to verifiers (<i>bản gửi tổ xác minh</i>).</summary>
    public Denunciation ForVerifiers() => new(Id, Subject, Source, null, Informant is not null || InformantWithheld, Receipts, Allegations, Intake);
}
