namespace KiemTra.Sdk.Register;

/// <summary>
/// A programme item carried out by a case (<i>cuộc kiểm tra, giám sát thực hiện nội dung kế hoạch</i>): the link that makes
/// plan completion derived, never typed twice.
/// </summary>
/// <param name="ProgrammeId">The programme.</param>
/// <param name="ItemId">The item within it.</param>
/// <param name="CaseId">The case that carried it out.</param>
public sealed record ProgrammeItemLink(string ProgrammeId, string ItemId, string CaseId);
