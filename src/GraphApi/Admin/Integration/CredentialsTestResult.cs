using System.ComponentModel;

namespace GraphApi.Admin.Integration;

/// <summary>What <c>testIntegrationCredentials</c> found, one value per thing an admin can fix.</summary>
public enum CredentialsTestStatus
{
    [Description("Pinterest accepted the client ID and secret (a client-credentials token was issued and thrown away).")]
    Ok,

    [Description("There is no client ID to test: enter the app's App id.")]
    MissingClientId,

    [Description("There is no secret to test: enter the app's App secret key (it is never shown again once saved).")]
    MissingClientSecret,

    [Description("The client ID is not a Pinterest App id (Pinterest's are numbers), so Pinterest was not asked.")]
    UnknownClient,

    [Description("Pinterest refused the pair (401): the App id is not an app's, or the secret is not that app's current App secret key.")]
    InvalidCredentials,

    [Description("The client ID is right (the saved secret works with it), but this secret is not the app's App secret key.")]
    BadSecret,

    [Description("Pinterest knows the app but does not permit it this grant (403): the app may be pending review or restricted.")]
    AppNotPermitted,

    [Description("Pinterest is rate limiting the app (429): test again later.")]
    RateLimited,

    [Description("Pinterest could not be reached, timed out or failed (network error or 5xx): nothing is known about the credentials.")]
    NetworkError,

    [Description("Pinterest answered something else; the message says what.")]
    Rejected,
}

/// <summary>The answer of a credentials test. Never carries the secret.</summary>
public sealed record CredentialsTestResult(CredentialsTestStatus Status, string Message, bool IntegrationEnabled, string? PinterestRequestId)
{
    public bool Ok => Status == CredentialsTestStatus.Ok;
}
