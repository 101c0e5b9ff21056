using System.Net;
using GraphApi.Features.Gateway;
using GraphApi.Pinterest.Errors;
using GraphApi.Pinterest.OAuth;
using GraphApi.Upstream;

namespace GraphApi.Admin.Integration;

/// <summary>
/// "Test credentials": asks Pinterest's token endpoint for a client-credentials token with the pair (the token is
/// dropped at once) and says what is wrong in the admin's terms. Pinterest answers an unknown app id and a wrong secret
/// alike (401, code 2), so when the pair fails and the tenant has a working saved secret for the same id, that secret
/// is tried too: if it works, the new secret is the culprit.
/// </summary>
internal sealed partial class IntegrationCredentialsTester(IPinterestOAuthClient oauth, GatewayInfo gateway, ILogger<IntegrationCredentialsTester> logger)
{
    public async Task<CredentialsTestResult> TestAsync(string? clientId, string? clientSecret, TenantApp saved, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(clientId))
        {
            return Result(CredentialsTestStatus.MissingClientId, "Enter the app's App id (developers.pinterest.com → My apps → the app).", saved, null);
        }

        if (string.IsNullOrWhiteSpace(clientSecret))
        {
            return Result(CredentialsTestStatus.MissingClientSecret, "Enter the app's App secret key: no secret is saved for this client ID.", saved, null);
        }

        // Pinterest's App ids are numbers; the sandbox's apps are named, so the check is for real Pinterest only.
        if (gateway.Upstream == UpstreamMode.Pinterest && !clientId.All(char.IsAsciiDigit))
        {
            return Result(CredentialsTestStatus.UnknownClient, $"'{Shorten(clientId)}' is not a Pinterest App id: App ids are numbers, shown under the app's name on developers.pinterest.com.", saved, null);
        }

        var (status, requestId, detail) = await TryAsync(new PinterestAppCredentials(clientId, clientSecret), cancellationToken);
        if (status == CredentialsTestStatus.InvalidCredentials
            && saved.ClientSecret is { } savedSecret && savedSecret != clientSecret
            && string.Equals(saved.ClientId, clientId, StringComparison.Ordinal)
            && (await TryAsync(new PinterestAppCredentials(clientId, savedSecret), cancellationToken)).Status == CredentialsTestStatus.Ok)
        {
            status = CredentialsTestStatus.BadSecret;
        }

        LogTested(logger, saved.TenantId, Shorten(clientId), status);
        return Result(status, Message(status, detail), saved, requestId);
    }

    private async Task<(CredentialsTestStatus Status, string? RequestId, string? Detail)> TryAsync(PinterestAppCredentials app, CancellationToken cancellationToken)
    {
        try
        {
            await oauth.RequestClientCredentialsTokenAsync(new ClientCredentialsTokenRequest { Scopes = IntegrationScopes.Minimum, App = app }, cancellationToken);
            return (CredentialsTestStatus.Ok, null, null);
        }
        catch (PinterestUpstreamException ex)
        {
            return (CredentialsTestStatus.NetworkError, ex.RequestId, ex.StatusCode is { } s ? $"HTTP {(int)s}" : "no answer");
        }
        catch (PinterestApiException ex)
        {
            var status = ex.StatusCode switch
            {
                HttpStatusCode.Unauthorized => CredentialsTestStatus.InvalidCredentials,
                HttpStatusCode.Forbidden => CredentialsTestStatus.AppNotPermitted,
                HttpStatusCode.TooManyRequests => CredentialsTestStatus.RateLimited,
                _ => CredentialsTestStatus.Rejected,
            };
            return (status, ex.RequestId, $"HTTP {(int?)ex.StatusCode}, code {ex.PinterestCode}");
        }
        catch (Exception ex) when (ex is HttpRequestException or TimeoutException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return (CredentialsTestStatus.NetworkError, null, ex.GetType().Name);
        }
    }

    private static string Message(CredentialsTestStatus status, string? detail) => status switch
    {
        CredentialsTestStatus.Ok => "Pinterest accepted this client ID and secret.",
        CredentialsTestStatus.InvalidCredentials => $"Pinterest refused this pair ({detail}, \"Authentication failed.\"): the App id is not an app's, or the secret is not that app's current App secret key. Copy both again from developers.pinterest.com.",
        CredentialsTestStatus.BadSecret => $"The client ID is right (the saved secret works with it), but Pinterest refused this secret ({detail}): copy the App secret key again, or reset it on developers.pinterest.com.",
        CredentialsTestStatus.AppNotPermitted => $"Pinterest knows the app but does not permit it to get a token ({detail}): check the app's status and access on developers.pinterest.com.",
        CredentialsTestStatus.RateLimited => $"Pinterest is rate limiting this app ({detail}): test again in a minute.",
        CredentialsTestStatus.NetworkError => $"Pinterest's token endpoint could not be reached or failed ({detail}): nothing is known about the credentials yet. Test again later.",
        _ => $"Pinterest refused the test ({detail}).",
    };

    private static CredentialsTestResult Result(CredentialsTestStatus status, string message, TenantApp saved, string? requestId) =>
        new(status, saved.Enabled ? message : message + " Note: the integration is disabled, so callers get PINTEREST_NOT_CONFIGURED until it is enabled.", saved.Enabled, requestId);

    /// <summary>A client ID is not a secret, but an admin may paste a secret into it: only its start is echoed or logged.</summary>
    private static string Shorten(string clientId) => clientId.Length <= 24 ? clientId : clientId[..8] + "…";

    [LoggerMessage(Level = LogLevel.Information, Message = "Integration credentials tested for tenant '{TenantId}', client '{ClientId}': {Status}")]
    private static partial void LogTested(ILogger logger, string tenantId, string clientId, CredentialsTestStatus status);
}
