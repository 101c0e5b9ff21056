namespace GraphApi.Connections;

/// <summary>How the callback ends: a redirect back to the app, or an error page when there is nowhere safe to go.</summary>
internal sealed record ConnectResult(string? RedirectTo, string? ErrorPage)
{
    public static ConnectResult Redirect(string returnUrl, string outcome, string? reason = null)
    {
        var query = reason is null ? $"pinterest={outcome}" : $"pinterest={outcome}&reason={Uri.EscapeDataString(reason)}";
        var separator = returnUrl.Contains('?', StringComparison.Ordinal) ? '&' : '?';
        var fragment = returnUrl.IndexOf('#', StringComparison.Ordinal);
        return fragment < 0
            ? new(returnUrl + separator + query, null)
            : new(returnUrl[..fragment] + separator + query + returnUrl[fragment..], null);
    }

    public static ConnectResult Error(string message) => new(null, message);
}
