namespace KiemTra.Sdk.Indicators;

/// <summary>
/// Records grouped by a key index (an organisation, an assignment) in compressed form: the records of key
/// <c>k</c> are <c>Items[Start[k]..Start[k+1]]</c>. Built in two linear passes with no per-record allocation.
/// </summary>
internal sealed class GroupIndex
{
    private GroupIndex(int[] start, int[] items)
    {
        Start = start;
        Items = items;
    }

    public int[] Start { get; }

    public int[] Items { get; }

    public ReadOnlySpan<int> Of(int key) => Items.AsSpan(Start[key], Start[key + 1] - Start[key]);

    /// <summary>Groups record indices by <paramref name="keyOfRecord"/> (negative keys are left out).</summary>
    public static GroupIndex Build(int[] keyOfRecord, int keyCount)
    {
        var start = new int[keyCount + 1];
        foreach (var k in keyOfRecord)
        {
            if (k >= 0)
            {
                start[k + 1]++;
            }
        }

        for (var i = 0; i < keyCount; i++)
        {
            start[i + 1] += start[i];
        }

        var next = (int[])start.Clone();
        var items = new int[start[keyCount]];
        for (var r = 0; r < keyOfRecord.Length; r++)
        {
            var k = keyOfRecord[r];
            if (k >= 0)
            {
                items[next[k]++] = r;
            }
        }

        return new GroupIndex(start, items);
    }
}
