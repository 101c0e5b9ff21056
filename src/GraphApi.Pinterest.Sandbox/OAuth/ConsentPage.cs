using System.Text;
using System.Text.Encodings.Web;
using GraphApi.Pinterest.Sandbox.Data;

namespace GraphApi.Pinterest.Sandbox.OAuth;

/// <summary>The HTML a person sees at the authorization URL: app, scopes, account picker, Approve / Deny.</summary>
internal static class ConsentPage
{
    private const string Style =
        "body{font-family:system-ui,sans-serif;background:#f6f6f6;margin:0;padding:40px}" +
        ".card{max-width:480px;margin:auto;background:#fff;border-radius:16px;padding:32px;box-shadow:0 2px 12px #0002}" +
        "h1{font-size:22px;margin-top:0}.badge{background:#e60023;color:#fff;border-radius:8px;padding:2px 8px;font-size:12px}" +
        "li{margin:4px 0}label{display:block;margin:6px 0}button{border:0;border-radius:20px;padding:10px 20px;font-size:15px;cursor:pointer;margin-right:8px}" +
        ".approve{background:#e60023;color:#fff}.deny{background:#e9e9e9}.error{color:#b00020}";

    public static string Render(AuthorizationRequest request, IReadOnlyList<UserEntity> users, string nonce)
    {
        var html = HtmlEncoder.Default;
        var body = new StringBuilder()
            .Append("<h1>Allow <em>").Append(html.Encode(request.ClientId)).Append("</em> to access your Pinterest account?</h1>")
            .Append("<p><span class=\"badge\">Sandbox</span> This is the offline Pinterest emulator; no real account is involved.</p>")
            .Append("<p>The app asks for:</p><ul>");
        foreach (var scope in request.Scopes)
        {
            body.Append("<li><code>").Append(html.Encode(scope)).Append("</code></li>");
        }

        body.Append("</ul><form method=\"post\">");
        AppendHidden(body, "client_id", request.ClientId);
        AppendHidden(body, "redirect_uri", request.RedirectUri);
        AppendHidden(body, "response_type", request.ResponseType);
        AppendHidden(body, "scope", string.Join(',', request.Scopes));
        AppendHidden(body, "state", request.State ?? string.Empty);
        AppendHidden(body, "consent_nonce", nonce);
        body.Append("<p>Continue as:</p>");
        for (var i = 0; i < users.Count; i++)
        {
            var user = users[i];
            body.Append("<label><input type=\"radio\" name=\"username\" value=\"").Append(html.Encode(user.Username)).Append('"')
                .Append(i == 0 ? " checked" : string.Empty).Append("> ").Append(html.Encode(user.Username))
                .Append(" (").Append(html.Encode(user.AccountType.ToLowerInvariant())).Append(")</label>");
        }

        body.Append("<p>After you decide, you go back to <code>").Append(html.Encode(request.RedirectUri)).Append("</code>.</p>");
        body.Append("<p><button class=\"approve\" name=\"decision\" value=\"approve\">Approve</button>")
            .Append("<button class=\"deny\" name=\"decision\" value=\"deny\">Deny</button></p></form>");
        return Page("Pinterest sandbox: authorize app", body.ToString());
    }

    public static string RenderError(string message) =>
        Page("Pinterest sandbox: invalid request", $"<h1>Invalid authorization request</h1><p class=\"error\">{HtmlEncoder.Default.Encode(message)}</p>");

    private static void AppendHidden(StringBuilder body, string name, string value) =>
        body.Append("<input type=\"hidden\" name=\"").Append(name).Append("\" value=\"").Append(HtmlEncoder.Default.Encode(value)).Append("\">");

    private static string Page(string title, string body) =>
        $"<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\"><title>{title}</title><style>{Style}</style></head><body><div class=\"card\">{body}</div></body></html>";
}
