namespace GraphApi.Pinterest.Ads;

/// <summary>An ad account (<c>AdAccount</c> schema).</summary>
public sealed record AdAccount
{
    /// <summary>Ad account id (digits).</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The account's name.</summary>
    public string? Name { get; init; }

    /// <summary>The owning user.</summary>
    public AdAccountOwner? Owner { get; init; }

    /// <summary>ISO 3166-1 alpha-2 country.</summary>
    public string? Country { get; init; }

    /// <summary>ISO 4217 currency.</summary>
    public string? Currency { get; init; }

    /// <summary>The caller's business access roles on the account (<c>BusinessAccessRole</c>).</summary>
    public IReadOnlyList<string>? Permissions { get; init; }

    /// <summary>Creation time, Unix seconds.</summary>
    public long? CreatedTime { get; init; }

    /// <summary>Last update, Unix seconds.</summary>
    public long? UpdatedTime { get; init; }
}
