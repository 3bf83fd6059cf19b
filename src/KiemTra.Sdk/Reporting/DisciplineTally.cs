namespace KiemTra.Sdk.Reporting;

/// <summary>
/// How many organisations and members received one form of discipline in the period (<i>số liệu kỷ luật theo hình thức</i>;
/// R-D7): counts only, so a published report can never carry who was disciplined.
/// </summary>
/// <param name="FormCode">Stable code of the form, e.g. <c>Reprimand</c>.</param>
/// <param name="Form">The form's name, e.g. "Khiển trách" / "Reprimand".</param>
/// <param name="Organizations">Organisations disciplined with this form.</param>
/// <param name="Members">Members disciplined with this form.</param>
public sealed record DisciplineTally(string FormCode, LocalizedText Form, int Organizations, int Members);
