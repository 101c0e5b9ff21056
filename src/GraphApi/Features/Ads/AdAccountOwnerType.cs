using GraphApi.Pinterest.Ads;
using GraphQL.Types;

namespace GraphApi.Features.Ads;

public sealed class AdAccountOwnerType : ObjectGraphType<AdAccountOwner>
{
    public AdAccountOwnerType()
    {
        Name = "AdAccountOwner";
        Description = "The Pinterest user who owns an ad account.";
        Field(o => o.Id, nullable: true).Description("The owner's Pinterest user ID.");
        Field(o => o.Username, nullable: true).Description("The owner's username.");
    }
}
