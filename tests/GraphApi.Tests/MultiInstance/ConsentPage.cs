using System.Net;
using System.Text.RegularExpressions;

namespace GraphApi.Tests.MultiInstance;

/// <summary>What a person does on the emulator's consent page: pick an account and press Approve or Deny.</summary>
internal static partial class ConsentPage
{
    /// <summary>The callback URL the browser is sent to (the registered redirect URI with code and state).</summary>
    public static async Task<Uri> DecideAsync(Uri consentUrl, string decision, string pinterestUser)
    {
        using var browser = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false });
        var page = await browser.GetStringAsync(consentUrl);
        var fields = HiddenInput().Matches(page).ToDictionary(m => m.Groups["name"].Value, m => WebUtility.HtmlDecode(m.Groups["value"].Value));
        fields["username"] = pinterestUser;
        fields["decision"] = decision;
        using var response = await browser.PostAsync(consentUrl, new FormUrlEncodedContent(fields));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        return response.Headers.Location!;
    }

    [GeneratedRegex("<input type=\"hidden\" name=\"(?<name>[^\"]+)\" value=\"(?<value>[^\"]*)\">")]
    private static partial Regex HiddenInput();
}
