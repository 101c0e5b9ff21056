using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace GraphApi.Storage;

/// <summary>The default provider: one SQLite file. Migrations in Storage/Migrations/Sqlite.</summary>
internal sealed class SqliteGraphApiDbContext(DbContextOptions<SqliteGraphApiDbContext> options) : GraphApiDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare DateTimeOffset text in queries; UTC ticks compare and sort correctly. Kept as it was
        // before migrations: every existing file stores its times this way.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
    }
}
