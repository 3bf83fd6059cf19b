using System.Buffers;
using System.Globalization;
using System.Text;

namespace KiemTra.Cli;

/// <summary>
/// Wraps standard output or error so that text from the input (a value echoed in a message, a name from a data file) can
/// never drive the terminal (<i>ký tự điều khiển</i>): C0 and C1 control characters (ANSI escape sequences start with
/// ESC), DEL, bidirectional overrides and isolates, and lone surrogates are written as <c>\uXXXX</c>. Tab and the line
/// feed (and carriage return where it is part of the platform's new line) pass through. Inside JSON output the escape is
/// itself valid JSON, so the JSON the CLI prints stays valid.
/// </summary>
internal sealed class TerminalSafeWriter : TextWriter
{
    private static readonly SearchValues<char> Unsafe = SearchValues.Create(UnsafeCharacters());

    private readonly TextWriter _inner;
    private readonly bool _allowCarriageReturn = Environment.NewLine.Contains('\r', StringComparison.Ordinal);
    private char? _pendingHigh;

    public TerminalSafeWriter(TextWriter inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
        CoreNewLine = inner.NewLine.ToCharArray();
    }

    public override Encoding Encoding => _inner.Encoding;

    public override IFormatProvider FormatProvider => _inner.FormatProvider;

    /// <summary>The text as this writer would print it (for messages built before printing).</summary>
    public static string Escape(string text)
    {
        using var buffer = new StringWriter(CultureInfo.InvariantCulture);
        using var safe = new TerminalSafeWriter(buffer);
        safe.Write(text);
        safe.Flush();
        return buffer.ToString();
    }

    public override void Write(char value) => Write([value]);

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        while (!buffer.IsEmpty)
        {
            if (_pendingHigh is { } high)
            {
                _pendingHigh = null;
                if (char.IsLowSurrogate(buffer[0]))
                {
                    _inner.Write([high, buffer[0]]);
                    buffer = buffer[1..];
                    continue;
                }

                WriteEscaped(high);
            }

            var next = buffer.IndexOfAny(Unsafe);
            if (next < 0)
            {
                _inner.Write(buffer);
                return;
            }

            _inner.Write(buffer[..next]);
            var c = buffer[next];
            buffer = buffer[(next + 1)..];
            if (char.IsHighSurrogate(c))
            {
                if (buffer.IsEmpty)
                {
                    // The low half may come in the next call.
                    _pendingHigh = c;
                    return;
                }

                if (char.IsLowSurrogate(buffer[0]))
                {
                    _inner.Write([c, buffer[0]]);
                    buffer = buffer[1..];
                    continue;
                }
            }

            if (c == '\r' && _allowCarriageReturn)
            {
                _inner.Write(c);
                continue;
            }

            WriteEscaped(c);
        }
    }

    public override void WriteLine(string? value)
    {
        Write(value);
        Write(CoreNewLine);
    }

    public override void Flush()
    {
        if (_pendingHigh is { } high)
        {
            _pendingHigh = null;
            WriteEscaped(high);
        }

        _inner.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }

    private void WriteEscaped(char c) => _inner.Write(string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"));

    private static string UnsafeCharacters()
    {
        var chars = new StringBuilder();
        for (var c = '\0'; c < ' '; c++)
        {
            if (c is not ('\t' or '\n'))
            {
                chars.Append(c);
            }
        }

        for (var c = '\u007f'; c <= '\u009f'; c++)
        {
            chars.Append(c);
        }

        // Bidirectional marks, embeddings, overrides and isolates (a name that reverses the rest of the line).
        chars.Append("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069");
        // Surrogates: a pair passes, a lone half is escaped (checked above).
        for (var c = '\ud800'; c <= '\udfff'; c++)
        {
            chars.Append(c);
        }

        return chars.ToString();
    }
}
