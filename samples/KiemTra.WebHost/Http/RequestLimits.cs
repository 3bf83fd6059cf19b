using System.Globalization;
using KiemTra.Sdk;

namespace KiemTra.WebHost.Http;

/// <summary>
/// The request-body bound (<i>giới hạn kích thước yêu cầu</i>): <see cref="InputRules.MaxDocumentBytes"/> by default,
/// the SDK's one bound on any document it reads; <c>KiemTra:MaxRequestBodyBytes</c> may lower it (never raise it). A
/// larger body is refused with 413 before or while it is read, never buffered whole. JSON nesting is bounded by
/// <see cref="InputRules.MaxDepth"/> (a deeper body is a 400 naming the path).
/// </summary>
/// <param name="MaxBodyBytes">The largest body accepted, in bytes.</param>
internal sealed record RequestLimits(long MaxBodyBytes)
{
    /// <summary>The configuration key that lowers the bound.</summary>
    public const string Key = "KiemTra:MaxRequestBodyBytes";

    /// <summary>The bound from configuration.</summary>
    /// <exception cref="InvalidOperationException">The configured value is not a whole number from 1 to <see cref="InputRules.MaxDocumentBytes"/>.</exception>
    public static RequestLimits From(IConfiguration configuration)
    {
        var text = configuration[Key];
        if (string.IsNullOrWhiteSpace(text))
        {
            return new RequestLimits(InputRules.MaxDocumentBytes);
        }

        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value is >= 1 and <= InputRules.MaxDocumentBytes
            ? new RequestLimits(value)
            : throw new InvalidOperationException($"{Key} '{text}' is not a whole number of bytes from 1 to {InputRules.MaxDocumentBytes} (InputRules.MaxDocumentBytes).");
    }
}

/// <summary>A read-only view of a request body that fails with <see cref="BodyTooLargeException"/> once more than the bound has been read.</summary>
internal sealed class BoundedReadStream(Stream inner, long limit) : Stream
{
    private long _read;

    /// <inheritdoc />
    public override bool CanRead => true;

    /// <inheritdoc />
    public override bool CanSeek => false;

    /// <inheritdoc />
    public override bool CanWrite => false;

    /// <inheritdoc />
    public override long Length => throw new NotSupportedException("A request body has no known length.");

    /// <inheritdoc />
    public override long Position
    {
        get => _read;
        set => throw new NotSupportedException("A request body cannot seek.");
    }

    /// <inheritdoc />
    public override int Read(byte[] buffer, int offset, int count) => Count(inner.Read(buffer, offset, count));

    /// <inheritdoc />
    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
        Count(await inner.ReadAsync(buffer, cancellationToken));

    /// <inheritdoc />
    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    /// <inheritdoc />
    public override void Flush()
    {
    }

    /// <inheritdoc />
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException("A request body cannot seek.");

    /// <inheritdoc />
    public override void SetLength(long value) => throw new NotSupportedException("A request body is read-only.");

    /// <inheritdoc />
    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException("A request body is read-only.");

    private int Count(int read)
    {
        _read += read;
        return _read > limit ? throw new BodyTooLargeException(limit) : read;
    }
}

/// <summary>The request body exceeded <see cref="RequestLimits.MaxBodyBytes"/>.</summary>
/// <param name="limit">The bound, in bytes.</param>
internal sealed class BodyTooLargeException(long limit) : IOException($"The request body exceeds {limit} bytes.")
{
    /// <summary>The bound, in bytes.</summary>
    public long Limit { get; } = limit;
}

/// <summary>
/// The host's bounds on what one record may hold (<i>giới hạn của một hồ sơ</i>), in one place beside the SDK's
/// <see cref="InputRules"/> (which bound any document the SDK reads): subjects per case, steps per case and how often one
/// step may be repeated. Real work stays far below them; they stop one client from making every read of a case (and
/// every report) grow without end — 1,000 higher reviews once made each read of a case 16 MB.
/// </summary>
internal static class HostLimits
{
    /// <summary>Subjects of one case (organisations and members), including a case opened by a hand-over.</summary>
    public const int MaxSubjectsPerCase = 100;

    /// <summary>Steps recorded on one case after its opening.</summary>
    public const int MaxStepsPerCase = 300;

    /// <summary>Higher commissions' reviews of one case's conclusion.</summary>
    public const int MaxReviewsPerCase = 10;

    /// <summary>Times any other repeatable step (follow-up, hand-over…) may be recorded on one case.</summary>
    public const int MaxRepeatsOfOneStep = 20;

    /// <summary>Items of one programme.</summary>
    public const int MaxProgramItems = 5000;

    /// <summary>
    /// How many times <paramref name="step"/> may be recorded on one case: <see cref="MaxReviewsPerCase"/> reviews, one
    /// discipline per subject (<see cref="MaxSubjectsPerCase"/>), <see cref="MaxRepeatsOfOneStep"/> for any other step.
    /// </summary>
    public static int MaxRepeats(KiemTra.Sdk.Inspection.CaseStep step) => step switch
    {
        KiemTra.Sdk.Inspection.CaseStep.RecordHigherReview => MaxReviewsPerCase,
        KiemTra.Sdk.Inspection.CaseStep.RecordDiscipline => MaxSubjectsPerCase,
        _ => MaxRepeatsOfOneStep,
    };
}
