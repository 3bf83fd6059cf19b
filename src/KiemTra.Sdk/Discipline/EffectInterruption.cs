using NodaTime;

namespace KiemTra.Sdk.Discipline;

/// <summary>
/// An event that stops a decision from lapsing by itself after the lapse period (<i>khiếu nại, tái phạm hoặc có vi
/// phạm mới</i>): a complaint against the decision or a new violation warranting discipline.
/// </summary>
internal sealed record EffectInterruption
{
    private EffectInterruption(EffectInterruptionKind kind, LocalDate on)
    {
        Kind = kind;
        On = on;
    }

    /// <summary>Complaint or new violation.</summary>
    public EffectInterruptionKind Kind { get; }

    /// <summary>When it happened.</summary>
    public LocalDate On { get; }

    /// <summary>A complaint against the decision filed on a date.</summary>
    public static EffectInterruption Complaint(LocalDate filedOn) => new(EffectInterruptionKind.Complaint, filedOn);

    /// <summary>A new violation (warranting discipline) committed on a date.</summary>
    public static EffectInterruption NewViolation(LocalDate committedOn) => new(EffectInterruptionKind.NewViolation, committedOn);
}

/// <summary>Kinds of <see cref="EffectInterruption"/>.</summary>
internal enum EffectInterruptionKind
{
    /// <summary>A complaint against the decision (<i>khiếu nại</i>).</summary>
    Complaint = 1,

    /// <summary>A new violation (<i>vi phạm mới, tái phạm</i>).</summary>
    NewViolation = 2,
}
