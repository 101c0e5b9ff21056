using GraphApi.Features.Ads;
using GraphApi.Features.Pins;
using GraphApi.Schema.Mutations;
using GraphApi.Schema.Relay;
using GraphQL;

namespace GraphApi.Features.AdReports;

/// <summary>Checks shared by the ads resources' mutations and fields (reports, audiences, billing), made before any call.</summary>
public static class AdInputChecks
{
    /// <summary>The attribution windows Pinterest accepts (<c>ConversionAttributionWindowDays</c>).</summary>
    public static readonly IReadOnlyList<int> AttributionWindows = [0, 1, 7, 14, 30, 60];

    /// <summary>An ad account input (global or Pinterest ID) as a Pinterest ID; records an error when it is neither.</summary>
    public static string? AdAccountId(this InputChecks checks, string value) => checks.PinterestId("adAccountId", value, NodeTypes.AdAccount);

    /// <summary>A list of Pinterest IDs of at most <paramref name="max"/> items, each 1–20 digits.</summary>
    public static InputChecks PinterestIds(this InputChecks checks, string field, IReadOnlyCollection<string>? ids, int max)
    {
        if (ids is null)
        {
            return checks;
        }

        if (ids.Count > max)
        {
            return checks.Fail(field, $"`{field}` takes at most {max} IDs, not {ids.Count}.");
        }

        return ids.All(Schema.Relay.PinterestIds.IsValid) ? checks : checks.Fail(field, $"`{field}` must hold Pinterest IDs (1–20 digits).");
    }

    public static InputChecks AttributionWindow(this InputChecks checks, string field, int? days) =>
        days is null || AttributionWindows.Contains(days.Value) ? checks : checks.Fail(field, $"`{field}` must be one of {string.Join(", ", AttributionWindows)}.");

    /// <summary>The ad account a field hangs on: its Pinterest ID.</summary>
    public static string AccountId(IResolveFieldContext context) => AdAccountType.KeyOf(context.Source);
}
