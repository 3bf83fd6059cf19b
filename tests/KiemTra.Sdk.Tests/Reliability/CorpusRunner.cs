using System.Text;

namespace KiemTra.Sdk.Tests.Reliability;

/// <summary>Runs a corpus against a loader: each input must end in the documented exception, within a time bound.</summary>
internal static class CorpusRunner
{
    /// <summary>Per input: far above the few milliseconds a rejection takes; a hang fails the test instead of blocking it.</summary>
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);

    /// <summary>
    /// Loads every input; returns the count per category. Fails (listing up to 15 inputs) when an input loads
    /// (a silent acceptance), throws anything other than <typeparamref name="TException"/>, or hangs.
    /// </summary>
    public static IReadOnlyDictionary<string, int> Reject<TException>(IEnumerable<BadInput> corpus, Action<byte[]> load, Func<TException, string?> problem)
        where TException : Exception
    {
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var failures = new List<string>();
        foreach (var input in corpus)
        {
            counts[input.Category] = counts.GetValueOrDefault(input.Category) + 1;
            var bytes = input.Bytes();
            var task = Task.Run(() => load(bytes));
            string? failure;
            try
            {
                failure = task.Wait(Timeout) ? "accepted (nothing thrown)" : "hang (no answer in 20 s)";
            }
            catch (AggregateException ex) when (ex.InnerException is TException expected && expected.GetType() == typeof(TException))
            {
                failure = problem(expected);
            }
            catch (AggregateException ex)
            {
                failure = $"{ex.InnerException!.GetType().Name}: {ex.InnerException.Message}";
            }

            if (failure is not null && failures.Count < 15)
            {
                failures.Add($"{input}: {Short(failure)}");
            }
            else if (failure is not null)
            {
                failures.Add(string.Empty);
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} inputs not rejected properly:\n{string.Join("\n", failures.Where(f => f.Length > 0))}");
        return counts;
    }

    /// <summary>The checks every format exception must pass: a one-line-ish message naming the path it carries.</summary>
    public static string? NamesPath(string message, string path)
    {
        if (path is null)
        {
            return $"no path: {message}";
        }

        if (path.Length == 0)
        {
            // The whole document (a syntax error, a size bound): the JSON pointer of the root is empty.
            return message.Length > 4000 ? $"message of {message.Length} characters" : null;
        }

        if (!message.Contains(KiemTra.Sdk.Documents.JsonInput.Clip(path), StringComparison.Ordinal))
        {
            return $"message does not name the path '{path}': {message}";
        }

        return message.Length > 4000 ? $"message of {message.Length} characters" : null;
    }

    public static string Summary(IReadOnlyDictionary<string, int> counts)
        => $"{counts.Values.Sum()} inputs: " + string.Join(", ", counts.Select(c => $"{c.Key} {c.Value}"));

    private static string Short(string text)
    {
        var line = text.ReplaceLineEndings(" ");
        return line.Length <= 300 ? line : line[..300] + "…";
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
