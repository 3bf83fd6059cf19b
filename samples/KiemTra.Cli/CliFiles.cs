using System.Globalization;
using System.Runtime.InteropServices;
using KiemTra.Sdk;

namespace KiemTra.Cli;

/// <summary>
/// Every file the CLI reads or writes goes through here (<i>đọc, ghi tệp</i>): reads take regular files only (never a
/// FIFO, a device, a directory or a <c>/proc</c> entry), at most <see cref="InputRules.MaxDocumentBytes"/> bytes whatever
/// the file says its length is; writes go to a temporary file in the target folder renamed over the target, so a symbolic
/// link planted at the target is replaced, never followed. Every bad path is a <see cref="CliUsageException"/> (exit 2,
/// one line naming the option and the path).
/// </summary>
internal static class CliFiles
{
    /// <summary>Reads the whole file given to <paramref name="option"/>.</summary>
    /// <param name="option">The command-line option that named the file (for the message), e.g. <c>--input</c>.</param>
    /// <param name="path">The path as given.</param>
    /// <returns>The file's bytes (at most <see cref="InputRules.MaxDocumentBytes"/>).</returns>
    /// <exception cref="CliUsageException">The path is blank, missing, not a regular file, unreadable or too large.</exception>
    public static byte[] ReadAll(string option, string path) => ReadAll(option, path, InputRules.MaxDocumentBytes);

    /// <summary>As <see cref="ReadAll(string, string)"/> with a smaller cap (tests).</summary>
    internal static byte[] ReadAll(string option, string path, int maxBytes)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new CliUsageException($"{option} '{path}': cần đường dẫn tệp / a file path is required");
        }

        // Checked before opening: opening a FIFO for reading blocks until a writer comes, and a device never ends.
        CheckRegularFile(option, path);
        try
        {
            using var stream = new FileStream(path, new FileStreamOptions { Mode = FileMode.Open, Access = FileAccess.Read, Share = FileShare.Read, BufferSize = 0 });
            // The length a file reports is not trusted: read at most one byte more than the cap.
            var buffer = new byte[Math.Min(maxBytes + 1L, 1L << 16)];
            using var content = new MemoryStream();
            int read;
            while ((read = stream.Read(buffer, 0, (int)Math.Min(buffer.Length, maxBytes + 1L - content.Length))) > 0)
            {
                content.Write(buffer, 0, read);
                if (content.Length > maxBytes)
                {
                    throw new CliUsageException(string.Create(CultureInfo.InvariantCulture, $"{option} {path}: tệp lớn hơn {maxBytes} byte / the file is larger than {maxBytes} bytes"));
                }
            }

            return content.ToArray();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"{option} {path}: {Reason(ex)}", ex);
        }
    }

    /// <summary>Creates <paramref name="directory"/> if missing (before any work, so a bad folder is reported first).</summary>
    /// <exception cref="CliUsageException">The folder cannot be created (a file is in the way, permission denied…).</exception>
    public static void EnsureDirectory(string option, string directory)
    {
        if (string.IsNullOrWhiteSpace(directory))
        {
            throw new CliUsageException($"{option} '{directory}': cần đường dẫn thư mục / a folder path is required");
        }

        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            throw new CliUsageException($"{option} {directory}: không tạo được thư mục / cannot create the folder: {Reason(ex)}", ex);
        }
    }

    /// <summary>
    /// Writes <paramref name="content"/> as <paramref name="fileName"/> in <paramref name="directory"/> (created if missing):
    /// to a new temporary file there first, then renamed over the target, so whatever was at the target (a file or a
    /// symbolic link) is replaced and a link's target is never written.
    /// </summary>
    /// <returns>The path written.</returns>
    /// <exception cref="CliUsageException">The folder cannot be created or written, or the target is a directory.</exception>
    public static string WriteReplacing(string option, string directory, string fileName, byte[] content)
    {
        var path = Path.Combine(directory, fileName);
        string? temporary = null;
        try
        {
            Directory.CreateDirectory(directory);
            if (Directory.Exists(path) && !IsSymbolicLink(path))
            {
                throw new CliUsageException($"{option} {path}: là một thư mục / is a directory");
            }

            temporary = Path.Combine(directory, $".{fileName}.{Guid.NewGuid():N}.tmp");
            // CreateNew: fails rather than opening anything already at the temporary name (a link included).
            using (var stream = new FileStream(temporary, new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 0 }))
            {
                stream.Write(content);
                stream.Flush(flushToDisk: true);
            }

            // rename(2): replaces the directory entry itself; a symbolic link at the target is replaced, not followed.
            File.Move(temporary, path, overwrite: true);
            temporary = null;
            return path;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliUsageException($"{option} {path}: {Reason(ex)}", ex);
        }
        finally
        {
            if (temporary is not null)
            {
                try
                {
                    File.Delete(temporary);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // Best effort: the original error is the one reported.
                }
            }
        }
    }

    private static bool IsSymbolicLink(string path) => new FileInfo(path).LinkTarget is not null;

    private static string Reason(Exception ex) => ex switch
    {
        FileNotFoundException or DirectoryNotFoundException => "không tìm thấy tệp / file not found",
        UnauthorizedAccessException => "không có quyền truy cập / permission denied",
        ArgumentException or NotSupportedException => "đường dẫn không hợp lệ / invalid path",
        _ => $"lỗi vào/ra / I/O error: {ex.Message}",
    };

    /// <summary>Refuses anything but a regular file (following symbolic links: a link to a regular file is read).</summary>
    private static void CheckRegularFile(string option, string path)
    {
        if (Directory.Exists(path))
        {
            throw new CliUsageException($"{option} {path}: là một thư mục, không phải tệp / is a directory, not a file");
        }

        if (!File.Exists(path))
        {
            throw new CliUsageException($"{option} {path}: không tìm thấy tệp / file not found");
        }

        var full = Path.GetFullPath(path);
        if (OperatingSystem.IsWindows())
        {
            if (full.StartsWith(@"\\.\", StringComparison.Ordinal) || full.StartsWith(@"\\?\", StringComparison.Ordinal) || (File.GetAttributes(full) & FileAttributes.Device) != 0)
            {
                throw NotRegular(option, path);
            }

            return;
        }

        if (OperatingSystem.IsLinux())
        {
            var type = FileType(full);
            var target = ResolveLinks(full);
            if (type is { } known ? known != RegularFileType : IsUnder(target, "/dev/"))
            {
                throw NotRegular(option, path);
            }

            // /proc and /sys entries are "regular" with a made-up length: not data files.
            if (IsUnder(target, "/proc/") || IsUnder(target, "/sys/"))
            {
                throw NotRegular(option, path);
            }

            return;
        }

        // Other Unix systems: no portable stat here; refuse the special trees at least (the read is capped anyway).
        var resolved = ResolveLinks(full);
        if (IsUnder(resolved, "/dev/") || IsUnder(resolved, "/proc/") || IsUnder(resolved, "/sys/"))
        {
            throw NotRegular(option, path);
        }
    }

    private static CliUsageException NotRegular(string option, string path)
        => new($"{option} {path}: không phải tệp thông thường (ống FIFO, thiết bị, /proc…) / not a regular file (FIFO, device, /proc…)");

    private static bool IsUnder(string path, string root) => path.StartsWith(root, StringComparison.Ordinal);

    private static string ResolveLinks(string full)
    {
        try
        {
            return File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
        }
        catch (IOException)
        {
            return full;
        }
    }

    private const int RegularFileType = 0x8000; // S_IFREG

    /// <summary>The file type bits (<c>st_mode &amp; S_IFMT</c>) of <paramref name="path"/> after links, or null when unknown.</summary>
    private static int? FileType(string path)
    {
        // struct statx is 256 bytes; stx_mode (u16) is at offset 28 on every Linux architecture.
        var buffer = new byte[256];
        try
        {
            const int AtFdCwd = -100;
            const uint StatxType = 0x1;
            return Statx(AtFdCwd, path, 0, StatxType, buffer) == 0 ? BitConverter.ToUInt16(buffer, 28) & 0xF000 : null;
        }
        catch (Exception ex) when (ex is EntryPointNotFoundException or DllNotFoundException)
        {
            return null;
        }
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int dirfd, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
}
