namespace KiemTra.Sdk.Discipline.Complaints;

/// <summary>How a complaint against discipline is resolved (<i>kết quả giải quyết khiếu nại</i>).</summary>
public enum ComplaintOutcome
{
    /// <summary>The form is kept (<i>giữ nguyên</i>).</summary>
    Upheld = 1,

    /// <summary>The form is changed (<i>thay đổi hình thức</i>).</summary>
    Changed = 2,

    /// <summary>The decision is annulled (<i>xóa bỏ, hủy bỏ quyết định</i>).</summary>
    Annulled = 3,
}
