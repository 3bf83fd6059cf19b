namespace KiemTra.Sdk.Organization;

/// <summary>
/// Many short strings (at most <see cref="MaxLength"/> characters) stored in fixed-size character chunks with a start
/// offset and a one-byte length each, plus an optional open-addressing hash index (int slots, no per-entry objects):
/// millions of member ids and names cost a few arrays instead of millions of string objects and a dictionary. Chunks
/// never move, so growing the table never copies (or re-allocates on the large-object heap) what is already stored.
/// Append-only while building, then read-only.
/// </summary>
internal sealed class CompactStringTable
{
    public const int MaxLength = 255;
    private const int ChunkBits = 20;
    private const int ChunkSize = 1 << ChunkBits;

    private readonly List<char[]> _chunks = [];
    private int[] _starts;
    private byte[] _lengths;
    private int _count;
    private int _used = ChunkSize;
    private int[]? _slots;

    public CompactStringTable(int capacity = 16)
    {
        _starts = new int[Math.Max(capacity, 16)];
        _lengths = new byte[_starts.Length];
    }

    public int Count => _count;

    public int Add(ReadOnlySpan<char> value)
    {
        if (_slots is not null)
        {
            throw new InvalidOperationException("The table is frozen.");
        }

        if (value.Length > MaxLength)
        {
            throw new ArgumentException($"At most {MaxLength} characters can be stored; got {value.Length}.", nameof(value));
        }

        if (_count == _starts.Length)
        {
            Array.Resize(ref _starts, checked(_starts.Length * 2));
            Array.Resize(ref _lengths, _starts.Length);
        }

        if (_used + value.Length > ChunkSize)
        {
            _chunks.Add(new char[ChunkSize]);
            _used = 0;
        }

        value.CopyTo(_chunks[^1].AsSpan(_used));
        _starts[_count] = ((_chunks.Count - 1) << ChunkBits) | _used;
        _lengths[_count] = (byte)value.Length;
        _used += value.Length;
        return _count++;
    }

    public ReadOnlySpan<char> this[int index]
    {
        get
        {
            var start = _starts[index];
            return _chunks[start >> ChunkBits].AsSpan(start & (ChunkSize - 1), _lengths[index]);
        }
    }

    public string GetString(int index) => new(this[index]);

    /// <summary>Builds the hash index and freezes the table. Returns the index of the first duplicate found (and the earlier one), or (-1, -1).</summary>
    public (int Duplicate, int First) BuildIndex()
    {
        var size = 2;
        while (size < _count * 2)
        {
            size <<= 1;
        }

        var slots = new int[size];
        var mask = slots.Length - 1;
        for (var i = 0; i < _count; i++)
        {
            var value = this[i];
            var slot = Hash(value) & mask;
            while (slots[slot] != 0)
            {
                if (this[slots[slot] - 1].SequenceEqual(value))
                {
                    return (i, slots[slot] - 1);
                }

                slot = (slot + 1) & mask;
            }

            slots[slot] = i + 1;
        }

        _slots = slots;
        return (-1, -1);
    }

    public int IndexOf(ReadOnlySpan<char> value)
    {
        var slots = _slots ?? throw new InvalidOperationException("The table has no index.");
        var mask = slots.Length - 1;
        var slot = Hash(value) & mask;
        while (slots[slot] != 0)
        {
            if (this[slots[slot] - 1].SequenceEqual(value))
            {
                return slots[slot] - 1;
            }

            slot = (slot + 1) & mask;
        }

        return -1;
    }

    private static int Hash(ReadOnlySpan<char> value)
    {
        // FNV-1a over UTF-16 code units, then a final mix: deterministic across processes (unlike string.GetHashCode).
        var hash = 2166136261u;
        foreach (var c in value)
        {
            hash = (hash ^ c) * 16777619u;
        }

        hash ^= hash >> 16;
        hash *= 0x85EBCA6Bu;
        hash ^= hash >> 13;
        return (int)hash;
    }
}
