namespace KiemTra.Sdk.Register;

/// <summary>
/// An amount a conclusion's recommendation orders recovered (<i>số tiền, tài sản kiến nghị thu hồi</i>): state-budget
/// debts, assets lost to corruption, waste and negative conduct; in đồng.
/// </summary>
/// <param name="RecommendationId">The recommendation that set it.</param>
/// <param name="AmountVnd">The amount to recover, in đồng.</param>
/// <param name="RecoveredVnd">The amount recovered so far, in đồng.</param>
public sealed record RecoveryAmount(string RecommendationId, long AmountVnd, long RecoveredVnd);
