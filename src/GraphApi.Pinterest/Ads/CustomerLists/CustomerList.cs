namespace GraphApi.Pinterest.Ads.CustomerLists;

/// <summary>A customer list (<c>CustomerList</c> schema): counts only, Pinterest never returns the records.</summary>
public sealed record CustomerList
{
    /// <summary>Customer list id.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>The ad account that owns it.</summary>
    public string? AdAccountId { get; init; }

    /// <summary>Name.</summary>
    public string? Name { get; init; }

    /// <summary><c>PROCESSING</c>, <c>READY</c>, <c>TOO_SMALL</c> or <c>UPLOADING</c>.</summary>
    public string? Status { get; init; }

    /// <summary>Always <c>customerlist</c>.</summary>
    public string? Type { get; init; }

    /// <summary>Uploads so far; the create counts as one.</summary>
    public double? NumBatches { get; init; }

    /// <summary>Records uploaded.</summary>
    public double? NumUploadedUserRecords { get; init; }

    /// <summary>Records removed.</summary>
    public double? NumRemovedUserRecords { get; init; }

    /// <summary>Creation time, Unix seconds.</summary>
    public double? CreatedTime { get; init; }

    /// <summary>Last update, Unix seconds.</summary>
    public double? UpdatedTime { get; init; }
}
