using Microsoft.EntityFrameworkCore;

namespace KiemTra.WebHost.Persistence;

/// <summary>Which database the host uses (<i>cơ sở dữ liệu</i>).</summary>
internal enum DatabaseProvider
{
    /// <summary>A SQLite file in the application folder (the default).</summary>
    Sqlite,

    /// <summary>PostgreSQL, when <c>ConnectionStrings:Postgres</c> is set.</summary>
    PostgreSql,
}

/// <summary>
/// Chooses the database: PostgreSQL when <c>ConnectionStrings:Postgres</c> (environment variable
/// <c>ConnectionStrings__Postgres</c>) is non-empty, otherwise SQLite at <c>KiemTra:SqlitePath</c> (relative paths are
/// resolved against the application folder). The schema is created on first start with <c>EnsureCreated</c>: the sample
/// has one schema version and no data to migrate; a production host would generate EF Core migrations instead, because
/// <c>EnsureCreated</c> never alters an existing schema.
/// </summary>
internal static class DatabaseRegistration
{
    /// <summary>
    /// Registers <see cref="KiemTraDbContext"/>. The provider is chosen when the context is first resolved (not at
    /// registration), so configuration added later by the host or a test factory is taken into account.
    /// </summary>
    public static IServiceCollection AddKiemTraDatabase(this IServiceCollection services)
    {
        services.AddDbContext<KiemTraDbContext>((sp, options) =>
        {
            var configuration = sp.GetRequiredService<IConfiguration>();
            if (ProviderOf(configuration) == DatabaseProvider.PostgreSql)
            {
                options.UseNpgsql(configuration.GetConnectionString("Postgres"));
            }
            else
            {
                options.UseSqlite($"Data Source={SqlitePath(configuration)}");
            }
        });
        return services;
    }

    /// <summary>The provider the configuration selects.</summary>
    public static DatabaseProvider ProviderOf(IConfiguration configuration) =>
        string.IsNullOrWhiteSpace(configuration.GetConnectionString("Postgres")) ? DatabaseProvider.Sqlite : DatabaseProvider.PostgreSql;

    /// <summary>The SQLite file: <c>KiemTra:SqlitePath</c>, relative to the application folder unless rooted.</summary>
    public static string SqlitePath(IConfiguration configuration)
    {
        var path = configuration["KiemTra:SqlitePath"];
        if (string.IsNullOrWhiteSpace(path))
        {
            path = "kiemtra-webhost.db";
        }

        return Path.IsPathRooted(path) ? path : Path.Combine(AppContext.BaseDirectory, path);
    }
}
