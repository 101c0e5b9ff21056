using GraphApi.DataLoading;
using GraphApi.Pinterest;
using GraphApi.Pinterest.Boards;

namespace GraphApi.Features.Boards;

/// <summary>Boards by Pinterest ID. Pinterest has no batch GET for boards: one deduplicated call per board.</summary>
public sealed class BoardsByIdDataLoader(IPinterestClient pinterest) : DataLoader<string, Board>
{
    protected internal override Task FetchAsync(IReadOnlyList<string> keys, LoadResults<string, Board> results, CancellationToken cancellationToken) =>
        KeyedFetch.EachAsync(keys, results, (id, ct) => pinterest.Boards.GetAsync(id, cancellationToken: ct), cancellationToken);
}
