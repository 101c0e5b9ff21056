using GraphApi.Storage;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Schema.Mutations.Idempotency;

/// <summary>
/// Rows written before records had a state get one once their new State column exists (as ''): a result ID means
/// Succeeded; none means a reservation from an older build, which never expired — now Reserved with no end, so
/// the next retry takes it over and reconciles. Their Fingerprint stays null: any input replays them.
/// </summary>
internal static class IdempotencySchemaUpgrade
{
    public static Task<int> FixLegacyRowsAsync(GraphApiDbContext db, CancellationToken cancellationToken) =>
        db.Database.ExecuteSqlRawAsync(
            """UPDATE "idempotency_records" SET "State" = CASE WHEN "ResultId" IS NULL THEN 'Reserved' ELSE 'Succeeded' END WHERE "State" = ''""",
            cancellationToken);
}
