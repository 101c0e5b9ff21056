namespace GraphApi.Pinterest.Sandbox.Data;

/// <summary>
/// A feed, feed processing result or catalog report of one owner, stored as the JSON body Pinterest answers with (the
/// emulator never queries inside the bodies, as with <see cref="AdResourceEntity"/>). A feed's download password is
/// never stored: only whether it has credentials and their username.
/// </summary>
internal sealed class CatalogResourceEntity
{
    public required string Id { get; set; }

    /// <summary>The user whose catalogs these are.</summary>
    public required string OwnerId { get; set; }

    /// <summary>One of <see cref="CatalogResourceKinds"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>Feeds: their catalog; processing results: their feed; reports: null.</summary>
    public string? ParentId { get; set; }

    /// <summary>The answer's JSON body.</summary>
    public required string Json { get; set; }

    /// <summary>Processing results and reports: how many times they were polled (their state machine's clock).</summary>
    public int Polls { get; set; }

    public DateTime CreatedAt { get; set; }
}

/// <summary>The values of <see cref="CatalogResourceEntity.Kind"/>.</summary>
internal static class CatalogResourceKinds
{
    public const string Feed = "feed";
    public const string ProcessingResult = "processing_result";
    public const string Report = "report";
}
