using System.Net;
using System.Net.Http.Headers;

namespace GraphApi.Accounts.Links;

/// <summary>
/// On a 401 to a user-token call, refreshes the link once (single-flight) and repeats the call with the new
/// token. Handlers live outside the request's DI scope, so the request's token source is taken from the HttpContext.
/// </summary>
internal sealed class RefreshOnUnauthorizedHandler(IHttpContextAccessor httpContextAccessor) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await base.SendAsync(request, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Unauthorized ||
            request.Headers.Authorization is not { Scheme: "Bearer", Parameter: { } rejected } ||
            httpContextAccessor.HttpContext?.RequestServices.GetService<AccountLinkTokenSource>() is not { } source)
        {
            return response;
        }

        string token;
        try
        {
            token = await source.RefreshAfterRejectionAsync(rejected, cancellationToken);
        }
        finally
        {
            response.Dispose();
        }

        // The content is shared with the original request, which its owner disposes.
        var retry = new HttpRequestMessage(request.Method, request.RequestUri) { Content = request.Content, Version = request.Version };
        foreach (var header in request.Headers)
        {
            retry.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }

        retry.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await base.SendAsync(retry, cancellationToken);
    }
}
