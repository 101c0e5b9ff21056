using GraphApi.Accounts.Connect;
using GraphApi.Accounts.Links;
using GraphApi.Admin.Integration;
using GraphApi.Schema.Mutations.Idempotency;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Storage;

/// <summary>
/// The gateway's tables, shared by both providers. Abstract because EF Core migrations belong to one provider each:
/// <see cref="SqliteGraphApiDbContext"/> and <see cref="PostgresGraphApiDbContext"/> carry their own, and every
/// consumer asks for this type and gets the configured provider's (StorageServiceCollectionExtensions). A change to
/// the model here needs a migration for both (docs/scale-out/storage.md).
/// </summary>
internal abstract class GraphApiDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<AccountLinkEntity> AccountLinks => Set<AccountLinkEntity>();

    public DbSet<ConsumedOAuthState> ConsumedOAuthStates => Set<ConsumedOAuthState>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<PendingConnectCompletionEntity> PendingConnectCompletions => Set<PendingConnectCompletionEntity>();

    public DbSet<IntegrationSettingsEntity> IntegrationSettings => Set<IntegrationSettingsEntity>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AccountLinkEntity>(connection =>
        {
            connection.ToTable("pinterest_connections");
            connection.HasIndex(c => new { c.TenantId, c.UserId }).IsUnique();
            connection.Property(c => c.Version).IsConcurrencyToken();
            connection.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        });
        modelBuilder.Entity<ConsumedOAuthState>(state =>
        {
            state.ToTable("consumed_oauth_states");
            state.HasKey(s => s.Nonce);
            state.HasIndex(s => s.ExpiresAt);
        });
        modelBuilder.Entity<PendingConnectCompletionEntity>(pending =>
        {
            pending.ToTable("pending_connect_completions");
            pending.HasKey(p => p.IdHash);
            pending.HasIndex(p => p.ExpiresAt);
            pending.HasIndex(p => new { p.TenantId, p.UserId });
        });
        modelBuilder.Entity<IntegrationSettingsEntity>(settings =>
        {
            settings.ToTable("integration_settings");
            settings.HasKey(s => s.TenantId);
            settings.Property(s => s.TenantId).HasMaxLength(IntegrationSettingsEntity.MaxTenantIdLength);
            settings.Property(s => s.ClientId).HasMaxLength(IntegrationSettingsEntity.MaxClientIdLength);
            settings.Property(s => s.Tier).HasConversion<string>().HasMaxLength(16);
            settings.Property(s => s.UpdatedBy).HasMaxLength(256);
        });
        modelBuilder.Entity<IdempotencyRecord>(record =>
        {
            record.ToTable("idempotency_records");
            // The guard against two creates for one key, even across instances.
            record.HasIndex(r => new { r.TenantId, r.UserId, r.Operation, r.Key }).IsUnique();
            record.Property(r => r.Operation).HasMaxLength(64);
            record.Property(r => r.Key).HasMaxLength(IdempotencyStore.MaxKeyLength);
            record.Property(r => r.State).HasConversion<string>().HasMaxLength(16);
            record.Property(r => r.Fingerprint).HasMaxLength(64);
            record.Property(r => r.Token).HasMaxLength(32);
            // The purge deletes by age.
            record.HasIndex(r => r.CreatedAt);
        });
    }
}
