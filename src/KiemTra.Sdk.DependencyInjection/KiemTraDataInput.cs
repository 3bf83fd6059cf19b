namespace KiemTra.Sdk;

/// <summary>
/// One host-supplied data document for <see cref="KiemTraSdkOptions"/> (<i>tệp dữ liệu do hệ thống chủ cung cấp</i>):
/// a file path or a stream factory, with the name used in error messages.
/// </summary>
/// <remarks>
/// Documents are read once, when the first SDK service is resolved; a stream factory is called then and the
/// stream it returns is disposed after reading.
/// </remarks>
public sealed class KiemTraDataInput
{
    private readonly Func<Stream> _open;

    private KiemTraDataInput(string name, string? filePath, Func<Stream> open)
    {
        Name = name;
        FilePath = filePath;
        _open = open;
    }

    /// <summary>The document's name in error messages (the file name for a file).</summary>
    public string Name { get; }

    /// <summary>The path of a file document; null for a stream.</summary>
    public string? FilePath { get; }

    /// <summary>A document read from the file at <paramref name="path"/>.</summary>
    /// <param name="path">The file path.</param>
    /// <returns>The input.</returns>
    /// <exception cref="ArgumentException"><paramref name="path"/> is null, empty or white space.</exception>
    public static KiemTraDataInput FromFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return new KiemTraDataInput(Path.GetFileName(path), path, () => File.OpenRead(path));
    }

    /// <summary>A document read from the stream <paramref name="open"/> returns (called once; the stream is disposed after reading).</summary>
    /// <param name="name">The name used in error messages.</param>
    /// <param name="open">Opens the UTF-8 JSON stream.</param>
    /// <returns>The input.</returns>
    /// <exception cref="ArgumentException"><paramref name="name"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="open"/> is null.</exception>
    public static KiemTraDataInput FromStream(string name, Func<Stream> open)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(open);
        return new KiemTraDataInput(name, null, open);
    }

    /// <summary>Opens the document.</summary>
    /// <returns>A readable stream the caller disposes.</returns>
    /// <exception cref="IOException">The file cannot be read.</exception>
    /// <exception cref="InvalidOperationException">The stream factory returned null.</exception>
    public Stream Open() => _open() ?? throw new InvalidOperationException($"The stream factory for '{Name}' returned null.");

    /// <summary>Returns the name (and path of a file).</summary>
    public override string ToString() => FilePath is null ? Name : $"{Name} ({FilePath})";
}
