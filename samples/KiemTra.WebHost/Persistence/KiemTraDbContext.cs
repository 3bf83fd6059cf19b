using Microsoft.EntityFrameworkCore;

namespace KiemTra.WebHost.Persistence;

/// <summary>
/// The web host's database (<i>cơ sở dữ liệu sổ theo dõi</i>): the register of the work as far as the host records it —
/// oversight cases and their steps (the source of truth for each case, replayed through the SDK), the typed discipline
/// outcome of each discipline step, issued programmes with their items and the case that carried each out, and the
/// recommendations of conclusions with their completion, disciplinary decisions, complaints and their resolutions,
/// denunciations (the informant's identity as Data Protection ciphertext) with their allegations, the informant-access
/// log, and every other fact of the register (<c>register_facts</c>, in the register document's JSON dialect). The same
/// model runs on SQLite and PostgreSQL (docs/web-host.md, "Schema").
/// </summary>
internal sealed class KiemTraDbContext(DbContextOptions<KiemTraDbContext> options) : DbContext(options)
{
    /// <summary>Stored cases.</summary>
    public DbSet<CaseRecord> Cases => Set<CaseRecord>();

    /// <summary>Stored steps.</summary>
    public DbSet<CaseStepRecord> CaseSteps => Set<CaseStepRecord>();

    /// <summary>Discipline outcomes of discipline steps.</summary>
    public DbSet<CaseDisciplineRecord> CaseDiscipline => Set<CaseDisciplineRecord>();

    /// <summary>Issued programmes.</summary>
    public DbSet<ProgramRecord> Programs => Set<ProgramRecord>();

    /// <summary>Programme items (with the case that carried each out).</summary>
    public DbSet<ProgramItemRecord> ProgramItems => Set<ProgramItemRecord>();

    /// <summary>Recommendations of conclusions.</summary>
    public DbSet<RecommendationRecord> Recommendations => Set<RecommendationRecord>();

    /// <summary>Disciplinary decisions recorded outside a case's discipline step.</summary>
    public DbSet<DisciplineDecisionRecord> DisciplineDecisions => Set<DisciplineDecisionRecord>();

    /// <summary>Complaints against decisions, with their resolution.</summary>
    public DbSet<ComplaintRecord> Complaints => Set<ComplaintRecord>();

    /// <summary>Denunciations (the informant's identity encrypted).</summary>
    public DbSet<DenunciationRecord> Denunciations => Set<DenunciationRecord>();

    /// <summary>Allegations of denunciations.</summary>
    public DbSet<DenunciationAllegationRecord> DenunciationAllegations => Set<DenunciationAllegationRecord>();

    /// <summary>Accesses to informants' identities (append-only).</summary>
    public DbSet<InformantAccessRecord> InformantAccessLog => Set<InformantAccessRecord>();

    /// <summary>Every other fact of the register, one row each.</summary>
    public DbSet<RegisterFactRecord> RegisterFacts => Set<RegisterFactRecord>();

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
        c.Property(x => x.IdKey).HasMaxLength(64);
        c.HasIndex(x => x.IdKey).IsUnique(); // case ids are unique regardless of letter case
        c.HasIndex(x => x.ConductedBy);
        c.HasIndex(x => x.OriginCaseId);
        c.HasMany(x => x.Steps).WithOne().HasForeignKey(s => s.CaseId);

        var s = modelBuilder.Entity<CaseStepRecord>();
        s.ToTable("case_steps");
        s.HasKey(x => new { x.CaseId, x.Sequence });
        s.Property(x => x.Step).HasMaxLength(32);
        s.Property(x => x.ActingOrganization).HasMaxLength(64);
        s.Property(x => x.ActingBody).HasMaxLength(32);

        var d = modelBuilder.Entity<CaseDisciplineRecord>();
        d.ToTable("case_discipline");
        d.HasKey(x => new { x.CaseId, x.Sequence });
        d.HasOne<CaseStepRecord>().WithOne().HasForeignKey<CaseDisciplineRecord>(x => new { x.CaseId, x.Sequence });
        d.Property(x => x.SubjectKind).HasMaxLength(8);
        d.Property(x => x.SubjectId).HasMaxLength(64);
        d.Property(x => x.Form).HasMaxLength(32);
        d.Property(x => x.Reference).HasMaxLength(100);
        d.Property(x => x.DecisionId).HasMaxLength(64);
        d.HasIndex(x => new { x.SubjectKind, x.SubjectId });

        var p = modelBuilder.Entity<ProgramRecord>();
        p.ToTable("programmes");
        p.HasKey(x => x.Id);
        p.Property(x => x.Id).HasMaxLength(64);
        p.Property(x => x.OwnerOrganization).HasMaxLength(64);
        p.Property(x => x.OwnerBody).HasMaxLength(32);
        p.Property(x => x.Scope).HasMaxLength(16);
        p.Property(x => x.Title).HasMaxLength(500);
        p.HasIndex(x => x.OwnerOrganization);
        p.HasMany(x => x.Items).WithOne().HasForeignKey(i => i.ProgramId);

        var i = modelBuilder.Entity<ProgramItemRecord>();
        i.ToTable("programme_items");
        i.HasKey(x => new { x.ProgramId, x.ItemId });

        // The column keeps the name the schema was created with (EnsureCreated never alters an existing database).
        i.Property(x => x.ProgramId).HasColumnName("ProgrammeId");
        i.Property(x => x.ItemId).HasMaxLength(64);
        i.Property(x => x.Activity).HasMaxLength(64);
        i.Property(x => x.TypeCode).HasMaxLength(64);
        i.Property(x => x.Subject).HasMaxLength(64);
        // A concurrency token: linking writes "WHERE CaseId IS NULL", so two concurrent links of one item cannot both win (the second is a 409).
        i.Property(x => x.CaseId).HasMaxLength(64).IsConcurrencyToken();
        i.HasOne<CaseRecord>().WithMany().HasForeignKey(x => x.CaseId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        i.HasIndex(x => x.CaseId);
        i.HasIndex(x => x.Subject);

        var r = modelBuilder.Entity<RecommendationRecord>();
        r.ToTable("recommendations");
        r.HasKey(x => x.Id);
        r.Property(x => x.Id).HasMaxLength(64);
        r.Property(x => x.CaseId).HasMaxLength(64);
        r.Property(x => x.Source).HasMaxLength(32);
        r.Property(x => x.SourceReference).HasMaxLength(100);
        r.Property(x => x.Addressee).HasMaxLength(64);
        r.Property(x => x.Content).HasMaxLength(4000);
        r.Property(x => x.LimitUnit).HasMaxLength(32);
        r.Property(x => x.CompletedOn).IsConcurrencyToken(); // completion is recorded once, even by two concurrent requests
        r.HasOne<CaseRecord>().WithMany().HasForeignKey(x => x.CaseId).OnDelete(DeleteBehavior.Restrict);
        r.HasIndex(x => x.CaseId);
        r.HasIndex(x => x.Addressee);

        var dd = modelBuilder.Entity<DisciplineDecisionRecord>();
        dd.ToTable("discipline_decisions");
        dd.HasKey(x => x.Id);
        dd.Property(x => x.Id).HasMaxLength(128);
        dd.Property(x => x.IdKey).HasMaxLength(128);
        dd.HasIndex(x => x.IdKey).IsUnique();
        dd.Property(x => x.ViolationId).HasMaxLength(128);
        dd.Property(x => x.SubjectKind).HasMaxLength(32);
        dd.Property(x => x.SubjectId).HasMaxLength(64);
        dd.Property(x => x.Form).HasMaxLength(32);
        dd.Property(x => x.DecidedBy).HasMaxLength(64);
        dd.Property(x => x.DecidingBody).HasMaxLength(32);
        dd.Property(x => x.CaseId).HasMaxLength(64);
        dd.Property(x => x.RecordedByOrganization).HasMaxLength(64);
        dd.Property(x => x.RecordedByBody).HasMaxLength(32);
        dd.HasOne<CaseRecord>().WithMany().HasForeignKey(x => x.CaseId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        dd.HasIndex(x => new { x.DecidedBy, x.DecidedOn });
        dd.HasIndex(x => new { x.SubjectKind, x.SubjectId });

        var cp = modelBuilder.Entity<ComplaintRecord>();
        cp.ToTable("discipline_complaints");
        cp.HasKey(x => x.Id);
        cp.Property(x => x.Id).HasMaxLength(128);
        cp.Property(x => x.IdKey).HasMaxLength(128);
        cp.HasIndex(x => x.IdKey).IsUnique();
        cp.Property(x => x.DecisionId).HasMaxLength(128);
        cp.Property(x => x.DecidedBy).HasMaxLength(64);
        cp.Property(x => x.Outcome).HasMaxLength(32);
        cp.Property(x => x.ResultingForm).HasMaxLength(32);
        cp.Property(x => x.ResolvedOn).IsConcurrencyToken(); // resolved once, even by two concurrent requests
        cp.Property(x => x.RecordedByOrganization).HasMaxLength(64);
        cp.Property(x => x.RecordedByBody).HasMaxLength(32);
        cp.HasIndex(x => x.DecisionId);
        cp.HasIndex(x => new { x.DecidedBy, x.FiledOn });

        var dn = modelBuilder.Entity<DenunciationRecord>();
        dn.ToTable("denunciations");
        dn.HasKey(x => x.Id);
        dn.Property(x => x.Id).HasMaxLength(64);
        dn.Property(x => x.IdKey).HasMaxLength(64);
        dn.HasIndex(x => x.IdKey).IsUnique();
        dn.Property(x => x.SubjectKind).HasMaxLength(32);
        dn.Property(x => x.SubjectId).HasMaxLength(64);
        dn.Property(x => x.Source).HasMaxLength(16);
        dn.Property(x => x.ReceivedBy).HasMaxLength(64);
        dn.Property(x => x.ReceivedByBody).HasMaxLength(32);
        dn.Property(x => x.CaseId).HasMaxLength(64);
        dn.Property(x => x.Intake).HasMaxLength(32).IsConcurrencyToken(); // taken in once
        dn.HasOne<CaseRecord>().WithMany().HasForeignKey(x => x.CaseId).IsRequired(false).OnDelete(DeleteBehavior.Restrict);
        dn.HasIndex(x => new { x.ReceivedBy, x.ReceivedOn });
        dn.HasMany(x => x.Allegations).WithOne().HasForeignKey(a => a.DenunciationId);

        var al = modelBuilder.Entity<DenunciationAllegationRecord>();
        al.ToTable("denunciation_allegations");
        al.HasKey(x => new { x.DenunciationId, x.AllegationId });
        al.Property(x => x.AllegationId).HasMaxLength(64);
        al.Property(x => x.Content).HasMaxLength(4000);
        al.Property(x => x.Conclusion).HasMaxLength(32);
        al.Property(x => x.ConcludedOn).IsConcurrencyToken(); // concluded once

        var ia = modelBuilder.Entity<InformantAccessRecord>();
        ia.ToTable("informant_access_log");
        ia.HasKey(x => x.Id);
        ia.Property(x => x.DenunciationId).HasMaxLength(64);
        ia.Property(x => x.AccessedBy).HasMaxLength(300);
        ia.Property(x => x.Purpose).HasMaxLength(1000);
        ia.HasIndex(x => x.DenunciationId);

        var rf = modelBuilder.Entity<RegisterFactRecord>();
        rf.ToTable("register_facts");
        rf.HasKey(x => new { x.Kind, x.IdKey });
        rf.Property(x => x.Kind).HasMaxLength(32);
        rf.Property(x => x.Id).HasMaxLength(200);
        rf.Property(x => x.IdKey).HasMaxLength(200);
        rf.Property(x => x.Organization).HasMaxLength(64);
        rf.Property(x => x.RecordedByOrganization).HasMaxLength(64);
        rf.Property(x => x.RecordedByBody).HasMaxLength(32);
        rf.HasIndex(x => new { x.Organization, x.Kind });

        KiemTra.WebHost.Security.AuditTrail.Configure(modelBuilder);
    }
}
