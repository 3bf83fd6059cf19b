namespace KiemTra.Cli;

/// <summary>
/// Bad arguments or bad input (<i>tham số hoặc dữ liệu đầu vào không hợp lệ</i>): the CLI prints the
/// message alone (no stack trace) and exits with code 2.
/// </summary>
internal sealed class CliUsageException : Exception
{
    public CliUsageException(string message)
        : base(message)
    {
    }

    public CliUsageException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
