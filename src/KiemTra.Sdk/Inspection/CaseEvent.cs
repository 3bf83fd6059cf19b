using NodaTime;

namespace KiemTra.Sdk.Inspection;

/// <summary>One entry of a case's history (<i>diễn biến hồ sơ</i>): the step, when, the state reached, and a note.</summary>
/// <param name="Step">The step taken.</param>
/// <param name="On">When.</param>
/// <param name="StateAfter">The state after the step.</param>
/// <param name="Note">What was done, in words.</param>
public sealed record CaseEvent(CaseStep Step, LocalDate On, CaseState StateAfter, string Note);
