using NodaTime;

namespace KiemTra.Sdk.Tests.Deadlines;

/// <summary>An <see cref="IClock"/> that always answers the same instant (NodaTime.Testing is not in the mirror here).</summary>
internal sealed class FixedClock(Instant now) : IClock
{
    public Instant GetCurrentInstant() => now;
}
