namespace KiemTra.Cli;

/// <summary>The CLI's exit codes (a contract: scripts read them).</summary>
internal static class ExitCodes
{
    /// <summary>The command did its job.</summary>
    public const int Success = 0;

    /// <summary>Something failed that is not the caller's fault (a bug, an I/O error).</summary>
    public const int Failure = 1;

    /// <summary>Bad arguments or bad input; one message names the argument and the value.</summary>
    public const int Usage = 2;
}
