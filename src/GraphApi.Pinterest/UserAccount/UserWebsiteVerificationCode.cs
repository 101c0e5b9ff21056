namespace GraphApi.Pinterest.UserAccount;

/// <summary>The code and its carriers for claiming a website (<c>UserWebsiteVerificationCode</c>).</summary>
public sealed record UserWebsiteVerificationCode
{
    /// <summary>The verification code.</summary>
    public string? VerificationCode { get; init; }

    /// <summary>DNS TXT record to publish.</summary>
    public string? DnsTxtRecord { get; init; }

    /// <summary>Meta tag to add to the home page.</summary>
    public string? Metatag { get; init; }

    /// <summary>File name to serve.</summary>
    public string? Filename { get; init; }

    /// <summary>Content of that file.</summary>
    public string? FileContent { get; init; }
}
