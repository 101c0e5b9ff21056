using System.Globalization;
using GraphQL;

namespace GraphApi.Upstream.Quota;

/// <summary>
/// Adds <c>extensions.pinterestQuota</c> to an operation's result when the operation's own calls got rate-limit headers:
/// the category, among those it used, with the lowest remaining count (what would run out first). Small on purpose:
/// the <c>quota</c> field of <c>pinterestConnection</c> lists every category.
/// </summary>
internal sealed class QuotaReport
{
    public const string ExtensionName = "pinterestQuota";

    private readonly RequestQuota _request;
    private readonly QuotaTracker _tracker;
    private readonly int _before;

    private QuotaReport(RequestQuota request, QuotaTracker tracker)
    {
        _request = request;
        _tracker = tracker;
        _before = request.Sequence;
    }

    /// <summary>Null when quota tracking is off.</summary>
    public static QuotaReport? Begin(HttpContext context) =>
        context.RequestServices.GetService<RequestQuota>() is { } request
            ? new QuotaReport(request, context.RequestServices.GetRequiredService<QuotaTracker>())
            : null;

    public void AddTo(ExecutionResult result)
    {
        if (_request.Sequence == _before || _request.Key() is not { } key)
        {
            return;
        }

        QuotaReading? lowest = null;
        foreach (var category in _request.CategoriesSince(_before))
        {
            if (_tracker.Find(key, category) is { Remaining: not null } reading && (lowest is null || reading.Remaining < lowest.Remaining))
            {
                lowest = reading;
            }
        }

        if (lowest is null)
        {
            return;
        }

        result.Extensions ??= [];
        result.Extensions[ExtensionName] = new Dictionary<string, object?>
        {
            ["category"] = lowest.Category,
            ["limit"] = PinterestQuotaType.Clamp(lowest.Limit),
            ["remaining"] = PinterestQuotaType.Clamp(lowest.Remaining),
            ["resetAt"] = lowest.ResetAt?.UtcDateTime.ToString("O", CultureInfo.InvariantCulture),
        };
    }
}
