namespace GraphApi.Hosting;

/// <summary>
/// Log-level defaults set in code, so they hold whether or not an appsettings.json is found: ASP.NET Core's
/// request lines ("Request starting GET /integration-callback?code=...&amp;state=...") carry the query string, and
/// on the OAuth callback and the consent page that is the authorization code and the state.
/// </summary>
internal static class SafeLogging
{
    // Categories whose Information/Debug lines include request URLs with their query strings, or the Location of a
    // redirect ("Executing RedirectResult, redirecting to ..."): the consent URL's state, the return URL's completion id.
    private static readonly string[] UrlLoggingCategories =
        ["Microsoft.AspNetCore.Hosting.Diagnostics", "Microsoft.AspNetCore.Routing", "Microsoft.AspNetCore.Http.Result"];

    /// <summary>
    /// Warning and above for those categories unless configuration names the same category: the rules go first,
    /// and the logger picks the last of equally specific rules, so an explicit
    /// <c>Logging:LogLevel:Microsoft.AspNetCore.Hosting.Diagnostics</c> still wins while <c>Default</c> or
    /// <c>Microsoft.AspNetCore</c> at Information does not turn them back on.
    /// </summary>
    public static ILoggingBuilder KeepSecretsOutOfLogs(this ILoggingBuilder logging)
    {
        logging.Services.Configure<LoggerFilterOptions>(options =>
        {
            for (var i = 0; i < UrlLoggingCategories.Length; i++)
            {
                options.Rules.Insert(i, new LoggerFilterRule(null, UrlLoggingCategories[i], LogLevel.Warning, null));
            }
        });
        return logging;
    }
}
