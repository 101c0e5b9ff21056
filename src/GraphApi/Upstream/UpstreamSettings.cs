using GraphApi.Hosting;
namespace GraphApi.Upstream;

/// <summary>
/// Reads <c>Upstream:Mode</c> and refuses partial or contradictory live settings. The mode is explicit so that a
/// half-configured deployment (a ClientId without its secret, a secret left over from a test) stops with one
/// message instead of quietly running on the sandbox, or on Pinterest with no caller authentication.
/// </summary>
internal static class UpstreamSettings
{
    public const string ModeKey = "Upstream:Mode";

    // Settings that only mean something against the real Pinterest; in sandbox mode they would be silently ignored.
    private static readonly string[] LiveOnly = ["Pinterest:ClientId", "Pinterest:ClientSecret", "Pinterest:ApiBaseUrl", "Pinterest:AuthorizationUrl", "Pinterest:TokenUrl"];

    /// <summary>The configured mode; throws <see cref="StartupConfigurationException"/> naming every problem at once.</summary>
    public static UpstreamMode Read(IConfiguration configuration)
    {
        var problems = new List<string>();
        var mode = ParseMode(configuration[ModeKey], problems);
        if (mode == UpstreamMode.Pinterest)
        {
            var missing = new List<string>();
            foreach (var key in new[] { "Pinterest:ClientId", "Pinterest:ClientSecret", "Pinterest:RedirectUri" })
            {
                if (!IsSet(configuration, key))
                {
                    missing.Add(key);
                }
            }

            if (!IsSet(configuration, "Authentication:Authority") && !IsSet(configuration, "Authentication:SigningKey"))
            {
                missing.Add("Authentication:Authority (an OIDC provider) or Authentication:Issuer + Authentication:SigningKey");
            }

            if (missing.Count > 0)
            {
                problems.Add($"{ModeKey}=Pinterest also needs: {string.Join("; ", missing)}. See README, \"Going live on Pinterest\".");
            }
        }
        else if (mode == UpstreamMode.Sandbox)
        {
            var live = LiveOnly.Where(key => IsSet(configuration, key)).ToList();
            if (live.Count > 0)
            {
                // Names only: the values may be secrets.
                problems.Add($"{string.Join(", ", live)} {(live.Count == 1 ? "is" : "are")} set but {ModeKey} is not Pinterest: set {ModeKey}=Pinterest to use the real Pinterest API, or remove {(live.Count == 1 ? "it" : "them")} to run on the embedded sandbox.");
            }
        }

        return problems.Count == 0 ? mode!.Value : throw new StartupConfigurationException(problems);
    }

    private static UpstreamMode? ParseMode(string? value, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return UpstreamMode.Sandbox;
        }

        if (Enum.TryParse<UpstreamMode>(value.Trim(), ignoreCase: true, out var mode) && Enum.IsDefined(mode) && !char.IsAsciiDigit(value.Trim()[0]))
        {
            return mode;
        }

        problems.Add($"{ModeKey} must be Sandbox (the default) or Pinterest.");
        return null;
    }

    private static bool IsSet(IConfiguration configuration, string key) => !string.IsNullOrWhiteSpace(configuration[key]);
}
