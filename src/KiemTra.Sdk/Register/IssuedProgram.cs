using KiemTra.Sdk.Inspection;
using NodaTime;

namespace KiemTra.Sdk.Register;

/// <summary>
/// A supervision and inspection programme or plan as issued (<i>chương trình, kế hoạch kiểm tra, giám sát đã ban hành</i>):
/// the programme with its items, the date of issue and, when the owner has several bodies of its kind, the body's id.
/// </summary>
/// <param name="Program">The programme (checked by <see cref="OversightProgram.Create"/>).</param>
/// <param name="IssuedOn">The date of issue.</param>
/// <param name="BodyId">The id of the issuing body in the organisation tree, or null to take the owner's first body of its kind.</param>
public sealed record IssuedProgram(OversightProgram Program, LocalDate IssuedOn, string? BodyId = null);
