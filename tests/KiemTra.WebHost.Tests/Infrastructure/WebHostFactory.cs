using KiemTra.Sdk.Organization;
using KiemTra.SampleProvince;
using KiemTra.WebHost.Hosting;
using KiemTra.WebHost.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KiemTra.WebHost.Tests.Infrastructure;

/// <summary>The synthetic province, generated once for the whole test run (about a second) and shared by every host.</summary>
internal static class SharedDataset
{
    private static readonly Lazy<PartyDataset> Province = new(() => SyntheticProvince.Generate(), LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<KiemTra.Sdk.Indicators.IndicatorDataSet> Empty = new(
        () => KiemTra.Sdk.Indicators.IndicatorDataSet.Create(Province.Value, Province.Value.SnapshotDate, KiemTra.Sdk.Register.WorkRegister.Empty).WithRegister(new NodaTime.LocalDate(2026, 10, 31), KiemTra.Sdk.Register.WorkRegister.Empty),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<RegisterSeed> Sample = new(() =>
    {
        var organizations = KiemTra.Sdk.Indicators.IndicatorDataSet.Create(Province.Value, Province.Value.SnapshotDate, KiemTra.Sdk.Register.WorkRegister.Empty);
        var work = SampleWork.Generate(Province.Value, organizations, KiemTra.Sdk.Rules.RuleBook.BuiltIn, KiemTra.Sdk.Deadlines.DeadlineCalculator.Default, KiemTra.Sdk.Inspection.OversightCatalogs.BuiltIn);
        return new RegisterSeed(work.Register, [SampleWork.Note]);
    }, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The dataset.</summary>
    public static PartyDataset Value => Province.Value;

    /// <summary>The sample register the host starts from by default (generated once, as the host does on first use).</summary>
    internal static RegisterSeed Seed => Sample.Value;

    /// <summary>The empty register projected over the dataset (what a host with an empty database evaluates).</summary>
    internal static KiemTra.Sdk.Indicators.IndicatorDataSet EmptyRegisterData => Empty.Value;
}

/// <summary>Hosts the web app in memory over one database (a per-class SQLite file or PostgreSQL database).</summary>
public sealed class WebHostFactory(IReadOnlyDictionary<string, string?> settings, string environment = "Production") : WebApplicationFactory<Program>
{
    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        foreach (var (key, value) in TestUsers.HostSettings.Where(s => !settings.ContainsKey(s.Key)).Concat(settings))
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton(SharedDataset.Value).AddSingleton(_ => SharedDataset.Seed));
        builder.ConfigureTestServices(services => services.AddSingleton(TestClock.Create())); // a fixed today: the host refuses facts dated after it
    }

    /// <summary>
    /// A client that signs in as a real client would (<see cref="ActingUserHandler"/>): a token of a member holding a
    /// post in the body a request names, or of the default user; a request with its own <c>Authorization</c> keeps it.
    /// </summary>
    public new HttpClient CreateClient() => CreateDefaultClient(new ActingUserHandler());

    /// <summary>A client that sends no token at all.</summary>
    public HttpClient CreateAnonymousClient() => CreateDefaultClient();

    /// <summary>A client that sends <paramref name="token"/> with every request.</summary>
    public HttpClient CreateClient(string token)
    {
        var client = CreateDefaultClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>A second host over the same database, as after a restart (nothing shared in memory but the dataset).</summary>
    internal WebHostFactory Restarted() => new(settings, environment);

    /// <summary>Runs <paramref name="action"/> with a database context of the host.</summary>
    internal async Task<T> WithDbAsync<T>(Func<KiemTraDbContext, Task<T>> action)
    {
        using var scope = Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<KiemTraDbContext>());
    }

    /// <summary>Deletes the database.</summary>
    internal async Task DropDatabaseAsync()
    {
        using var scope = Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<KiemTraDbContext>().Database.EnsureDeletedAsync();
    }
}

/// <summary>A host over a SQLite file in the temp folder, one per test class, deleted afterwards.</summary>
public sealed class SqliteHost : IAsyncLifetime
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"kiemtra-webhost-{Guid.NewGuid():N}.db");

    /// <summary>The factory.</summary>
    public WebHostFactory Factory { get; private set; } = null!;

    /// <inheritdoc />
    public Task InitializeAsync()
    {
        Factory = new WebHostFactory(new Dictionary<string, string?> { ["KiemTra:SqlitePath"] = _path, ["ConnectionStrings:Postgres"] = string.Empty });
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        await Factory.DropDatabaseAsync();
        await Factory.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (var file in new[] { _path, _path + "-wal", _path + "-shm" })
        {
            File.Delete(file);
        }
    }
}

/// <summary>
/// A host over a fresh database on the PostgreSQL server named by <c>KIEMTRA_TEST_POSTGRES</c> (see .ci/postgres.sh),
/// one per test class, dropped afterwards. Without the variable, <see cref="PostgresFactAttribute"/> skips the tests with
/// a visible reason, except under CI (<c>CI=true</c>), where they run and fail.
/// </summary>
public sealed class PostgresHost : IAsyncLifetime
{
    /// <summary>The environment variable holding the server's connection string.</summary>
    public const string Variable = "KIEMTRA_TEST_POSTGRES";

    private WebHostFactory? _factory;

    /// <summary>The factory.</summary>
    /// <exception cref="InvalidOperationException">No server is configured (only reached under CI, where the tests are not skipped).</exception>
    public WebHostFactory Factory => _factory ?? throw new InvalidOperationException(
        $"{Variable} is not set: start a server with 'source .ci/postgres.sh'. Under CI these tests run and fail rather than being skipped.");

    /// <inheritdoc />
    public Task InitializeAsync()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(server))
        {
            var builder = new Npgsql.NpgsqlConnectionStringBuilder(server) { Database = $"kiemtra_test_{Guid.NewGuid():N}" };
            _factory = new WebHostFactory(new Dictionary<string, string?> { ["ConnectionStrings:Postgres"] = builder.ConnectionString });
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_factory is null)
        {
            return;
        }

        await _factory.DropDatabaseAsync();
        await _factory.DisposeAsync();
    }
}

/// <summary>A fact that needs PostgreSQL: skipped with the reason when <c>KIEMTRA_TEST_POSTGRES</c> is unset outside CI; never skipped under CI.</summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    /// <summary>Sets <see cref="FactAttribute.Skip"/> when the tests cannot run and may be skipped.</summary>
    public PostgresFactAttribute()
    {
        var configured = !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresHost.Variable));
        var ci = string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);
        if (!configured && !ci)
        {
            Skip = $"{PostgresHost.Variable} is not set (run 'source .ci/postgres.sh' first); PostgreSQL tests are skipped locally only — under CI=true they fail.";
        }
    }
}
