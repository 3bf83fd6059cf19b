using KiemTra.Sdk;
using KiemTra.Sdk.Organization;
namespace KiemTra.SampleProvince;

/// <summary>
/// SplitMix64 (Steele, Lea, Flood 2014): a tiny, fast, seeded generator whose output is fixed by its seed on every
/// platform and runtime, unlike <see cref="Random"/> whose algorithm may change. Mutable by nature: one instance per run.
/// </summary>
internal sealed class SplitMix64(ulong seed)
{
    private ulong _state = seed;

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>A uniform integer in [0, <paramref name="maxExclusive"/>) without modulo bias (Lemire's method with rejection).</summary>
    public int Next(int maxExclusive)
    {
        if (maxExclusive <= 1)
        {
            return 0;
        }

        var range = (ulong)maxExclusive;
        while (true)
        {
            var product = Math.BigMul(NextUInt64(), range, out var low);
            if (low >= (0UL - range) % range)
            {
                return (int)product;
            }
        }
    }

    /// <summary>A uniform integer in [<paramref name="min"/>, <paramref name="maxInclusive"/>].</summary>
    public int Between(int min, int maxInclusive) => min + Next(maxInclusive - min + 1);

    /// <summary>A uniform double in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}
