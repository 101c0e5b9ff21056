using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Pinterest.BusinessAccess;
using GraphApi.Pinterest.OAuth;
using GraphApi.Pinterest.Pagination;
using GraphApi.Schema;
using GraphApi.Schema.Relay;
using GraphQL;
using GraphQL.DataLoader;
using GraphQL.Types;

namespace GraphApi.Features.BusinessAccess;

/// <summary>
/// A business (Business Access): its members, partners, assets and invites. Reached from <c>User.businesses</c>,
/// <c>business(id)</c> and <c>node</c>; every list needs biz_access:read, and Pinterest answers them only to the
/// business's admins (an employee sees their own assets through <c>member(id).assets</c>).
/// </summary>
public sealed class BusinessType : ObjectGraphType<BusinessRef>
{
    public BusinessType()
    {
        Name = "Business";
        Description = "A business the signed-in user belongs to: members, partners, assets and invites (Business Access).";
        Interface<NodeInterface>();
        IsTypeOf = source => source is BusinessRef;
        Field<NonNullGraphType<IdGraphType>>("id").Description("Opaque global ID (use with node(id)).").Resolve(c => GlobalId.Encode(BusinessAccessNames.NodeType, c.Source.Id));
        Field<NonNullGraphType<StringGraphType>>("pinterestId").Description("Pinterest's business id (the business account's user id).").Resolve(c => c.Source.Id);
        Field(b => b.Username, nullable: true).Description("The business account's username.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("myRoles").Description("The signed-in user's roles in it (EMPLOYEE, BIZ_ADMIN).").Resolve(c => c.Source.MyRoles);

        Field<BusinessMemberConnectionType>("members").Description("The business's members (admins only).").Paged()
            .Argument<ListGraphType<NonNullGraphType<BusinessMemberRoleEnumType>>>("roles", a => a.Description = "Only these roles.")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("memberIds", a => a.Description = $"Only these members (user ids; at most {BusinessAccessLimits.IdsPerFilter}, Pinterest's 500-character filter).")
            .RequiresScopes(PinterestScopes.BizAccessRead)
            .UpstreamCost(ConnectionPaging.PageCost)
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .ResolveAsync(async c => await ConnectionPaging.PageAsync(c, async (page, ct) => Wrap(c.Source.Id,
                await c.Pinterest().BusinessAccess.ListMembersAsync(c.Source.Id, new ListBusinessMembersRequest
                {
                    BusinessRoles = c.GetArgument<List<string>?>("roles"),
                    MemberIds = BusinessInputs.Ids(c.GetArgument<List<string>?>("memberIds"), "memberIds"),
                    AssetsSummary = true,
                    Page = page,
                }, ct))));

        Field<BusinessMemberType>("member").Description("One member by user id, looked up through the members list's member_ids filter (batched).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The member's user id.")
            .RequiresScopes(PinterestScopes.BizAccessRead)
            .UpstreamCost(UpstreamCost.OneCall)
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .Resolve(c => Relation(c, partner: false));

        Field<BusinessPartnerConnectionType>("partners").Description("The business's partners (admins only).").Paged()
            .Argument<BusinessPartnerTypeEnumType>("partnerType", a => a.Description = "INTERNAL (default): partners using this business's assets; EXTERNAL: businesses this one may use.")
            .Argument<ListGraphType<NonNullGraphType<IdGraphType>>>("partnerIds", a => a.Description = $"Only these partners (at most {BusinessAccessLimits.IdsPerFilter}).")
            .RequiresScopes(PinterestScopes.BizAccessRead)
            .UpstreamCost(ConnectionPaging.PageCost)
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .ResolveAsync(async c => await ConnectionPaging.PageAsync(c, async (page, ct) => Wrap(c.Source.Id,
                await c.Pinterest().BusinessAccess.ListPartnersAsync(c.Source.Id, new ListBusinessPartnersRequest
                {
                    PartnerType = c.GetArgument<string?>("partnerType"),
                    PartnerIds = BusinessInputs.Ids(c.GetArgument<List<string>?>("partnerIds"), "partnerIds"),
                    AssetsSummary = true,
                    Page = page,
                }, ct))));

        Field<BusinessPartnerType>("partner").Description("One partner by business id, looked up through the partners list's partner_ids filter (batched).")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The partner's business id.")
            .RequiresScopes(PinterestScopes.BizAccessRead)
            .UpstreamCost(UpstreamCost.OneCall)
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .Resolve(c => Relation(c, partner: true));

        Field<BusinessAssetConnectionType>("assets").Description("The business's assets of one type (admins only).").Paged()
            .Argument<BusinessAssetTypeEnumType>("assetType", a => { a.Description = "Which kind (Pinterest's default AD_ACCOUNT)."; a.DefaultValue = "AD_ACCOUNT"; })
            .Argument<ListGraphType<NonNullGraphType<BusinessAssetPermissionFilterEnumType>>>("permissions", a => a.Description = "Only assets with these permissions.")
            .Argument<IdGraphType>("assetGroupId", a => a.Description = "Only the assets of this asset group.")
            .Argument<IdGraphType>("childAssetId", a => a.Description = "Only the asset groups holding this asset.")
            .RequiresScopes(PinterestScopes.BizAccessRead)
            .UpstreamCost(ConnectionPaging.PageCost)
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .ResolveAsync(async c => await ConnectionPaging.PageAsync(c, async (page, ct) => WrapAssets(c.Source.Id,
                await c.Pinterest().BusinessAccess.ListAssetsAsync(c.Source.Id, new ListBusinessAssetsRequest
                {
                    AssetType = c.GetArgument("assetType", "AD_ACCOUNT"),
                    Permissions = c.GetArgument<List<string>?>("permissions"),
                    AssetGroupId = BusinessInputs.Id(c.GetArgument<string?>("assetGroupId"), "assetGroupId"),
                    ChildAssetId = BusinessInputs.Id(c.GetArgument<string?>("childAssetId"), "childAssetId"),
                    Page = page,
                }, ct))));

        Field<BusinessInviteConnectionType>("invites").Description("Invites and requests the business sent or received (admins only).").Paged()
            .Argument<BooleanGraphType>("members", a => { a.Description = "True (default): member invites; false: partner invites and requests."; a.DefaultValue = true; })
            .Argument<ListGraphType<NonNullGraphType<BusinessInviteStatusFilterEnumType>>>("statuses", a => a.Description = "PENDING and/or EXPIRED (Pinterest's default: both).")
            .Argument<BusinessInviteTypeEnumType>("inviteType", a => a.Description = "Only this type.")
            .RequiresScopes(PinterestScopes.BizAccessRead)
            .UpstreamCost(ConnectionPaging.PageCost)
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .ResolveAsync(async c => await ConnectionPaging.PageAsync(c, (page, ct) =>
                c.Pinterest().BusinessAccess.ListInvitesAsync(c.Source.Id, new ListBusinessInvitesRequest
                {
                    IsMember = c.GetArgument("members", true),
                    InviteStatus = c.GetArgument<List<string>?>("statuses"),
                    InviteType = c.GetArgument<string?>("inviteType"),
                    Page = page,
                }, ct)));
    }

    // Returned unawaited: the loader gathers every member(id) / partner(id) of the wave into one filtered list call.
    private static RelationResult Relation(IResolveFieldContext<BusinessRef> c, bool partner)
    {
        var id = BusinessInputs.Id(c.GetArgument<string>("id"), "id")!;
        return new RelationResult(c.Source.Id, c.Service<BusinessRelationsByIdDataLoader>().Load(new BusinessRelationKey(c.Source.Id, partner, id)));
    }

    private sealed class RelationResult(string businessId, IDataLoaderResult<BusinessRoleBinding?> binding) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default) =>
            await binding.GetResultAsync(cancellationToken) is { } found ? new BusinessRelationNode(businessId, found) : null;
    }

    internal static Page<BusinessRelationNode> Wrap(string businessId, Page<BusinessRoleBinding> page) =>
        new() { Items = [.. page.Items.Select(b => new BusinessRelationNode(businessId, b))], Bookmark = page.Bookmark };

    internal static Page<BusinessAssetNode> WrapAssets(string businessId, Page<BusinessAsset> page) =>
        new() { Items = [.. page.Items.Select(a => new BusinessAssetNode(businessId, a))], Bookmark = page.Bookmark };
}
