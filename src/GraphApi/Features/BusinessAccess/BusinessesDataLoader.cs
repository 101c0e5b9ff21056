using GraphApi.DataLoading;
using GraphApi.Pinterest;
using GraphApi.Pinterest.BusinessAccess;
using GraphApi.Pinterest.Pagination;

namespace GraphApi.Features.BusinessAccess;

/// <summary>
/// The businesses the signed-in user belongs to, by id. Pinterest has no "get business": the employers list
/// (<c>get/business_employers</c>, one page of 250) is read once per request and answers every id asked for; an id not
/// in it is a business the user may not see, and resolves to null.
/// </summary>
public sealed class BusinessesDataLoader(IPinterestClient pinterest) : DataLoader<string, BusinessRef>
{
    protected internal override async Task FetchAsync(IReadOnlyList<string> keys, LoadResults<string, BusinessRef> results, CancellationToken cancellationToken)
    {
        var page = await pinterest.BusinessAccess.ListEmployersAsync(new PageRequest(PageRequest.MaxPageSize), cancellationToken);
        foreach (var business in page.Items.Select(BusinessRef.From).OfType<BusinessRef>())
        {
            if (keys.Contains(business.Id, StringComparer.Ordinal))
            {
                results.Set(business.Id, business);
            }
        }
    }
}

/// <summary>A member or partner of a business, by id.</summary>
public readonly record struct BusinessRelationKey(string BusinessId, bool Partner, string Id);

/// <summary>
/// Members and partners by id, through the list endpoints' id filters: <c>get/business_members?member_ids=</c> and
/// <c>get/business_partners?partner_ids=</c> take one comma-separated string of at most 500 characters, so the ids of one
/// business are sent <see cref="BusinessAccessLimits.IdsPerFilter"/> per call.
/// </summary>
public sealed class BusinessRelationsByIdDataLoader(IPinterestClient pinterest) : DataLoader<BusinessRelationKey, BusinessRoleBinding>
{
    protected internal override async Task FetchAsync(IReadOnlyList<BusinessRelationKey> keys, LoadResults<BusinessRelationKey, BusinessRoleBinding> results, CancellationToken cancellationToken)
    {
        foreach (var group in keys.GroupBy(k => (k.BusinessId, k.Partner)))
        {
            foreach (var chunk in group.Select(k => k.Id).Distinct(StringComparer.Ordinal).Chunk(BusinessAccessLimits.IdsPerFilter))
            {
                var page = new PageRequest(PageRequest.MaxPageSize);
                var found = group.Key.Partner
                    ? await pinterest.BusinessAccess.ListPartnersAsync(group.Key.BusinessId, new ListBusinessPartnersRequest { PartnerIds = chunk, AssetsSummary = true, Page = page }, cancellationToken)
                    : await pinterest.BusinessAccess.ListMembersAsync(group.Key.BusinessId, new ListBusinessMembersRequest { MemberIds = chunk, AssetsSummary = true, Page = page }, cancellationToken);
                foreach (var binding in found.Items)
                {
                    if (binding.User?.Id is { } id && chunk.Contains(id, StringComparer.Ordinal))
                    {
                        results.Set(new BusinessRelationKey(group.Key.BusinessId, group.Key.Partner, id), binding);
                    }
                }
            }
        }
    }
}
