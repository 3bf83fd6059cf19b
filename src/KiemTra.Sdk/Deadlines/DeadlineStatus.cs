namespace KiemTra.Sdk.Deadlines;

/// <summary>Where a deadline stands (<i>tình trạng thời hạn</i>) on a given day.</summary>
public enum DeadlineStatus
{
    /// <summary>Not completed, due later than the due-soon window (<i>chưa đến hạn</i>).</summary>
    NotDue = 0,

    /// <summary>Not completed, due within the due-soon window but not today (<i>sắp đến hạn</i>).</summary>
    DueSoon = 1,

    /// <summary>Not completed, due at the end of today (<i>đến hạn hôm nay</i>).</summary>
    DueToday = 2,

    /// <summary>Not completed and the due date has passed (<i>quá hạn</i>).</summary>
    Overdue = 3,

    /// <summary>Completed on or before the due date (<i>hoàn thành đúng hạn</i>).</summary>
    MetOnTime = 4,

    /// <summary>Completed after the due date (<i>hoàn thành quá hạn</i>).</summary>
    MetLate = 5,
}
