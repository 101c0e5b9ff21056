namespace GraphApi.Pinterest.Ads;

/// <summary>The entity statuses of campaigns, ad groups and ads (<c>EntityStatus</c>).</summary>
public static class AdsEntityStatus
{
    public const string Active = "ACTIVE";
    public const string Paused = "PAUSED";
    public const string Archived = "ARCHIVED";
    public const string Draft = "DRAFT";
    public const string DeletedDraft = "DELETED_DRAFT";

    /// <summary>Every status: the loaders by id ask for all of them, since Pinterest's default hides archived ones.</summary>
    public static IReadOnlyList<string> All { get; } = [Active, Paused, Archived, Draft, DeletedDraft];
}
