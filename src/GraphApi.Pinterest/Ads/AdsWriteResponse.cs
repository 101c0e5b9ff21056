using System.Text.Json.Serialization;

namespace GraphApi.Pinterest.Ads;

/// <summary>
/// Answer of the bulk ads writes (create/update campaigns, ad groups, ads): one item per entity sent, each with the
/// entity or Pinterest's exceptions for it; a 200 can carry a refused item.
/// </summary>
/// <typeparam name="T">The entity.</typeparam>
public sealed record AdsWriteResponse<T>
{
    /// <summary>Items in the order sent.</summary>
    public IReadOnlyList<AdsWriteItem<T>> Items { get; init; } = [];
}

/// <summary>One entity of a bulk write.</summary>
/// <typeparam name="T">The entity.</typeparam>
public sealed record AdsWriteItem<T>
{
    /// <summary>The entity as written, or null when refused.</summary>
    public T? Data { get; init; }

    /// <summary>Why it was refused (an array for campaigns and ad groups, one object for ads: both are read).</summary>
    [JsonConverter(typeof(AdsWriteRefusalsConverter))]
    public IReadOnlyList<AdsWriteRefusal>? Exceptions { get; init; }
}

/// <summary>One refusal in a bulk write (<c>Exception</c>).</summary>
public sealed record AdsWriteRefusal
{
    /// <summary>Pinterest's error code.</summary>
    public int? Code { get; init; }

    /// <summary>Pinterest's message.</summary>
    public string? Message { get; init; }
}
