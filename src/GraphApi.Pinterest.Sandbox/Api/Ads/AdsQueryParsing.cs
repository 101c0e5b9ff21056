using System.Globalization;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Http;

namespace GraphApi.Pinterest.Sandbox.Api.Ads;

/// <summary>Query parameters of the ads routes, checked as Pinterest checks them (400 code 1 otherwise).</summary>
internal static class AdsQueryParsing
{
    public static readonly string[] EntityStatuses = ["ACTIVE", "PAUSED", "ARCHIVED", "DRAFT", "DELETED_DRAFT"];
    public static readonly string[] DefaultStatuses = ["ACTIVE", "PAUSED"];
    public const int MaxIds = 250;

    /// <summary>A repeated id filter: null when absent, an error past 250 ids or for a non-digit id.</summary>
    public static bool TryIds(HttpRequest request, string name, out IReadOnlyList<string>? ids, out IResult? error, int max = MaxIds)
    {
        ids = null;
        error = null;
        var values = request.Query[name];
        if (values.Count == 0)
        {
            return true;
        }

        var list = values.SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries)).ToList();
        if (list.Count > max)
        {
            error = SandboxErrors.InvalidParameters($"{name} takes at most {max} ids.");
            return false;
        }

        if (!list.All(AdAccountAccess.IsId))
        {
            error = SandboxErrors.InvalidParameters($"{name} must be digit ids.");
            return false;
        }

        ids = list;
        return true;
    }

    public static bool TryStatuses(HttpRequest request, out IReadOnlyList<string> statuses, out IResult? error)
    {
        error = null;
        var values = request.Query["entity_statuses"].SelectMany(v => (v ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries)).ToList();
        statuses = values.Count == 0 ? DefaultStatuses : values;
        if (values.Any(v => !EntityStatuses.Contains(v, StringComparer.Ordinal)))
        {
            error = SandboxErrors.InvalidParameters($"entity_statuses must be among {string.Join(", ", EntityStatuses)}.");
            return false;
        }

        return true;
    }

    public static bool TryOrder(HttpRequest request, out bool descending, out IResult? error)
    {
        var order = request.Query["order"].ToString();
        descending = order == "DESCENDING";
        error = order is "" or "ASCENDING" or "DESCENDING" ? null : SandboxErrors.InvalidParameters("order must be ASCENDING or DESCENDING.");
        return error is null;
    }

    public static bool TryDate(HttpRequest request, string name, out DateOnly date, out IResult? error)
    {
        error = null;
        if (!DateOnly.TryParseExact(request.Query[name].ToString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            error = SandboxErrors.InvalidParameters($"{name} is required as YYYY-MM-DD.");
            return false;
        }

        return true;
    }
}
