using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Pinterest.BusinessAccess;
using GraphApi.Pinterest.OAuth;
using GraphApi.Schema;
using GraphApi.Schema.Relay;
using GraphQL;
using GraphQL.Types;

namespace GraphApi.Features.BusinessAccess;

/// <summary>A user with business access, or a creator (<c>BusinessAccessUserSummary</c>).</summary>
public sealed class BusinessUserSummaryType : ObjectGraphType<BusinessAccessUserSummary>
{
    public BusinessUserSummaryType()
    {
        Name = "BusinessUserSummary";
        Description = "A user (or business account) as Business Access names it.";
        Field<StringGraphType>("pinterestId").Description("User (or business) id.").Resolve(c => c.Source.Id);
        Field(u => u.Username, nullable: true).Description("Username.");
        Field(u => u.Email, nullable: true).Description("Email, shown to the business's admins.");
    }
}

/// <summary>An asset id with permissions, from a member's assets summary.</summary>
public sealed class BusinessAssetPermissionsType : ObjectGraphType<AssetPermissions>
{
    public BusinessAssetPermissionsType()
    {
        Name = "BusinessAssetPermissions";
        Description = "An asset and the permission levels on it.";
        Field<StringGraphType>("assetId").Description("The asset's Pinterest id.").Resolve(c => c.Source.Id);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("permissions").Description("ADMIN, ANALYST, ...").Resolve(c => c.Source.Permissions ?? []);
    }
}

/// <summary>A member (a user) of a business.</summary>
public sealed class BusinessMemberType : ObjectGraphType<BusinessRelationNode>
{
    public BusinessMemberType()
    {
        Name = "BusinessMember";
        Description = "A member of a business: a user with a role (EMPLOYEE or BIZ_ADMIN).";
        BusinessRelationFields.AddTo(this);
        Field<BusinessAssetConnectionType>("assets").Description("The assets this member may use, with their permissions.").Paged()
            .Argument<BusinessAssetTypeEnumType>("assetType", a => { a.Description = "Which kind (Pinterest's default AD_ACCOUNT)."; a.DefaultValue = "AD_ACCOUNT"; })
            .RequiresScopes(PinterestScopes.BizAccessRead)
            .UpstreamCost(ConnectionPaging.PageCost)
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .ResolveAsync(async c => await ConnectionPaging.PageAsync(c, async (page, ct) => BusinessType.WrapAssets(c.Source.BusinessId,
                await c.Pinterest().BusinessAccess.ListMemberAssetsAsync(c.Source.BusinessId, BusinessRelationFields.IdOf(c.Source), c.GetArgument("assetType", "AD_ACCOUNT"), page, ct))));
    }
}

/// <summary>A partner (another business) of a business.</summary>
public sealed class BusinessPartnerType : ObjectGraphType<BusinessRelationNode>
{
    public BusinessPartnerType()
    {
        Name = "BusinessPartner";
        Description = "A partner of a business: another business with access to its assets (or whose assets it uses).";
        BusinessRelationFields.AddTo(this);
        Field<BusinessAssetConnectionType>("assets").Description("The assets shared through this partnership.").Paged()
            .Argument<BusinessPartnerTypeEnumType>("partnerType", a => a.Description = "INTERNAL (default): the partner's access to yours; EXTERNAL: yours to theirs.")
            .Argument<BusinessAssetTypeEnumType>("assetType", a => { a.Description = "Which kind (Pinterest's default AD_ACCOUNT)."; a.DefaultValue = "AD_ACCOUNT"; })
            .RequiresScopes(PinterestScopes.BizAccessRead)
            .UpstreamCost(ConnectionPaging.PageCost)
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .ResolveAsync(async c => await ConnectionPaging.PageAsync(c, async (page, ct) => BusinessType.WrapAssets(c.Source.BusinessId,
                await c.Pinterest().BusinessAccess.ListPartnerAssetsAsync(c.Source.BusinessId, BusinessRelationFields.IdOf(c.Source),
                    c.GetArgument<string?>("partnerType"), c.GetArgument("assetType", "AD_ACCOUNT"), page, ct))));
    }
}

/// <summary>What members and partners share.</summary>
internal static class BusinessRelationFields
{
    public static string IdOf(BusinessRelationNode node) =>
        node.Binding.User?.Id is { } id && PinterestIds.IsValid(id) ? id : throw new ExecutionError("Pinterest named no id for this member or partner.");

    public static void AddTo(ObjectGraphType<BusinessRelationNode> type)
    {
        type.Field<BusinessUserSummaryType>("user").Description("The user (member) or business account (partner).").Resolve(c => c.Source.Binding.User);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles").Description("EMPLOYEE, BIZ_ADMIN or PARTNER.").Resolve(c => c.Source.Binding.BusinessRoles);
        type.Field<BusinessUserSummaryType>("createdBy").Description("Who made the relationship.").Resolve(c => c.Source.Binding.CreatedByUser);
        type.Field<DateTimeGraphType>("createdAt").Description("When (UTC).").Resolve(c => c.Source.Binding.CreatedTime is { } t ? DateTimeOffset.FromUnixTimeSeconds(t).UtcDateTime : null);
        type.Field<BooleanGraphType>("isSharedPartner").Description("Partners: shared through a partner of a partner.").Resolve(c => c.Source.Binding.IsSharedPartner);
        type.Field<ListGraphType<NonNullGraphType<BusinessAssetPermissionsType>>>("adAccountAccess").Description("The ad accounts it may use (from the list's assets summary; no extra call).")
            .Resolve(c => c.Source.Binding.AssetsSummary?.AdAccounts);
        type.Field<ListGraphType<NonNullGraphType<BusinessAssetPermissionsType>>>("profileAccess").Description("The profiles it may use (from the list's assets summary; no extra call).")
            .Resolve(c => c.Source.Binding.AssetsSummary?.Profiles);
    }
}
