using GraphApi.DataLoading;
using GraphApi.Pinterest;
using GraphApi.Pinterest.Pagination;

namespace GraphApi.Features.Sections;

/// <summary>
/// Sections by (board, section). Pinterest has no GET for one section: each distinct board's section list is read
/// once (up to 250 sections, Pinterest's page maximum) and every requested section of it picked from there.
/// </summary>
public sealed class BoardSectionsByIdDataLoader(IPinterestClient pinterest) : DataLoader<(string BoardId, string SectionId), BoardSectionNode>
{
    protected internal override async Task FetchAsync(
        IReadOnlyList<(string BoardId, string SectionId)> keys, LoadResults<(string BoardId, string SectionId), BoardSectionNode> results, CancellationToken cancellationToken)
    {
        var boards = keys.GroupBy(k => k.BoardId).ToList();
        await Parallel.ForEachAsync(boards, new ParallelOptions { MaxDegreeOfParallelism = DataLoading.KeyedFetch.MaxConcurrency, CancellationToken = cancellationToken }, async (board, ct) =>
        {
            try
            {
                var page = await pinterest.BoardSections.ListAsync(board.Key, new PageRequest(PageRequest.MaxPageSize), cancellationToken: ct);
                foreach (var key in board)
                {
                    if (page.Items.FirstOrDefault(s => s.Id == key.SectionId) is { } section)
                    {
                        results.Set(key, new BoardSectionNode(board.Key, section));
                    }
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                foreach (var key in board)
                {
                    results.Fail(key, ex);
                }
            }
        });
    }
}
