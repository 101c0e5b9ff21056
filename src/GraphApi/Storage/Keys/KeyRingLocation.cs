namespace GraphApi.Storage.Keys;

/// <summary>
/// Where the Data Protection key ring is kept: the key folder (SQLite, <see cref="InDatabase"/> false) or the
/// database table every instance shares (PostgreSQL). <see cref="Description"/> is what log lines name.
/// </summary>
public sealed record KeyRingLocation(string Description, bool InDatabase)
{
    public static KeyRingLocation Folder(KeyRingFolder folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        return new(folder.Path, InDatabase: false);
    }

    public static KeyRingLocation PostgresTable { get; } = new("the data_protection_keys table of the PostgreSQL database", InDatabase: true);
}
