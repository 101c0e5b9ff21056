namespace GraphApi.Pinterest.Sandbox.Data;

/// <summary>
/// One object that hangs on an ad account without being part of the campaign hierarchy (an audience, customer list,
/// conversion tag, keyword, report, bulk request, billing profile, credit or invoice), stored as the JSON body Pinterest
/// answers with. The emulator never queries inside these bodies, so one table of documents is enough. Customer lists
/// keep counts only: the records a caller uploads are counted and dropped, never stored.
/// </summary>
internal sealed class AdResourceEntity
{
    public required string Id { get; set; }

    public required string AdAccountId { get; set; }

    /// <summary>One of <see cref="AdResourceKinds"/>.</summary>
    public required string Kind { get; set; }

    /// <summary>The answer's JSON body.</summary>
    public required string Json { get; set; }

    /// <summary>Reports and bulk requests: how many times they were polled (their state machine's clock).</summary>
    public int Polls { get; set; }

    public DateTime CreatedAt { get; set; }
}
