using GraphQL.Types;

namespace GraphApi.Features.AccountLinks;

public sealed record ConnectPinterestInput(string ReturnUrl);

internal sealed class ConnectPinterestInputType : InputObjectGraphType<ConnectPinterestInput>
{
    public ConnectPinterestInputType()
    {
        Name = "ConnectPinterestInput";
        Description = "Where to send the browser after Pinterest's consent page.";
        Field(x => x.ReturnUrl).Description("A path on this gateway, or a URL on an origin listed in Pinterest:AllowedReturnOrigins. No control characters or backslashes, at most 2048 characters. It gets pinterest=pending&completion=... (finish with completePinterestConnection) or pinterest=error&reason=... appended.");
    }
}
