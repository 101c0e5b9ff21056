using GraphApi.Pinterest.Http;
using GraphApi.Pinterest.Pagination;
using GraphApi.Pinterest.Pins;
using static GraphApi.Pinterest.Http.PinterestOperations;

namespace GraphApi.Pinterest.Boards;

internal sealed class BoardSectionsClient(PinterestRequestSender connection) : IBoardSectionsClient
{
    private const int MaxNameLength = 180;
    private static readonly PinterestJsonContext Json = PinterestJsonContext.Default;

    // GET /boards/{board_id}/sections
    public Task<Page<BoardSection>> ListAsync(string boardId, PageRequest? page = null, string? adAccountId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(boardId);
        var query = new QueryString().Add("ad_account_id", adAccountId).AddPage(page);
        return connection.GetAsync(SectionsList, SectionsList.Path(boardId), query, Json.PageBoardSection, cancellationToken);
    }

    // POST /boards/{board_id}/sections
    public Task<BoardSection> CreateAsync(string boardId, CreateBoardSectionRequest request, string? adAccountId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(boardId);
        ArgumentNullException.ThrowIfNull(request);
        GuardName(request.Name);
        var query = new QueryString().Add("ad_account_id", adAccountId);
        return connection.SendJsonAsync(SectionsCreate, SectionsCreate.Path(boardId), query, request, Json.CreateBoardSectionRequest, Json.BoardSection, cancellationToken);
    }

    // PATCH /boards/{board_id}/sections/{section_id}
    public Task<BoardSection> UpdateAsync(string boardId, string sectionId, UpdateBoardSectionRequest request, string? adAccountId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(boardId);
        ArgumentException.ThrowIfNullOrWhiteSpace(sectionId);
        ArgumentNullException.ThrowIfNull(request);
        GuardName(request.Name);
        var query = new QueryString().Add("ad_account_id", adAccountId);
        return connection.SendJsonAsync(SectionsUpdate, SectionsUpdate.Path(boardId, sectionId), query, request, Json.UpdateBoardSectionRequest, Json.BoardSection, cancellationToken);
    }

    // DELETE /boards/{board_id}/sections/{section_id}
    public Task DeleteAsync(string boardId, string sectionId, string? adAccountId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(boardId);
        ArgumentException.ThrowIfNullOrWhiteSpace(sectionId);
        var query = new QueryString().Add("ad_account_id", adAccountId);
        return connection.SendAsync(SectionsDelete, SectionsDelete.Path(boardId, sectionId), query, cancellationToken);
    }

    // GET /boards/{board_id}/sections/{section_id}/pins
    public Task<Page<Pin>> ListPinsAsync(string boardId, string sectionId, PageRequest? page = null, string? adAccountId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(boardId);
        ArgumentException.ThrowIfNullOrWhiteSpace(sectionId);
        var query = new QueryString().Add("ad_account_id", adAccountId).AddPage(page);
        return connection.GetAsync(SectionsListPins, SectionsListPins.Path(boardId, sectionId), query, Json.PagePin, cancellationToken);
    }

    private static void GuardName(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(name.Length, MaxNameLength, nameof(name));
    }
}
