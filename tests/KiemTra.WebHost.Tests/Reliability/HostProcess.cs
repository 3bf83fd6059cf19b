using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace KiemTra.WebHost.Tests.Reliability;

/// <summary>
/// The built web host (<c>dotnet KiemTra.WebHost.dll</c>) as a child process on a free loopback port, with its output
/// captured: for tests that must kill a real process (an in-memory test server cannot die mid-write).
/// </summary>
internal sealed class HostProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waits = new(StringComparer.Ordinal);

    private HostProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
        // Authentication is on, as in production: the client signs in as the tests' users (Infrastructure/TestUsers.cs).
        Client = new HttpClient(new KiemTra.WebHost.Tests.Infrastructure.ActingUserHandler(new SocketsHttpHandler())) { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
    }

    /// <summary>The host's address.</summary>
    public Uri Address { get; }

    /// <summary>A client for the host.</summary>
    public HttpClient Client { get; }

    /// <summary>Everything the process wrote so far (for failure messages).</summary>
    public string Output => string.Join("\n", _output);

    /// <summary>The built host: the sample's own output folder (same configuration as this test assembly).</summary>
    public static string HostDll()
    {
        var here = AppContext.BaseDirectory;
        var configuration = here.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var dir = new DirectoryInfo(here);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KiemTra.Sdk.sln")))
        {
            dir = dir.Parent;
        }

        var built = dir is null ? null : Path.Combine(dir.FullName, "samples", "KiemTra.WebHost", "bin", configuration, "net10.0", "KiemTra.WebHost.dll");
        return built is not null && File.Exists(built) ? built : Path.Combine(here, "KiemTra.WebHost.dll");
    }

    /// <summary>A free loopback port (bound and released; the race with another process is harmless in tests).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Starts the host with <paramref name="settings"/> as command-line configuration and waits until it answers.</summary>
    public static async Task<HostProcess> StartAsync(IReadOnlyDictionary<string, string> settings)
    {
        var dll = HostDll();
        var address = new Uri($"http://127.0.0.1:{FreePort()}");
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(dll);
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(address.ToString().TrimEnd('/'));
        foreach (var (key, value) in KiemTra.WebHost.Tests.Infrastructure.TestUsers.HostSettings.Where(s => !settings.ContainsKey(s.Key)).Select(s => (s.Key, s.Value ?? string.Empty)).Concat(settings.Select(s => (s.Key, s.Value))))
        {
            info.ArgumentList.Add($"--{key}={value}");
        }

        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment.Remove("ConnectionStrings__Postgres");
        info.Environment["Logging__Console__FormatterName"] = "simple";
        info.Environment["Logging__Console__FormatterOptions__SingleLine"] = "true";
        var process = Process.Start(info) ?? throw new InvalidOperationException($"cannot start dotnet {dll}");
        var host = new HostProcess(process, address);
        process.OutputDataReceived += (_, e) => host.Receive(e.Data);
        process.ErrorDataReceived += (_, e) => host.Receive(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await host.WaitUntilAnsweringAsync();
        return host;
    }

    private void Receive(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        foreach (var (marker, wait) in _waits)
        {
            if (line.Contains(marker, StringComparison.Ordinal))
            {
                wait.TrySetResult();
            }
        }
    }

    /// <summary>Completes when a line holding <paramref name="marker"/> is written (registered before the action that causes it).</summary>
    public Task WhenOutputContains(string marker)
    {
        var wait = _waits.GetOrAdd(marker, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));
        if (_output.Any(l => l.Contains(marker, StringComparison.Ordinal)))
        {
            wait.TrySetResult();
        }

        return wait.Task;
    }

    private async Task WaitUntilAnsweringAsync()
    {
        var deadline = DateTime.UtcNow.AddMinutes(2);
        using var probe = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(5) };
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"the host exited with {_process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await probe.GetAsync(new Uri("/health", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(200);
        }

        throw new TimeoutException($"the host did not answer within 2 minutes:\n{Output}");
    }

    /// <summary>Kills the process and everything it started, at once (no shutdown hooks run), and waits for it to be gone.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await KillAsync();
        _process.Dispose();
    }
}
