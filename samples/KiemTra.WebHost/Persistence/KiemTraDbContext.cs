using Microsoft.EntityFrameworkCore;

namespace KiemTra.WebHost.Persistence;

/// <summary>The web host's database: oversight cases and their steps. The same model runs on SQLite and PostgreSQL.</summary>
internal sealed class KiemTraDbContext(DbContextOptions<KiemTraDbContext> options) : DbContext(options)
{
    /// <summary>Stored cases.</summary>
    public DbSet<CaseRecord> Cases => Set<CaseRecord>();

    /// <summary>Stored steps.</summary>
    public DbSet<CaseStepRecord> CaseSteps => Set<CaseStepRecord>();

    /// <inheritdoc />
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        var c = modelBuilder.Entity<CaseRecord>();
        c.ToTable("cases");
        c.HasKey(x => x.Id);
        c.Property(x => x.Id).HasMaxLength(64);
        c.Property(x => x.Title).HasMaxLength(500);
        c.Property(x => x.Activity).HasMaxLength(64);
        c.Property(x => x.TypeCode).HasMaxLength(64);
        c.Property(x => x.ConductedBy).HasMaxLength(64);
        c.Property(x => x.Body).HasMaxLength(32);
        c.Property(x => x.State).HasMaxLength(32);
        c.Property(x => x.OriginCaseId).HasMaxLength(64);
        c.HasIndex(x => x.ConductedBy);
        c.HasIndex(x => x.OriginCaseId);
        c.HasMany(x => x.Steps).WithOne().HasForeignKey(s => s.CaseId);

        var s = modelBuilder.Entity<CaseStepRecord>();
        s.ToTable("case_steps");
        s.HasKey(x => new { x.CaseId, x.Sequence });
        s.Property(x => x.Step).HasMaxLength(32);
        s.Property(x => x.ActingOrganization).HasMaxLength(64);
        s.Property(x => x.ActingBody).HasMaxLength(32);
    }
}
