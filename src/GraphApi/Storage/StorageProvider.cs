namespace GraphApi.Storage;

/// <summary>
/// <c>Storage:Provider</c>: where account links, consumed OAuth states and idempotency records live. SQLite (the
/// default) is one file for one instance; PostgreSQL is what several instances behind a load balancer share.
/// </summary>
public enum StorageProvider
{
    Sqlite,
    Postgres,
}
