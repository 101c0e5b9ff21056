using GraphQL.Types;

namespace GraphApi.Features.AccountLinks;

public sealed record CompletePinterestConnectionInput(string Completion);

internal sealed class CompletePinterestConnectionInputType : InputObjectGraphType<CompletePinterestConnectionInput>
{
    public CompletePinterestConnectionInputType()
    {
        Name = "CompletePinterestConnectionInput";
        Description = "The completion the gateway's callback appended to the return URL.";
        Field(x => x.Completion).Description("The `completion` query parameter of the return URL (with pinterest=pending). It works once, for the caller who started the flow, within 10 minutes.");
    }
}
