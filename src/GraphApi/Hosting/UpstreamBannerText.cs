namespace GraphApi.Hosting;

/// <summary>
/// What the start-up banner says about the upstream: what the gateway runs against, the extra pages it serves
/// (paths on the listening address) and how to switch to the other mode. The real Pinterest's is the default;
/// sandbox mode registers its own.
/// </summary>
internal sealed record UpstreamBannerText(string RunningAgainst, IReadOnlyList<UpstreamBannerText.Page> Pages, string Switch)
{
    public static readonly UpstreamBannerText RealPinterest = new(
        "the real Pinterest API",
        [],
        "Sandbox: remove Upstream:Mode and the Pinterest app settings to run offline on the embedded emulator.");

    public sealed record Page(string Label, string Path);
}
