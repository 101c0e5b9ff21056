namespace GraphApi.Pinterest.Sandbox;

/// <summary>Settings of the embedded Pinterest v5 emulator, bound from the <c>Sandbox</c> configuration section.</summary>
public sealed class SandboxOptions
{
    public const string SectionName = "Sandbox";

    /// <summary>The database file's name inside <see cref="DataDirectory"/>.</summary>
    public const string DatabaseFileName = "pinterest-sandbox.db";

    /// <summary>Folder that holds <c>pinterest-sandbox.db</c>. Defaults to <c>&lt;ContentRoot&gt;/App_Data</c>.</summary>
    public string? DataDirectory { get; set; }

    /// <summary>The only OAuth client the emulator knows (the "App id").</summary>
    public string ClientId { get; set; } = "sandbox-client";

    /// <summary>Secret the client authenticates with on the token endpoint (HTTP Basic).</summary>
    public string ClientSecret { get; set; } = "sandbox-secret";

    /// <summary>
    /// More Pinterest apps the emulator knows besides <see cref="ClientId"/>, e.g. one per tenant of the gateway, or the
    /// same id with a rotated secret: each works on the consent page and the token endpoint.
    /// </summary>
    public List<SandboxApp> Apps { get; set; } = [];

    /// <summary>Every app the emulator accepts: the main one, then <see cref="Apps"/>.</summary>
    public IEnumerable<SandboxApp> KnownApps => Apps.Prepend(new SandboxApp { ClientId = ClientId, ClientSecret = ClientSecret });

    /// <summary>Pinterest hands out 30-day access tokens; tests shorten this to seconds.</summary>
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromDays(30);

    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(365);

    public TimeSpan AuthorizationCodeLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>Where the emulator is mounted in the host; the API lives at <c>{PathBase}/v5</c>.</summary>
    public string PathBase { get; set; } = "/sandbox/pinterest";

    /// <summary>
    /// Calls each user may make per rate-limit category (org_read, org_write, org_analytics…) per <see cref="QuotaWindow"/>;
    /// every answer carries the window's <c>x-ratelimit-*</c> headers and the call past it gets 429 code 8. Far above
    /// Pinterest's Standard tier (org_read 1,000/min) so tests and the demo never reach it; lower it to rehearse quotas.
    /// </summary>
    public int QuotaLimit { get; set; } = 10_000;

    /// <summary>Length of the fixed quota window (Pinterest's Standard quotas are per minute, Trial's per day).</summary>
    public TimeSpan QuotaWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The sandbox database file: <see cref="DatabaseFileName"/> in <see cref="DataDirectory"/> (App_Data when unset).</summary>
    public string DatabasePath => Path.Combine(DataDirectory ?? "App_Data", DatabaseFileName);
}
