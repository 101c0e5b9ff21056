using GraphApi.Telemetry;

namespace GraphApi.Hosting;

/// <summary>
/// Log-level defaults set in code (like <see cref="SafeLogging"/>), so they hold whether or not an
/// appsettings.json is found: at Information, HttpClient's logging handlers and Polly's resilience events write about
/// five lines per Pinterest call, and EF Core one per command; the gateway's own request line
/// (<see cref="GraphQLRequestLog"/>) already says how many upstream calls each request made.
/// </summary>
internal static class QuietLibraryLogging
{
    // Prefixes: "System.Net.Http.HttpClient.GraphApi.Pinterest.LogicalHandler" and ".ClientHandler", "Polly",
    // "Microsoft.EntityFrameworkCore.Database.Command" and the rest of EF Core.
    private static readonly string[] ChattyCategories = ["System.Net.Http.HttpClient", "Polly", "Microsoft.EntityFrameworkCore"];

    /// <summary>
    /// Warning and above for those categories unless configuration names one of them (or a longer category under it):
    /// the rules go first, and the logger picks the last of equally specific rules, so
    /// <c>Logging:LogLevel:Polly=Information</c> still turns Polly's lines back on while <c>Default</c> does not.
    /// </summary>
    public static ILoggingBuilder QuietLibraryLogs(this ILoggingBuilder logging)
    {
        logging.Services.Configure<LoggerFilterOptions>(options =>
        {
            for (var i = 0; i < ChattyCategories.Length; i++)
            {
                options.Rules.Insert(i, new LoggerFilterRule(null, ChattyCategories[i], LogLevel.Warning, null));
            }
        });
        return logging;
    }
}
