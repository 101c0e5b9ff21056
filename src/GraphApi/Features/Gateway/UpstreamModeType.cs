using GraphApi.Upstream;
using GraphQL.Types;

namespace GraphApi.Features.Gateway;

internal sealed class UpstreamModeType : EnumerationGraphType<UpstreamMode>
{
    public UpstreamModeType()
    {
        Name = "UpstreamMode";
        Description = "Which Pinterest the gateway talks to.";
    }
}
