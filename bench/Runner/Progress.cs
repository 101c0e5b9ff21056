namespace GraphApi.Bench.Runner;

/// <summary>One line per step on stderr, so stdout keeps only the table.</summary>
internal static class Progress
{
    private static readonly DateTime Start = DateTime.UtcNow;

    public static void Step(string message) =>
        Console.Error.WriteLine($"[{(DateTime.UtcNow - Start).TotalSeconds,6:F1}s] {message}");
}
