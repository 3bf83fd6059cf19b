namespace KiemTra.Sdk.Testing;

/// <summary>Output did not match its approved golden file (<i>kết quả khác tệp mẫu đã duyệt</i>).</summary>
public sealed class GoldenFileMismatchException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What differs and how to compare.</param>
    /// <param name="approvedPath">The approved file's path.</param>
    /// <param name="receivedPath">Where the actual output was written.</param>
    public GoldenFileMismatchException(string message, string approvedPath, string receivedPath)
        : base(message)
    {
        ApprovedPath = approvedPath;
        ReceivedPath = receivedPath;
    }

    /// <summary>The approved file's path.</summary>
    public string ApprovedPath { get; }

    /// <summary>Where the actual output was written.</summary>
    public string ReceivedPath { get; }
}
