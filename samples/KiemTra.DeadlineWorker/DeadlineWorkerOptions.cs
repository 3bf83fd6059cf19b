namespace KiemTra.DeadlineWorker;

/// <summary>Options of the morning deadline report (<i>báo cáo thời hạn buổi sáng</i>), bound from the <c>DeadlineWorker</c> configuration section.</summary>
public sealed class DeadlineWorkerOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "DeadlineWorker";

    /// <summary>The local time of the daily run, <c>HH:mm</c> (default 07:30).</summary>
    public string RunAt { get; set; } = "07:30";

    /// <summary>The time zone of <see cref="RunAt"/> and of "today" (default Asia/Ho_Chi_Minh).</summary>
    public string TimeZone { get; set; } = "Asia/Ho_Chi_Minh";

    /// <summary>How many working days ahead counts as "due soon" (default 3).</summary>
    public int DueSoonWorkingDays { get; set; } = 3;

    /// <summary>The JSON file of tracked obligations and follow-ups (relative paths: the application folder).</summary>
    public string ItemsPath { get; set; } = "tracked-items.json";
}
