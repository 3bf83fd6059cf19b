namespace KiemTra.Sdk.Discipline;

/// <summary>How many decisions imposed a form (<i>số lượng theo hình thức</i>).</summary>
/// <param name="Form">The form.</param>
/// <param name="Count">Number of decisions.</param>
public sealed record FormCount(DisciplineForm Form, int Count);
