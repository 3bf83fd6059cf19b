namespace KiemTra.Sdk.Indicators;

/// <summary>What every task must state (<i>yếu tố của nhiệm vụ</i>).</summary>
public enum TaskSpecificationElement
{
    /// <summary>The work (<i>nội dung công việc</i>).</summary>
    Content = 1,

    /// <summary>The lead agency (<i>cơ quan chủ trì</i>).</summary>
    LeadAgency = 2,

    /// <summary>The coordinating agencies (<i>cơ quan phối hợp</i>).</summary>
    CoordinatingAgencies = 3,

    /// <summary>The completion time (<i>thời gian hoàn thành</i>).</summary>
    CompletionTime = 4,

    /// <summary>The concrete product (<i>sản phẩm cụ thể</i>).</summary>
    Product = 5,

    /// <summary>The resources (<i>nguồn lực thực hiện</i>).</summary>
    Resources = 6,

    /// <summary>The responsible person (<i>trách nhiệm cá nhân, nhất là người đứng đầu</i>).</summary>
    ResponsiblePerson = 7,

    /// <summary>Who has authority to decide and deal with it (<i>rõ thẩm quyền xử lý</i>).</summary>
    HandlingAuthority = 8,

    /// <summary>The responsible collective (<i>trách nhiệm của từng tập thể</i>), besides the individual.</summary>
    ResponsibleCollective = 9,
}
