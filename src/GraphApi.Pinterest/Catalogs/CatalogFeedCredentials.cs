namespace GraphApi.Pinterest.Catalogs;

/// <summary>
/// <c>CatalogsFeedCredentials</c> as sent: the username and password Pinterest downloads a protected feed with. Its
/// printed form (records print their members, e.g. in a log line or an exception) leaves both out.
/// </summary>
public sealed record CatalogFeedCredentials
{
    public required string Username { get; init; }

    public required string Password { get; init; }

    public override string ToString() => "CatalogFeedCredentials { Username = ***, Password = *** }";
}
