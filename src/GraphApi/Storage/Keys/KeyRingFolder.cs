namespace GraphApi.Storage.Keys;

/// <summary>Where the Data Protection key ring lives: <c>keys</c> under the data folder.</summary>
public sealed record KeyRingFolder(string Path)
{
    public const string Name = "keys";

    public static KeyRingFolder In(DataDirectory data)
    {
        ArgumentNullException.ThrowIfNull(data);
        return new KeyRingFolder(data.Combine(Name));
    }
}
