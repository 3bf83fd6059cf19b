using KiemTra.Sdk.Documents;
using BenchmarkDotNet.Attributes;
using KiemTra.Sdk.Organization;
using KiemTra.SampleProvince;

namespace KiemTra.Sdk.Benchmarks;

/// <summary>
/// <see cref="PartyDatasetJson"/> over the default Thái Nguyên province (140,429 members, 6,597 organisations, a
/// 27 MB file): write to memory, and read back from memory (so disk speed is out of the figure).
/// </summary>
[MemoryDiagnoser]
public class JsonBenchmarks
{
    private PartyDataset _province = null!;
    private byte[] _json = [];

    /// <summary>Generates the province and writes it once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _province = SyntheticProvince.Generate();
        using var buffer = new MemoryStream();
        PartyDatasetJson.Write(_province, buffer);
        _json = buffer.ToArray();
    }

    /// <summary>Writes the province to a stream.</summary>
    [Benchmark]
    public long Province_Write()
    {
        using var buffer = new MemoryStream(_json.Length + 4096);
        PartyDatasetJson.Write(_province, buffer);
        return buffer.Length;
    }

    /// <summary>Reads (parses, checks and indexes) the province from its JSON.</summary>
    [Benchmark]
    public int Province_Read()
    {
        using var stream = new MemoryStream(_json, writable: false);
        return PartyDatasetJson.Read(stream, "province.json").MemberCount;
    }
}
