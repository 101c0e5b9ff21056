using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GraphApi.Connections.Storage;

internal sealed class GraphApiDbContext(DbContextOptions<GraphApiDbContext> options) : DbContext(options)
{
    public DbSet<PinterestConnectionEntity> PinterestConnections => Set<PinterestConnectionEntity>();

    public DbSet<ConsumedOAuthState> ConsumedOAuthStates => Set<ConsumedOAuthState>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<PinterestConnectionEntity>(connection =>
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
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare DateTimeOffset text in queries; UTC ticks compare and sort correctly on every provider.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
