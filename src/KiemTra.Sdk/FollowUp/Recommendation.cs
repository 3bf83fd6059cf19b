using KiemTra.Sdk.Deadlines;
using KiemTra.Sdk.Organization;
using NodaTime;

namespace KiemTra.Sdk.FollowUp;

/// <summary>
/// A conclusion or recommendation to be carried out (<i>kết luận, kiến nghị sau kiểm tra, giám sát, thanh tra, kiểm toán</i>):
/// who must do what by when, and when it was done; with the money it orders recovered, how much was recovered.
/// </summary>
public sealed record Recommendation
{
    private Recommendation(RecordId<Recommendation> id, RecommendationSource source, string sourceReference, OrganizationId addressee, string content, Deadline deadline, LocalDate? completedOn, long? amountToRecoverVnd = null, long recoveredVnd = 0)
    {
        AmountToRecoverVnd = amountToRecoverVnd;
        RecoveredVnd = recoveredVnd;
        Id = id;
        Source = source;
        SourceReference = sourceReference;
        Addressee = addressee;
        Content = content;
        Deadline = deadline;
        CompletedOn = completedOn;
    }

    /// <summary>Identifier.</summary>
    public RecordId<Recommendation> Id { get; }

    /// <summary>Party inspection, party supervision, state inspection or audit.</summary>
    public RecommendationSource Source { get; }

    /// <summary>The conclusion it comes from (case id, notice number, audit report).</summary>
    public string SourceReference { get; }

    /// <summary>The organisation that must carry it out.</summary>
    public OrganizationId Addressee { get; }

    /// <summary>What must be done.</summary>
    public string Content { get; }

    /// <summary>The deadline, from the time limit the conclusion set, counted from its issue.</summary>
    public Deadline Deadline { get; }

    /// <summary>When it was completed, or null while open.</summary>
    public LocalDate? CompletedOn { get; }

    /// <summary>Whether it is completed.</summary>
    public bool IsCompleted => CompletedOn is not null;

    /// <summary>
    /// The money and assets it orders recovered (<i>số tiền, tài sản kiến nghị thu hồi</i>: state-budget debts, assets lost
    /// to corruption, waste and negative conduct), in đồng, or null when it orders none; set by <see cref="RecordRecovery"/>.
    /// </summary>
    public long? AmountToRecoverVnd { get; }

    /// <summary>How much of <see cref="AmountToRecoverVnd"/> was recovered so far (<i>số đã thu hồi</i>), in đồng; 0 when it orders none.</summary>
    public long RecoveredVnd { get; }

    /// <summary>Records a recommendation.</summary>
    /// <param name="id">Identifier.</param>
    /// <param name="source">Where it comes from.</param>
    /// <param name="sourceReference">The conclusion it comes from.</param>
    /// <param name="addressee">Who must carry it out.</param>
    /// <param name="content">What.</param>
    /// <param name="issuedOn">When the conclusion was issued.</param>
    /// <param name="timeLimit">The time limit the conclusion set.</param>
    /// <param name="calculator">The calculator that turns it into a due date.</param>
    /// <exception cref="ArgumentNullException">A reference argument is null.</exception>
    /// <exception cref="ArgumentException">An id or text is invalid.</exception>
    public static Recommendation Create(RecordId<Recommendation> id, RecommendationSource source, string sourceReference, OrganizationId addressee, string content, LocalDate issuedOn, DeadlineRule timeLimit, DeadlineCalculator calculator)
    {
        ArgumentNullException.ThrowIfNull(timeLimit);
        ArgumentNullException.ThrowIfNull(calculator);
        id = id.Required(nameof(id));
        Validate(id, source, sourceReference, addressee, content);
        return new Recommendation(id, source, sourceReference.Trim(), addressee, content.Trim(), calculator.Calculate(timeLimit, issuedOn), null);
    }

    /// <summary>
    /// Rebuilds a recommendation a host persisted (from JSON or a database row): the deadline as it was calculated when
    /// it was issued (not recalculated, so a later change of the holiday schedule does not move a recorded deadline) and
    /// the completion date, if any.
    /// </summary>
    /// <param name="id">Identifier.</param>
    /// <param name="source">Where it comes from.</param>
    /// <param name="sourceReference">The conclusion it comes from.</param>
    /// <param name="addressee">The organisation that must carry it out.</param>
    /// <param name="content">What must be done.</param>
    /// <param name="deadline">The deadline calculated at issue (its event date is the issue date).</param>
    /// <param name="completedOn">When it was carried out, or null.</param>
    /// <returns>The recommendation.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="deadline"/> is null.</exception>
    /// <exception cref="ArgumentException">A field is invalid (as in <see cref="Create"/>), or <paramref name="completedOn"/> precedes the issue date.</exception>
    public static Recommendation Restore(RecordId<Recommendation> id, RecommendationSource source, string sourceReference, OrganizationId addressee, string content, Deadline deadline, LocalDate? completedOn)
    {
        ArgumentNullException.ThrowIfNull(deadline);
        id = id.Required(nameof(id));
        Validate(id, source, sourceReference, addressee, content);
        var issued = new Recommendation(id, source, sourceReference.Trim(), addressee, content.Trim(), deadline, null);
        return completedOn is { } on ? issued.Complete(on) : issued;
    }

    private static void Validate(RecordId<Recommendation> id, RecommendationSource source, string sourceReference, OrganizationId addressee, string content)
    {
        if (!Enum.IsDefined(source))
        {
            throw new ArgumentException($"Source {(int)source} is not defined.", nameof(source));
        }

        if (string.IsNullOrWhiteSpace(sourceReference))
        {
            throw new ArgumentException($"Recommendation {id} must name the conclusion it comes from.", nameof(sourceReference));
        }

        if (addressee.Value.Length == 0)
        {
            throw new ArgumentException("The addressee must not be default.", nameof(addressee));
        }

        if (string.IsNullOrWhiteSpace(content))
        {
            throw new ArgumentException($"Recommendation {id} must state what is to be done.", nameof(content));
        }
    }

    /// <summary>
    /// Calendar days past the due date (<i>số ngày chậm</i>): up to the completion date when completed by
    /// <paramref name="asOf"/>, else up to <paramref name="asOf"/> (a completion after that day is not yet known then);
    /// 0 when not late.
    /// </summary>
    /// <param name="asOf">The day it is judged on, for an open recommendation.</param>
    /// <returns>The days late.</returns>
    /// <example>Due 2025-08-25, completed 2025-08-28: 3; open and judged on 2025-08-20: 0.</example>
    public int DaysLate(LocalDate asOf)
    {
        var end = FollowUpRules.CarriedOutBy(CompletedOn, asOf) ? CompletedOn!.Value : asOf;
        return end > Deadline.Due ? Period.Between(Deadline.Due, end, PeriodUnits.Days).Days : 0;
    }

    /// <summary>Returns the recommendation completed on a date.</summary>
    /// <exception cref="InvalidOperationException">It is already completed.</exception>
    /// <exception cref="ArgumentException">The date precedes the issue of the conclusion.</exception>
    public Recommendation Complete(LocalDate on)
    {
        if (CompletedOn is { } done)
        {
            throw new InvalidOperationException($"Recommendation {Id} was already completed on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(done)}.");
        }

        if (on < Deadline.EventDate)
        {
            throw new ArgumentException($"Recommendation {Id} cannot be completed on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(on)}, before it was issued on {KiemTra.Sdk.Formatting.TextFormat.IsoDate(Deadline.EventDate)}.", nameof(on));
        }

        return new Recommendation(Id, Source, SourceReference, Addressee, Content, Deadline, on, AmountToRecoverVnd, RecoveredVnd);
    }

    /// <summary>
    /// Returns the recommendation with the amount it orders recovered and how much of it was recovered so far (recovery
    /// goes on after the order, so a later call records the newer figure).
    /// </summary>
    /// <param name="amountToRecoverVnd">The amount ordered recovered, in đồng: not negative.</param>
    /// <param name="recoveredVnd">The amount recovered so far, in đồng: not negative and at most the amount ordered.</param>
    /// <returns>The recommendation with its recovery.</returns>
    /// <exception cref="ArgumentException">An amount is negative, or more is recovered than ordered.</exception>
    /// <example><c>recommendation.RecordRecovery(125_500_000, 20_000_000)</c>.</example>
    public Recommendation RecordRecovery(long amountToRecoverVnd, long recoveredVnd)
    {
        CheckRecovery(Id, amountToRecoverVnd, recoveredVnd, nameof(amountToRecoverVnd), nameof(recoveredVnd));
        return new Recommendation(Id, Source, SourceReference, Addressee, Content, Deadline, CompletedOn, amountToRecoverVnd, recoveredVnd);
    }

    /// <summary>
    /// The recommendation as it stood before it was carried out (<i>kiến nghị chưa thực hiện</i>): the same terms and
    /// recovery, no completion; for reading the register as of a day before the completion.
    /// </summary>
    /// <returns>The recommendation not yet carried out.</returns>
    internal Recommendation Reopened()
        => new(Id, Source, SourceReference, Addressee, Content, Deadline, completedOn: null, AmountToRecoverVnd, RecoveredVnd);

    /// <summary>The one check of a recovery (<see cref="RecordRecovery"/> and the register builder's): amounts not negative, recovered at most ordered.</summary>
    /// <param name="id">The recommendation id, for the message.</param>
    /// <param name="amountToRecoverVnd">The amount ordered recovered.</param>
    /// <param name="recoveredVnd">The amount recovered so far.</param>
    /// <param name="amountField">The name the caller gives the amount ordered (its parameter or field).</param>
    /// <param name="recoveredField">The name the caller gives the amount recovered.</param>
    /// <exception cref="ArgumentException">An amount is negative, or more is recovered than ordered.</exception>
    internal static void CheckRecovery(RecordId<Recommendation> id, long amountToRecoverVnd, long recoveredVnd, string amountField, string recoveredField)
    {
        if (amountToRecoverVnd < 0)
        {
            throw new ArgumentException($"Recommendation {id}: the amount to recover, {amountToRecoverVnd.ToString(System.Globalization.CultureInfo.InvariantCulture)} đồng, is negative.", amountField);
        }

        if (recoveredVnd < 0 || recoveredVnd > amountToRecoverVnd)
        {
            throw new ArgumentException($"Recommendation {id}: {recoveredVnd.ToString(System.Globalization.CultureInfo.InvariantCulture)} recovered of {amountToRecoverVnd.ToString(System.Globalization.CultureInfo.InvariantCulture)} đồng; the amount recovered is not negative and at most the amount ordered.", recoveredField);
        }
    }
}
