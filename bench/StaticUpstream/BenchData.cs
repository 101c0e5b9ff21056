using System.Globalization;

namespace GraphApi.Bench.StaticUpstream;

/// <summary>
/// The fixed data set: one business account, <see cref="BoardCount"/> boards of <see cref="PinsPerBoard"/> pins, every
/// id and value derived from its position so every run (and the baseline's expectations) sees the same bytes.
/// </summary>
public static class BenchData
{
    public const int BoardCount = 50;
    public const int PinsPerBoard = 50;
    public const string Username = "bench.user";
    public const string UserId = "100000000000000001";

    /// <summary>The board the scenario documents read: the first board of the list.</summary>
    public static string FirstBoardId => BoardId(0);

    private static readonly DateTimeOffset Epoch = new(2026, 1, 5, 9, 30, 0, TimeSpan.Zero);

    public static Account Account { get; } = new(
        UserId, Username, "BUSINESS", "Bench Kitchen Co.", "https://i.pinimg.com/600x600_R/bench/profile.jpg",
        "https://bench.example", "Recipes and kitchen ideas, generated for benchmarks.",
        BoardCount, BoardCount * PinsPerBoard, 12_345, 321, 98_765);

    public static IReadOnlyList<Board> Boards { get; } = Enumerable.Range(0, BoardCount).Select(CreateBoard).ToList();

    /// <summary>Pins of each board, by board id, newest first like Pinterest.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<Pin>> PinsByBoard { get; } =
        Boards.Select((b, i) => (b.Id, Pins: (IReadOnlyList<Pin>)Enumerable.Range(0, PinsPerBoard).Select(j => CreatePin(i, j)).ToList()))
            .ToDictionary(x => x.Id, x => x.Pins, StringComparer.Ordinal);

    /// <summary>Every pin id, for the analytics endpoints.</summary>
    public static IReadOnlySet<string> PinIds { get; } = PinsByBoard.Values.SelectMany(p => p).Select(p => p.Id).ToHashSet(StringComparer.Ordinal);

    /// <summary>What POST /v5/pins answers, whatever was sent: a fixed new pin on the first board.</summary>
    public static Pin CreatedPin { get; } = CreatePin(0, PinsPerBoard) with { Id = "990000000000000001", Title = "A new pin" };

    public static string BoardId(int index) => (200_000_000_000_000_001L + index).ToString(CultureInfo.InvariantCulture);

    public static string PinId(int board, int pin) => (300_000_000_000_000_000L + (board * 1_000L) + pin + 1).ToString(CultureInfo.InvariantCulture);

    /// <summary>Deterministic metrics of a pin: the same numbers for the same id on every call and every run.</summary>
    public static PinAnalyticsMetrics Analytics(string pinId, IReadOnlyList<string> metricTypes)
    {
        var seed = (int)(long.Parse(pinId, CultureInfo.InvariantCulture) % 997);
        var summary = new Dictionary<string, double>(StringComparer.Ordinal);
        for (var i = 0; i < metricTypes.Count; i++)
        {
            summary[metricTypes[i]] = ((seed + 1) * (i + 3)) % 5_000;
        }

        return new PinAnalyticsMetrics(summary, [], new Dictionary<string, long>(StringComparer.Ordinal));
    }

    private static Board CreateBoard(int i)
    {
        var id = BoardId(i);
        return new Board(
            id, $"Bench board {i + 1}", $"Board {i + 1} of the benchmark data set.", "PUBLIC", new Owner(Username),
            Epoch.AddDays(i), Epoch.AddDays(i).AddHours(6), PinsPerBoard, (i * 37) % 500, i % 3, IsAdsOnly: false,
            new BoardMedia(ImageUrl("400x300", id), [ImageUrl("150x150", id + "-1"), ImageUrl("150x150", id + "-2")]));
    }

    private static Pin CreatePin(int board, int pin)
    {
        var id = PinId(board, pin);
        return new Pin(
            id, BoardId(board), new Owner(Username), Epoch.AddDays(board).AddMinutes(-pin), $"Bench pin {pin + 1} on board {board + 1}",
            $"A generated pin ({pin + 1}) for the benchmark scenarios.", $"https://bench.example/recipes/{id}", $"Photo of recipe {id}",
            "#6E7874", "REGULAR", IsOwner: true, IsStandard: true, HasBeenPromoted: false,
            new PinMedia("image", new Dictionary<string, ImageDetails>(StringComparer.Ordinal)
            {
                ["150x150"] = new(ImageUrl("150x150", id), 150, 150),
                ["400x300"] = new(ImageUrl("400x300", id), 400, 300),
                ["600x"] = new(ImageUrl("600x", id), 600, 900),
                ["1200x"] = new(ImageUrl("1200x", id), 1200, 1800),
            }));
    }

    private static string ImageUrl(string size, string id) => $"https://i.pinimg.com/{size}/bench/{id}.jpg";
}
