namespace KiemTra.Sdk.Register;

/// <summary>
/// Follow-up of conclusions and recommendations issued in a period (<i>theo dõi thực hiện kết luận, kiến nghị</i>),
/// read on the period's last day (or the data's extraction date when earlier), by the one rule of when an action is carried
/// out and when it is overdue: <c>Issued = CompletedOnTime + CompletedLate + Overdue + NotYetDue</c>.
/// </summary>
public sealed record FollowUpStatistics
{
    /// <summary>Recommendations issued in the period to organisations of the scope.</summary>
    public required int Issued { get; init; }

    /// <summary>Of which carried out by their due date.</summary>
    public required int CompletedOnTime { get; init; }

    /// <summary>Of which carried out after their due date.</summary>
    public required int CompletedLate { get; init; }

    /// <summary>Of which not carried out and past their due date.</summary>
    public required int Overdue { get; init; }

    /// <summary>Of which not carried out and not yet due.</summary>
    public required int NotYetDue { get; init; }
}
