using System.Globalization;
using System.Text.Json;
using Microsoft.Extensions.Primitives;

namespace GraphApi.Bench.StaticUpstream;

/// <summary>The bodies of the Pinterest calls, memoised: each distinct answer is serialized once.</summary>
public sealed class PinterestResponses(MemoisedBodies memo)
{
    public const int MaxPageSize = 250;
    public const int DefaultPageSize = 25;
    public const int MaxPinIdsPerAnalyticsCall = 100;

    public byte[] UserAccount { get; } = JsonSerializer.SerializeToUtf8Bytes(BenchData.Account, UpstreamJsonContext.Default.Account);

    public byte[] CreatedPin { get; } = JsonSerializer.SerializeToUtf8Bytes(BenchData.CreatedPin, UpstreamJsonContext.Default.Pin);

    public byte[] Unauthorized { get; } = Error(2, "Authentication failed.");

    public byte[] NotFound { get; } = Error(404, "Not found.");

    public static byte[] Error(int code, string message) =>
        JsonSerializer.SerializeToUtf8Bytes(new PinterestError(code, message), UpstreamJsonContext.Default.PinterestError);

    /// <summary>A page of the boards list, or null when page_size or bookmark is not one this server hands out.</summary>
    public byte[]? Boards(IQueryCollection query) =>
        Paging(query) is (var offset, var size) && offset <= BenchData.Boards.Count
            ? memo.Get($"boards:{offset}:{size}", (offset, size), static s =>
                JsonSerializer.SerializeToUtf8Bytes(Slice(BenchData.Boards, s.offset, s.size), UpstreamJsonContext.Default.PageBoard))
            : null;

    public byte[]? Board(string boardId) =>
        BenchData.PinsByBoard.ContainsKey(boardId)
            ? memo.Get($"board:{boardId}", boardId, static id =>
                JsonSerializer.SerializeToUtf8Bytes(BenchData.Boards.First(b => b.Id == id), UpstreamJsonContext.Default.Board))
            : null;

    /// <summary>A page of a board's pins; null for an unknown board or bad paging.</summary>
    public byte[]? BoardPins(string boardId, IQueryCollection query) =>
        BenchData.PinsByBoard.TryGetValue(boardId, out var pins) && Paging(query) is (var offset, var size) && offset <= pins.Count
            ? memo.Get($"pins:{boardId}:{offset}:{size}", (pins, offset, size), static s =>
                JsonSerializer.SerializeToUtf8Bytes(Slice(s.pins, s.offset, s.size), UpstreamJsonContext.Default.PagePin))
            : null;

    /// <summary>GET /pins/analytics: the known pins among pin_ids (1–100), each under the "all" app type.</summary>
    public byte[]? MultiPinAnalytics(IQueryCollection query)
    {
        var ids = query["pin_ids"];
        if (ids.Count is 0 or > MaxPinIdsPerAnalyticsCall || Metrics(query) is not { } metrics || !HasDates(query))
        {
            return null;
        }

        return memo.Get($"analytics:{string.Join(',', (IEnumerable<string?>)ids)}:{string.Join(',', metrics)}", (ids, metrics), static s =>
        {
            var byPin = new Dictionary<string, Dictionary<string, PinAnalyticsMetrics>>(StringComparer.Ordinal);
            foreach (var id in s.ids)
            {
                if (id is not null && BenchData.PinIds.Contains(id))
                {
                    byPin[id] = new(StringComparer.Ordinal) { ["all"] = BenchData.Analytics(id, s.metrics) };
                }
            }

            return JsonSerializer.SerializeToUtf8Bytes(byPin, UpstreamJsonContext.Default.DictionaryStringDictionaryStringPinAnalyticsMetrics);
        });
    }

    /// <summary>GET /pins/{pin_id}/analytics, the per-pin fallback.</summary>
    public byte[]? PinAnalytics(string pinId, IQueryCollection query) =>
        BenchData.PinIds.Contains(pinId) && Metrics(query) is { } metrics && HasDates(query)
            ? memo.Get($"pin-analytics:{pinId}:{string.Join(',', metrics)}", (pinId, metrics), static s =>
                JsonSerializer.SerializeToUtf8Bytes(
                    new Dictionary<string, PinAnalyticsMetrics>(StringComparer.Ordinal) { ["all"] = BenchData.Analytics(s.pinId, s.metrics) },
                    UpstreamJsonContext.Default.DictionaryStringPinAnalyticsMetrics))
            : null;

    private static Page<T> Slice<T>(IReadOnlyList<T> items, int offset, int size)
    {
        var end = Math.Min(items.Count, offset + size);
        var page = new List<T>(end - offset);
        for (var i = offset; i < end; i++)
        {
            page.Add(items[i]);
        }

        return new Page<T>(page, end < items.Count ? end.ToString(CultureInfo.InvariantCulture) : null);
    }

    /// <summary>page_size 1–250 (default 25) and a bookmark this server issued (the next offset, as digits).</summary>
    private static (int Offset, int Size)? Paging(IQueryCollection query)
    {
        var size = DefaultPageSize;
        if (query["page_size"] is { Count: > 0 } sizeText && !(int.TryParse(sizeText[0], NumberStyles.None, CultureInfo.InvariantCulture, out size) && size is >= 1 and <= MaxPageSize))
        {
            return null;
        }

        var offset = 0;
        if (query["bookmark"] is { Count: > 0 } bookmark && !int.TryParse(bookmark[0], NumberStyles.None, CultureInfo.InvariantCulture, out offset))
        {
            return null;
        }

        return (offset, size);
    }

    /// <summary>metric_types is required and comma-separated; at most 20 names, each up to 40 characters.</summary>
    private static string[]? Metrics(IQueryCollection query)
    {
        var text = query["metric_types"];
        if (text.Count != 1 || string.IsNullOrEmpty(text[0]))
        {
            return null;
        }

        var metrics = text[0]!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return metrics.Length is > 0 and <= 20 && metrics.All(m => m.Length <= 40) ? metrics : null;
    }

    private static bool HasDates(IQueryCollection query) =>
        !StringValues.IsNullOrEmpty(query["start_date"]) && !StringValues.IsNullOrEmpty(query["end_date"]);
}
