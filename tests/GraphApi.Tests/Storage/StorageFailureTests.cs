using GraphApi.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Tests.Storage;

public sealed class StorageFailureTests
{
    [Theory]
    [InlineData(5)] // SQLITE_BUSY: "database is locked" after the busy timeout
    [InlineData(6)] // SQLITE_LOCKED
    [InlineData(10)] // SQLITE_IOERR
    [InlineData(13)] // SQLITE_FULL
    [InlineData(14)] // SQLITE_CANTOPEN
    public void A_busy_locked_full_or_unreadable_database_is_unavailable_directly_or_inside_a_failed_save(int code)
    {
        var sqlite = new SqliteException("x", code);
        StorageFailure.IsUnavailable(sqlite).ShouldBeTrue();
        StorageFailure.IsUnavailable(new DbUpdateException("save failed", sqlite)).ShouldBeTrue();
        StorageFailure.Describe(sqlite).ShouldBe($"SQLite error {code}");
    }

    [Fact]
    public void A_constraint_violation_is_a_decision_not_an_outage()
    {
        var unique = new DbUpdateException("save failed", new SqliteException("UNIQUE constraint failed", 19, 2067));
        StorageFailure.IsUniqueViolation(unique).ShouldBeTrue();
        // Another constraint (NOT NULL) is a bug, not a racing insert.
        StorageFailure.IsUniqueViolation(new DbUpdateException("save failed", new SqliteException("NOT NULL constraint failed", 19, 1299))).ShouldBeFalse();
        StorageFailure.IsUnavailable(unique).ShouldBeFalse();
        StorageFailure.IsUniqueViolation(new DbUpdateException("save failed", new SqliteException("database is locked", 5))).ShouldBeFalse();
    }

    [Fact]
    public void Other_exceptions_are_not_storage_failures()
    {
        StorageFailure.IsUnavailable(new InvalidOperationException()).ShouldBeFalse();
        StorageFailure.IsUnavailable(new DbUpdateConcurrencyException("changed meanwhile")).ShouldBeFalse();
        StorageFailure.IsUnavailable(new TimeoutException()).ShouldBeFalse();
    }
}
