using KiemTra.Sdk.Inspection;
namespace KiemTra.Sdk.Register;

/// <summary>
/// A programme item carried out by a case (<i>cuộc kiểm tra, giám sát thực hiện nội dung kế hoạch</i>): the link that makes
/// plan completion derived, never typed twice.
/// </summary>
internal sealed record ProgramItemLink
{
    /// <summary>The programme.</summary>
    public required RecordId<OversightProgram> ProgramId { get; init; }

    /// <summary>The item within it.</summary>
    public required RecordId<ProgramItem> ItemId { get; init; }

    /// <summary>The case that carried it out.</summary>
    public required RecordId<OversightCase> CaseId { get; init; }
}
