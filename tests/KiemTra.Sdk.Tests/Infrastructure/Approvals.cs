using System.Runtime.CompilerServices;
using KiemTra.Sdk.Testing;

namespace KiemTra.Sdk.Tests.Infrastructure;

/// <summary>
/// Golden files for these tests, through the SDK's own <see cref="GoldenFile"/> (Verify is not in the
/// package mirror here): <c>Approved/Name.approved.ext</c> beside the test file; a mismatch writes
/// <c>Name.received.ext</c> and fails. <c>KIEMTRA_APPROVE=1</c> accepts output locally (never in CI).
/// </summary>
public static class Approvals
{
    public static void Verify(string actual, string name, string extension = "txt", [CallerFilePath] string callerFile = "")
        => GoldenFile.Verify(actual, name, extension, callerFile);
}
