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
    /// <summary>Registers <see cref="KiemTraDbContext"/> for the configured provider and returns which one.</summary>
    public static DatabaseProvider AddKiemTraDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        var postgres = configuration.GetConnectionString("Postgres");
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            services.AddDbContext<KiemTraDbContext>(o => o.UseNpgsql(postgres));
            return DatabaseProvider.PostgreSql;
        }

        var path = configuration["KiemTra:SqlitePath"];
        if (string.IsNullOrWhiteSpace(path))
        {
            path = "kiemtra-webhost.db";
        }

        var fullPath = Path.IsPathRooted(path) ? path : Path.Combine(AppContext.BaseDirectory, path);
        services.AddDbContext<KiemTraDbContext>(o => o.UseSqlite($"Data Source={fullPath}"));
        return DatabaseProvider.Sqlite;
    }
}
