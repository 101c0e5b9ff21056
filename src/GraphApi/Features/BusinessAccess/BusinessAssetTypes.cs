using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Features.Ads;
using GraphApi.Pinterest.BusinessAccess;
using GraphApi.Pinterest.OAuth;
using GraphApi.Pinterest.Pagination;
using GraphApi.Schema;
using GraphApi.Schema.Relay;
using GraphQL.Types;

namespace GraphApi.Features.BusinessAccess;

/// <summary>
/// An asset of a business, typed: an ad account links to <c>AdAccount</c> (a handle: loaded only if a field beyond its
/// id is asked, with ads:read), an asset group carries its group. Pinterest's asset types have no board.
/// </summary>
public sealed class BusinessAssetType : ObjectGraphType<BusinessAssetNode>
{
    public BusinessAssetType()
    {
        Name = "BusinessAsset";
        Description = "An asset of a business (ad account, profile, asset group or catalog) with the permission levels on it.";
        Field<NonNullGraphType<StringGraphType>>("assetId").Description("The asset's Pinterest id.").Resolve(c => c.Source.Asset.AssetId);
        Field<StringGraphType>("assetType").Description("AD_ACCOUNT, PROFILE, ASSET_GROUP, CATALOG or CONSUMER.").Resolve(c => c.Source.Asset.AssetType);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("permissions").Description("Permission levels on it (OWNER for the business's own).").Resolve(c => c.Source.Asset.Permissions ?? []);
        Field<AdAccountType>("adAccount").Description("The ad account, when the asset is one (no call unless its fields are asked).")
            .Resolve(c => c.Source.Asset.AssetType == "AD_ACCOUNT" && PinterestIds.IsValid(c.Source.Asset.AssetId) ? AdAccountType.Handle(c, c.Source.Asset.AssetId) : null);
        Field<AssetGroupType>("assetGroup").Description("The group, when the asset is one.").Resolve(c => c.Source.Asset.AssetGroupInfo);

        Field<AssetHolderConnectionType>("members").Description("Members with access to this asset, and their permissions.").Paged()
            .RequiresScopes(PinterestScopes.BizAccessRead)
            .UpstreamCost(ConnectionPaging.PageCost)
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .ResolveAsync(async c => await ConnectionPaging.PageAsync(c, (page, ct) =>
                c.Pinterest().BusinessAccess.ListAssetMembersAsync(c.Source.BusinessId, c.Source.Asset.AssetId, page, ct)));
        Field<AssetHolderConnectionType>("partners").Description("Partners with access to this asset, and their permissions.").Paged()
            .RequiresScopes(PinterestScopes.BizAccessRead)
            .UpstreamCost(ConnectionPaging.PageCost)
            .UpstreamCategory(UpstreamCategories.AdsRead)
            .ResolveAsync(async c => await ConnectionPaging.PageAsync(c, (page, ct) =>
                c.Pinterest().BusinessAccess.ListAssetPartnersAsync(c.Source.BusinessId, c.Source.Asset.AssetId, page, ct)));
    }
}

/// <summary>An asset group (<c>AssetGroupBinding</c>).</summary>
public sealed class AssetGroupType : ObjectGraphType<AssetGroup>
{
    public AssetGroupType()
    {
        Name = "AssetGroup";
        Description = "A group of a business's assets.";
        Field<StringGraphType>("pinterestId").Description("The group's id.").Resolve(c => c.Source.Id);
        Field<StringGraphType>("name").Description("Name.").Resolve(c => c.Source.AssetGroupName);
        Field<StringGraphType>("description").Description("Description.").Resolve(c => c.Source.AssetGroupDescription);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("types").Description("BRAND, LOCATION_OR_LANGUAGE, PRODUCT_LINE, OTHER.").Resolve(c => c.Source.AssetGroupTypes ?? []);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("adAccountIds").Description("Ad accounts in it.").Resolve(c => c.Source.AdAccountsIds ?? []);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("catalogIds").Description("Catalogs in it.").Resolve(c => c.Source.CatalogsIds ?? []);
        Field<BusinessUserSummaryType>("createdBy").Description("Who made it.").Resolve(c => c.Source.CreatedBy);
    }
}

/// <summary>A member or partner with permissions on one asset (<c>UserSingleAssetBinding</c>).</summary>
public sealed class AssetHolderType : ObjectGraphType<AssetUserPermissions>
{
    public AssetHolderType()
    {
        Name = "BusinessAssetHolder";
        Description = "A member or partner with access to an asset.";
        Field<BusinessUserSummaryType>("user").Description("The member or partner.").Resolve(c => c.Source.User);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("permissions").Description("Permission levels.").Resolve(c => c.Source.Permissions ?? []);
    }
}

/// <summary>An invite or request (<c>InviteResponse</c>).</summary>
public sealed class BusinessInviteType : ObjectGraphType<BusinessInvite>
{
    public BusinessInviteType()
    {
        Name = "BusinessInvite";
        Description = "An invite to a business (member or partner) or a request for a partner's assets.";
        Field<StringGraphType>("pinterestId").Description("The invite's id.").Resolve(c => c.Source.Id);
        Field<StringGraphType>("status").Description("PENDING, ACCEPTED, DECLINED, CANCELLED or EXPIRED.").Resolve(c => c.Source.InviteData?.InviteStatus);
        Field<StringGraphType>("inviteType").Description("MEMBER_INVITE, PARTNER_INVITE or PARTNER_REQUEST.").Resolve(c => c.Source.InviteData?.InviteType);
        Field<BooleanGraphType>("received").Description("True when the business received it rather than sent it.").Resolve(c => c.Source.IsReceivedInvite);
        Field<BusinessUserSummaryType>("recipient").Description("Who it was sent to.").Resolve(c => c.Source.User);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("roles").Description("Roles granted when accepted.").Resolve(c => c.Source.BusinessRoles ?? []);
        Field<BusinessUserSummaryType>("sentBy").Description("Who sent it.").Resolve(c => c.Source.CreatedByUser);
        Field<DateTimeGraphType>("expiresAt").Description("When it expires (UTC).").Resolve(c => Millis(c.Source.InviteData?.InviteExpiration));
        Field<DateTimeGraphType>("sentAt").Description("When it was sent (UTC).").Resolve(c => Millis(c.Source.InviteData?.SentAt ?? c.Source.CreatedTime));
    }

    private static DateTime? Millis(long? value) => value is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime : null;
}

public sealed class BusinessMemberConnectionType() : ConnectionType<BusinessMemberType, BusinessMemberEdgeType, BusinessRelationNode>("BusinessMember");

public sealed class BusinessMemberEdgeType() : EdgeType<BusinessMemberType, BusinessRelationNode>("BusinessMember");

public sealed class BusinessPartnerConnectionType() : ConnectionType<BusinessPartnerType, BusinessPartnerEdgeType, BusinessRelationNode>("BusinessPartner");

public sealed class BusinessPartnerEdgeType() : EdgeType<BusinessPartnerType, BusinessRelationNode>("BusinessPartner");

public sealed class BusinessAssetConnectionType() : ConnectionType<BusinessAssetType, BusinessAssetEdgeType, BusinessAssetNode>("BusinessAsset");

public sealed class BusinessAssetEdgeType() : EdgeType<BusinessAssetType, BusinessAssetNode>("BusinessAsset");

public sealed class AssetHolderConnectionType() : ConnectionType<AssetHolderType, AssetHolderEdgeType, AssetUserPermissions>("BusinessAssetHolder");

public sealed class AssetHolderEdgeType() : EdgeType<AssetHolderType, AssetUserPermissions>("BusinessAssetHolder");

public sealed class BusinessInviteConnectionType() : ConnectionType<BusinessInviteType, BusinessInviteEdgeType, BusinessInvite>("BusinessInvite");

public sealed class BusinessInviteEdgeType() : EdgeType<BusinessInviteType, BusinessInvite>("BusinessInvite");

public sealed class BusinessConnectionType() : ConnectionType<BusinessType, BusinessEdgeType, BusinessRef>("Business");

public sealed class BusinessEdgeType() : EdgeType<BusinessType, BusinessRef>("Business");

/// <summary>A business account linked to the user (<c>LinkedBusiness</c>: a username and images, no id).</summary>
public sealed class LinkedBusinessType : ObjectGraphType<Pinterest.UserAccount.LinkedBusiness>
{
    public LinkedBusinessType()
    {
        Name = "LinkedBusiness";
        Description = "A business account linked to the user (Pinterest gives its username and images only).";
        Field(b => b.Username, nullable: true).Description("Username.");
        Field<StringGraphType>("imageUrl").Description("The medium image.").Resolve(c => c.Source.ImageMediumUrl);
    }
}

internal static class BusinessPages
{
    public static Page<BusinessRef> Businesses(Page<BusinessRoleBinding> page) =>
        new() { Items = [.. page.Items.Select(BusinessRef.From).OfType<BusinessRef>()], Bookmark = page.Bookmark };
}
