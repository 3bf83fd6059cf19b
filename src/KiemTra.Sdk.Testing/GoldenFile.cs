using System.Runtime.CompilerServices;
using System.Text;

namespace KiemTra.Sdk.Testing;

/// <summary>
/// Golden-file (approval) testing without a test-framework dependency (<i>so sánh với tệp mẫu đã duyệt</i>):
/// output is compared with a checked-in <c>Name.approved.ext</c> in an <c>Approved</c> folder beside the
/// calling source file. On a mismatch the actual output is written to <c>Name.received.ext</c> and a
/// <see cref="GoldenFileMismatchException"/> says where the first difference is.
/// </summary>
/// <remarks>
/// Line endings are normalised to <c>\n</c> and a final newline is added, so files compare equal across
/// operating systems. Setting the environment variable <c>KIEMTRA_APPROVE=1</c> accepts received output as
/// approved — except when <c>CI=true</c>, so a build server never approves its own output.
/// Test projects must not set <c>ContinuousIntegrationBuild</c> (or a <c>PathMap</c>): it rewrites the caller's
/// source path to <c>/_/…</c> and the approved files could not be found.
/// </remarks>
public static class GoldenFile
{
    /// <summary>Compares <paramref name="actual"/> with the approved file <paramref name="name"/>.<paramref name="extension"/>.</summary>
    /// <param name="actual">The output to check.</param>
    /// <param name="name">The file name without extension, e.g. <c>Calendar2026</c>.</param>
    /// <param name="extension">The extension without a dot, e.g. <c>txt</c> or <c>json</c>.</param>
    /// <param name="callerFile">Filled in by the compiler: the calling source file, beside which <c>Approved/</c> lives.</param>
    /// <exception cref="ArgumentNullException"><paramref name="actual"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="name"/> or <paramref name="extension"/> is empty or has path characters.</exception>
    /// <exception cref="GoldenFileMismatchException">The output differs from the approved file, or there is none.</exception>
    public static void Verify(string actual, string name, string extension = "txt", [CallerFilePath] string callerFile = "")
    {
        ArgumentNullException.ThrowIfNull(actual);
        RequireFileNamePart(name, nameof(name));
        RequireFileNamePart(extension, nameof(extension));
        var directory = Path.Combine(Path.GetDirectoryName(callerFile) ?? ".", "Approved");
        Directory.CreateDirectory(directory);
        var approvedPath = Path.Combine(directory, $"{name}.approved.{extension}");
        var receivedPath = Path.Combine(directory, $"{name}.received.{extension}");
        var normalized = Normalize(actual);

        var approved = File.Exists(approvedPath) ? Normalize(File.ReadAllText(approvedPath, Encoding.UTF8)) : null;
        if (approved == normalized)
        {
            File.Delete(receivedPath);
            return;
        }

        var approveLocally = Environment.GetEnvironmentVariable("KIEMTRA_APPROVE") == "1"
            && Environment.GetEnvironmentVariable("CI") != "true";
        if (approveLocally)
        {
            File.WriteAllText(approvedPath, normalized, new UTF8Encoding(false));
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, normalized, new UTF8Encoding(false));
        var hint = approved is null
            ? "There is no approved file yet."
            : $"First difference at line {FirstDifferentLine(approved, normalized)}.";
        throw new GoldenFileMismatchException(
            $"Output differs from {approvedPath}. {hint} Actual output written to {receivedPath}; compare with: diff '{approvedPath}' '{receivedPath}'",
            approvedPath,
            receivedPath);
    }

    private static void RequireFileNamePart(string value, string paramName)
    {
        if (string.IsNullOrWhiteSpace(value) || value.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || value.Contains('/') || value.Contains('\\'))
        {
            throw new ArgumentException($"'{value}' is not a plain file name part.", paramName);
        }
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
        var common = Math.Min(a.Length, b.Length);
        for (var i = 0; i < common; i++)
        {
            if (a[i] != b[i])
            {
                return i + 1;
            }
        }

        return common + 1;
    }
}
