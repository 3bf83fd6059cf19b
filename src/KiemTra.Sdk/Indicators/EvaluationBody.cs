using KiemTra.Sdk.Organization;

namespace KiemTra.Sdk.Indicators;

/// <summary>A body of an organisation as indicators count it (<i>chủ thể</i>): a committee, an inspection commission, an advisory agency.</summary>
/// <param name="Id">Identifier of the body, unique in the data set (ASCII letters, digits, '.', '-', '_').</param>
/// <param name="Kind">The kind of body.</param>
/// <param name="Name">The body's name as written, e.g. "Ủy ban Kiểm tra Tỉnh ủy".</param>
/// <param name="Agency">For an advisory agency, which one (Ban Tổ chức, Văn phòng, the inspection commission's office …), when known.</param>
internal sealed record EvaluationBody(string Id, BodyKind Kind, string Name, AdvisoryAgencyKind? Agency = null);
