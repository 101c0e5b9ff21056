using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GraphApi.Storage;

/// <summary>
/// Several instances on one PostgreSQL database (<c>Storage:Provider=Postgres</c>). Migrations in
/// Storage/Migrations/Postgres. Also holds the Data Protection key ring (<c>data_protection_keys</c>), so every
/// instance decrypts the tokens any other one stored.
/// </summary>
internal sealed class PostgresGraphApiDbContext(DbContextOptions<PostgresGraphApiDbContext> options) : GraphApiDbContext(options), IDataProtectionKeyContext
{
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Native timestamptz rather than SQLite's binary ticks: an operator reading the table sees times, and
        // comparisons and indexes work on them as they do on ticks. Npgsql writes a DateTimeOffset to timestamptz only
        // with offset 0; the stores take their times from TimeProvider.GetUtcNow(), but a time parsed from a response
        // could carry another offset, so the conversion normalises every value (and every query parameter) to UTC
        // instead of failing the write.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcDateTimeOffsetConverter>();
    }

    private sealed class UtcDateTimeOffsetConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(value => value.ToUniversalTime(), value => value);
}
