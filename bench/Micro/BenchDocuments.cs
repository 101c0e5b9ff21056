namespace GraphApi.Bench.Micro;

/// <summary>The documents in <c>bench/Documents</c>, copied next to the benchmark (and test) assemblies at build.</summary>
public static class BenchDocuments
{
    /// <summary><c>{ __typename }</c>: the smallest document, touches no Pinterest field.</summary>
    public const string Typename = "typename";

    /// <summary>issue 11's scenario: my account, my first 25 boards, the first 25 pins of one board.</summary>
    public const string UserBoardsPins = "user-boards-pins";

    /// <summary>The dashboard: me, 25 boards x 10 pins, analytics of 250 pins (parse and validate only).</summary>
    public const string Dashboard = "dashboard";

    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Documents", name + ".graphql"));
}
