using GraphApi.Pinterest.Http;
using GraphApi.Pinterest.Pagination;
using GraphApi.Pinterest.Pins;
using static GraphApi.Pinterest.Http.PinterestOperations;

namespace GraphApi.Pinterest.Boards;

internal sealed class BoardsClient(PinterestRequestSender connection) : IBoardsClient
{
    private static readonly PinterestJsonContext Json = PinterestJsonContext.Default;

    // GET /boards
    public Task<Page<Board>> ListAsync(ListBoardsRequest? request = null, CancellationToken cancellationToken = default)
    {
        var query = new QueryString()
            .Add("ad_account_id", request?.AdAccountId)
            .Add("privacy", request?.Privacy)
            .AddPage(request?.Page);
        return connection.GetAsync(BoardsList, BoardsList.Path(), query, Json.PageBoard, cancellationToken);
    }

    // GET /boards/{board_id}
    public Task<Board> GetAsync(string boardId, string? adAccountId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(boardId);
        var query = new QueryString().Add("ad_account_id", adAccountId);
        return connection.GetAsync(BoardsGet, BoardsGet.Path(boardId), query, Json.Board, cancellationToken);
    }

    // POST /boards
    public Task<Board> CreateAsync(CreateBoardRequest request, string? adAccountId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Name, nameof(request));
        var query = new QueryString().Add("ad_account_id", adAccountId);
        return connection.SendJsonAsync(BoardsCreate, BoardsCreate.Path(), query, request, Json.CreateBoardRequest, Json.Board, cancellationToken);
    }

    // PATCH /boards/{board_id}
    public Task<Board> UpdateAsync(string boardId, UpdateBoardRequest request, string? adAccountId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(boardId);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Privacy == BoardPrivacy.Protected)
        {
            throw new ArgumentException("Pinterest does not let an update make a board PROTECTED.", nameof(request));
        }

        var query = new QueryString().Add("ad_account_id", adAccountId);
        return connection.SendJsonAsync(BoardsUpdate, BoardsUpdate.Path(boardId), query, request, Json.UpdateBoardRequest, Json.Board, cancellationToken);
    }

    // DELETE /boards/{board_id}
    public Task DeleteAsync(string boardId, string? adAccountId = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(boardId);
        var query = new QueryString().Add("ad_account_id", adAccountId);
        return connection.SendAsync(BoardsDelete, BoardsDelete.Path(boardId), query, cancellationToken);
    }

    // GET /boards/{board_id}/pins
    public Task<Page<Pin>> ListPinsAsync(string boardId, ListBoardPinsRequest? request = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(boardId);
        var query = new QueryString()
            .AddPage(request?.Page)
            .AddExploded("creative_types", request?.CreativeTypes)
            .Add("ad_account_id", request?.AdAccountId)
            .Add("pin_metrics", request?.PinMetrics);
        return connection.GetAsync(BoardsListPins, BoardsListPins.Path(boardId), query, Json.PagePin, cancellationToken);
    }
}
