using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace GraphApi.Storage;

/// <summary>For <c>dotnet ef migrations add</c> only (see <see cref="SqliteDesignTimeFactory"/>); nothing connects to the placeholder.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresGraphApiDbContext>
{
    public PostgresGraphApiDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresGraphApiDbContext>().UseNpgsql("Host=localhost;Database=graphapi_design").Options);
}
