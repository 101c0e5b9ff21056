using GraphApi.Pinterest.Boards;
using GraphApi.Pinterest.Http;
using GraphApi.Pinterest.Pagination;
using GraphApi.Pinterest.Pins;
using static GraphApi.Pinterest.Http.PinterestOperations;

namespace GraphApi.Pinterest.Search;

internal sealed class SearchClient(PinterestRequestSender connection) : ISearchClient
{
    private static readonly PinterestJsonContext Json = PinterestJsonContext.Default;

    // GET /search/boards
    public Task<Page<Board>> SearchBoardsAsync(SearchBoardsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var query = new QueryString()
            .Add("ad_account_id", request.AdAccountId)
            .AddPage(request.Page)
            .Add("query", request.Query);
        return connection.GetAsync(SearchBoards, SearchBoards.Path(), query, Json.PageBoard, cancellationToken);
    }

    // GET /search/pins
    public Task<Page<Pin>> SearchPinsAsync(SearchPinsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Query, nameof(request));
        var query = new QueryString()
            .Add("ad_account_id", request.AdAccountId)
            .Add("query", request.Query)
            .Add("bookmark", request.Bookmark);
        return connection.GetAsync(SearchPins, SearchPins.Path(), query, Json.PagePin, cancellationToken);
    }

    // GET /search/partner/pins
    public Task<Page<SummaryPin>> SearchPartnerPinsAsync(SearchPartnerPinsRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Term, nameof(request));
        ArgumentException.ThrowIfNullOrWhiteSpace(request.CountryCode, nameof(request));
        if (request.Limit is { } limit)
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1, nameof(request));
            ArgumentOutOfRangeException.ThrowIfGreaterThan(limit, SearchPartnerPinsRequest.MaxLimit, nameof(request));
        }

        var query = new QueryString()
            .Add("term", request.Term)
            .Add("country_code", request.CountryCode)
            .Add("bookmark", request.Bookmark)
            .Add("locale", request.Locale)
            .Add("limit", request.Limit);
        return connection.GetAsync(SearchPartnerPins, SearchPartnerPins.Path(), query, Json.PageSummaryPin, cancellationToken);
    }
}
