namespace GraphApi.Bench.StaticUpstream;

/// <summary>The Pinterest operations the static upstream answers; the names are the keys of /_bench/calls' byOperation.</summary>
public static class PinterestOperations
{
    public const int UserAccount = 0;
    public const int BoardsList = 1;
    public const int BoardsGet = 2;
    public const int BoardPins = 3;
    public const int MultiPinAnalytics = 4;
    public const int PinAnalytics = 5;
    public const int CreatePin = 6;
    public const int OAuthToken = 7;

    public static IReadOnlyList<string> Names { get; } =
    [
        "GET /v5/user_account",
        "GET /v5/boards",
        "GET /v5/boards/{board_id}",
        "GET /v5/boards/{board_id}/pins",
        "GET /v5/pins/analytics",
        "GET /v5/pins/{pin_id}/analytics",
        "POST /v5/pins",
        "POST /v5/oauth/token",
    ];
}
