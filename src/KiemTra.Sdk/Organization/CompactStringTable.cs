namespace KiemTra.Sdk.Organization;

/// <summary>
/// Many short strings stored in one character buffer with offsets, plus an optional open-addressing hash index
/// (int slots, no per-entry objects): millions of member ids and names cost two arrays instead of millions of
/// string objects and a dictionary. Built once, then read-only.
/// </summary>
internal sealed class CompactStringTable
{
    private char[] _chars;
    private int[] _starts;
    private int _count;
    private int _length;
    private int[]? _slots;

    public CompactStringTable(int capacity = 16)
    {
        _starts = new int[Math.Max(capacity, 4) + 1];
        _chars = new char[Math.Max(capacity, 4) * 16];
    }

    public int Count => _count;

    public int Add(ReadOnlySpan<char> value)
    {
        if (_slots is not null)
        {
            throw new InvalidOperationException("The table is frozen.");
        }

        if (_count + 1 >= _starts.Length)
        {
            Array.Resize(ref _starts, checked(_starts.Length * 2));
        }

        if (_length + value.Length > _chars.Length)
        {
            Array.Resize(ref _chars, Math.Max(checked(_chars.Length * 2), _length + value.Length));
        }

        value.CopyTo(_chars.AsSpan(_length));
        _length += value.Length;
        _count++;
        _starts[_count] = _length;
        return _count - 1;
    }

    public ReadOnlySpan<char> this[int index] => _chars.AsSpan(_starts[index], _starts[index + 1] - _starts[index]);

    public string GetString(int index) => new(this[index]);

    /// <summary>Returns a table whose entries are reordered: new index i holds old entry <paramref name="order"/>[i].</summary>
    public CompactStringTable Permute(int[] order)
    {
        var result = new CompactStringTable(0) { _starts = new int[_count + 1], _chars = new char[_length] };
        foreach (var old in order)
        {
            result.Add(this[old]);
        }

        return result;
    }

    /// <summary>Builds the hash index. Returns the index of the first duplicate found, or -1.</summary>
    public (int Duplicate, int First) BuildIndex()
    {
        var size = 1;
        while (size < _count * 2)
        {
            size <<= 1;
        }

        var slots = new int[Math.Max(size, 2)];
        var mask = slots.Length - 1;
        for (var i = 0; i < _count; i++)
        {
            var slot = Hash(this[i]) & mask;
            while (slots[slot] != 0)
            {
                if (this[slots[slot] - 1].SequenceEqual(this[i]))
                {
                    return (i, slots[slot] - 1);
                }

                slot = (slot + 1) & mask;
            }

            slots[slot] = i + 1;
        }

        _slots = slots;
        Array.Resize(ref _chars, _length);
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
        // FNV-1a over UTF-16 code units: deterministic across processes (unlike string.GetHashCode).
        var hash = 2166136261u;
        foreach (var c in value)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return (int)(hash ^ (hash >> 15));
    }
}
