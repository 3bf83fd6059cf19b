namespace KiemTra.Sdk.Inspection;

/// <summary>What a programme covers (<i>chương trình toàn khóa / kế hoạch hằng năm</i>).</summary>
public enum ProgramScope
{
    /// <summary>The whole term (<i>toàn khóa</i>): every subordinate organisation is to be covered at least once.</summary>
    Term = 1,

    /// <summary>One year (<i>hằng năm</i>).</summary>
    Year = 2,
}
