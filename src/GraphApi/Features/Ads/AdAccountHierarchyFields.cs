using GraphApi.Pinterest.Ads;
using GraphQL.Types;

namespace GraphApi.Features.Ads;

/// <summary>The campaigns, ad groups and ads of an ad account, and its analytics.</summary>
internal static class AdAccountHierarchyFields
{
    public static void AddTo(ObjectGraphType<AdAccount> account)
    {
        _ = account;
    }
}
