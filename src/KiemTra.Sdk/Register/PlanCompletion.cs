namespace KiemTra.Sdk.Register;

/// <summary>
/// Planned inspections and supervisions and how many were carried out (<i>số cuộc kiểm tra, giám sát theo kế hoạch và đã
/// hoàn thành</i>): the counts of the plan-completion indicator, read from the register.
/// </summary>
/// <param name="Planned">Items of the yearly programmes due in the period.</param>
/// <param name="Done">Of which carried out (the linked case concluded) by the period's end.</param>
public sealed record PlanCompletion(long Planned, long Done);
