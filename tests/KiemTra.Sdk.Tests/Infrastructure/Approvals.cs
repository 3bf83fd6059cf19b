using System.Runtime.CompilerServices;
using System.Text;

namespace KiemTra.Sdk.Tests.Infrastructure;

/// <summary>
/// A small golden-file helper (Verify is not in the package mirror here). Output is compared with
/// a checked-in <c>Name.approved.ext</c> beside the test's source file; on a mismatch the actual
/// output is written to <c>Name.received.ext</c> (git-ignored) and the test fails with a diff hint.
/// Set <c>KIEMTRA_APPROVE=1</c> locally to accept received output as approved; CI never approves.
/// </summary>
public static class Approvals
{
    public static void Verify(string actual, string name, string extension = "txt", [CallerFilePath] string callerFile = "")
    {
        ArgumentNullException.ThrowIfNull(actual);
        var directory = Path.Combine(Path.GetDirectoryName(callerFile)!, "Approved");
        Directory.CreateDirectory(directory);
        var approvedPath = Path.Combine(directory, $"{name}.approved.{extension}");
        var receivedPath = Path.Combine(directory, $"{name}.received.{extension}");
        var normalized = Normalize(actual);

        var approved = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath, Encoding.UTF8)) : null;
        if (approved == normalized)
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return;
        }

        var approveLocally = Environment.GetEnvironmentVariable("KIEMTRA_APPROVE") == "1"
            && Environment.GetEnvironmentVariable("CI") != "true";
        if (approveLocally)
        {
            File.WriteAllText(approvedPath, normalized, new UTF8Encoding(false));
            return;
        }

        File.WriteAllText(receivedPath, normalized, new UTF8Encoding(false));
        var hint = approved is null
            ? $"No approved file {approvedPath}."
            : $"First difference at line {FirstDifferentLine(approved, normalized)}.";
        Assert.Fail($"Output differs from {approvedPath}. {hint} Actual output written to {receivedPath}; compare with: diff '{approvedPath}' '{receivedPath}'");
    }

    private static string Normalize(string text)
    {
        var unix = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        return unix.EndsWith('\n') ? unix : unix + "\n";
    }

    private static int FirstDifferentLine(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                return i + 1;
            }
        }

        return Math.Min(a.Length, b.Length) + 1;
    }
}
