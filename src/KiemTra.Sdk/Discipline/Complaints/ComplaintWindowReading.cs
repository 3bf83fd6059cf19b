namespace KiemTra.Sdk.Discipline.Complaints;

/// <summary>
/// Which reading of the complaint filing window to apply (<i>cách tính thời hạn khiếu nại</i>). The caller names it: the
/// Charter says one month; party Q&amp;A reads it as 30 working days (unverified). No silent default.
/// </summary>
public enum ComplaintWindowReading
{
    /// <summary>One month from receiving the decision (Party Charter 2011, Art. 39).</summary>
    OneMonth = 1,

    /// <summary>30 working days from receiving the decision (party Q&amp;A reading, unverified).</summary>
    ThirtyWorkingDays = 2,
}
