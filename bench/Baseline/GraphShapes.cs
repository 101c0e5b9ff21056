using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace GraphApi.Bench.Baseline;

/// <summary>
/// The few gateway conventions a hand-writer returning "the same fields" must also follow: Relay global IDs
/// (base64url of "Type:id"), connection cursors and page info, the 400x300 image. Written out here, not shared with
/// the gateway, so the baseline stays a plain ASP.NET Core app.
/// </summary>
internal static class GraphShapes
{
    public static string GlobalId(string type, string id) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{type}:{id}"));

    public static Connection<TNode> Connection<T, TNode>(UpstreamPage<T> page, int first, Func<T, TNode> map)
    {
        var count = Math.Min(first, page.Items.Count);
        var edges = new Edge<TNode>[count];
        for (var i = 0; i < count; i++)
        {
            edges[i] = new Edge<TNode>(map(page.Items[i]));
        }

        var restOfPage = page.Items.Count > count;
        var hasMore = !string.IsNullOrEmpty(page.Bookmark);
        var endCursor = count == 0 ? null : !restOfPage && hasMore ? Cursor(page.Bookmark, 0) : Cursor(null, count);
        return new Connection<TNode>(edges, new PageInfo(restOfPage || hasMore, endCursor));
    }

    public static IReadOnlyList<TNode> Nodes<T, TNode>(UpstreamPage<T> page, int first, Func<T, TNode> map) =>
        page.Items.Take(first).Select(map).ToList();

    public static Image? Image400(UpstreamPinMedia? media) =>
        media?.Images is { } images && images.TryGetValue("400x300", out var image) ? new Image(image.Url, image.Width, image.Height) : null;

    private static string Cursor(string? bookmark, int skip) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"c1:{skip.ToString(CultureInfo.InvariantCulture)}:{bookmark}"));
}
