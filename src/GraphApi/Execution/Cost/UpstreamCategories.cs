using GraphApi.Pinterest.Http;
using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace GraphApi.Execution.Cost;

/// <summary>
/// Pinterest's rate-limit categories (<c>x-ratelimit-category</c>; one quota per user and category) an operation's
/// calls can fall in. The cost analysis records them beside the estimate so the quota check (Quota/) compares the
/// estimate with the quotas the operation can actually spend, not with an unrelated category that runs low.
/// </summary>
[Flags]
public enum UpstreamCategories
{
    None = 0,
    OrgRead = 1,
    OrgWrite = 2,
    OrgAnalytics = 4,
    AdsRead = 8,
    AdsWrite = 16,
    AdsAnalytics = 32,
    CatalogsRead = 64,
    CatalogsWrite = 128,
}

public static class UpstreamCategoryExtensions
{
    private const string MetadataKey = "graphapi:upstreamCategory";

    /// <summary>Each category with its wire name, in a stable order.</summary>
    public static IReadOnlyList<(UpstreamCategories Flag, string Name)> All { get; } =
    [
        (UpstreamCategories.OrgRead, PinterestRateLimitCategories.OrgRead),
        (UpstreamCategories.OrgWrite, PinterestRateLimitCategories.OrgWrite),
        (UpstreamCategories.OrgAnalytics, PinterestRateLimitCategories.OrgAnalytics),
        (UpstreamCategories.AdsRead, PinterestRateLimitCategories.AdsRead),
        (UpstreamCategories.AdsWrite, PinterestRateLimitCategories.AdsWrite),
        (UpstreamCategories.AdsAnalytics, PinterestRateLimitCategories.AdsAnalytics),
        (UpstreamCategories.CatalogsRead, PinterestRateLimitCategories.CatalogsRead),
        (UpstreamCategories.CatalogsWrite, PinterestRateLimitCategories.CatalogsWrite),
    ];

    /// <summary>
    /// Declares the category of the field's own calls when it is not <c>org_read</c> (the default for queries; a root
    /// mutation field is <c>org_write</c>). Only the category of the field's own call: its selection declares its own.
    /// </summary>
    public static FieldBuilder<TSource, TReturn> UpstreamCategory<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, UpstreamCategories category)
    {
        field.FieldType.WithMetadata(MetadataKey, category);
        return field;
    }

    public static UpstreamCategories? GetUpstreamCategory(this IFieldType field) =>
        field.GetMetadata<UpstreamCategories?>(MetadataKey);
}
