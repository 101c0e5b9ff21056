using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GraphApi.Storage;

/// <summary>
/// For <c>dotnet ef migrations add</c> only: the application's service provider needs a whole configuration and
/// registers one provider at a time, while generating a migration needs neither settings nor a database (the
/// connection string is a placeholder nothing connects to).
/// </summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteGraphApiDbContext>
{
    public SqliteGraphApiDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteGraphApiDbContext>().UseSqlite("Data Source=design-time.db").Options);
}
