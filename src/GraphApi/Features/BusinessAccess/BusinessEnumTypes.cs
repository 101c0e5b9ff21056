using GraphQL.Types;

namespace GraphApi.Features.BusinessAccess;

/// <summary>A member's role (<c>MemberBusinessRole</c>).</summary>
public sealed class BusinessMemberRoleEnumType : EnumerationGraphType
{
    public BusinessMemberRoleEnumType()
    {
        Name = "BusinessMemberRole";
        Description = "A member's role in a business.";
        Add("EMPLOYEE", "EMPLOYEE", "Sees and uses only the assets assigned to them.");
        Add("BIZ_ADMIN", "BIZ_ADMIN", "Manages roles, members, partners and asset access.");
    }
}

/// <summary>The asset types of <c>business_assets/get</c>'s <c>asset_type</c>.</summary>
public sealed class BusinessAssetTypeEnumType : EnumerationGraphType
{
    public BusinessAssetTypeEnumType()
    {
        Name = "BusinessAssetType";
        Description = "What kind of asset a business asset is.";
        Add("AD_ACCOUNT", "AD_ACCOUNT", "An ad account.");
        Add("PROFILE", "PROFILE", "A Pinterest profile (a user).");
        Add("ASSET_GROUP", "ASSET_GROUP", "A group of assets.");
        Add("CATALOG", "CATALOG", "A catalog.");
        Add("CONSUMER", "CONSUMER", "A consumer asset.");
    }
}

/// <summary><c>PartnerType</c>.</summary>
public sealed class BusinessPartnerTypeEnumType : EnumerationGraphType
{
    public BusinessPartnerTypeEnumType()
    {
        Name = "BusinessPartnerType";
        Description = "Which side of a partnership.";
        Add("INTERNAL", "INTERNAL", "Partners with access to this business's assets.");
        Add("EXTERNAL", "EXTERNAL", "Businesses whose assets this business may use.");
    }
}

/// <summary><c>PermissionsWithOwner</c> (the assets filter).</summary>
public sealed class BusinessAssetPermissionFilterEnumType : EnumerationGraphType
{
    public BusinessAssetPermissionFilterEnumType()
    {
        Name = "BusinessAssetPermissionFilter";
        Description = "A permission level to filter a business's assets by.";
        foreach (var p in BusinessAssetPermissionEnumType.PermissionValues.Where(p => p != "CONSUMER_USER").Append("OWNER"))
        {
            Add(p, p, p.Replace('_', ' ').ToLowerInvariant() + ".");
        }
    }
}

/// <summary><c>Permissions</c>: what a member may do with an asset.</summary>
public sealed class BusinessAssetPermissionEnumType : EnumerationGraphType
{
    public static readonly string[] PermissionValues =
    [
        "ADMIN", "ANALYST", "FINANCE_MANAGER", "FINANCE_EDIT", "FINANCE_VIEW", "AUDIENCE_MANAGER", "CAMPAIGN_MANAGER",
        "CATALOGS_MANAGER", "CATALOGS_VIEWER", "PROFILE_PUBLISHER", "CONSUMER_USER",
    ];

    public BusinessAssetPermissionEnumType()
    {
        Name = "BusinessAssetPermission";
        Description = "A permission level on a business asset.";
        foreach (var p in PermissionValues)
        {
            Add(p, p, p.Replace('_', ' ').ToLowerInvariant() + ".");
        }
    }
}

/// <summary><c>InviteType</c>.</summary>
public sealed class BusinessInviteTypeEnumType : EnumerationGraphType
{
    public BusinessInviteTypeEnumType()
    {
        Name = "BusinessInviteType";
        Description = "What an invite asks for.";
        Add("MEMBER_INVITE", "MEMBER_INVITE", "Invites a user to be a member.");
        Add("PARTNER_INVITE", "PARTNER_INVITE", "Invites a business to use this business's assets.");
        Add("PARTNER_REQUEST", "PARTNER_REQUEST", "Asks to use a partner business's assets.");
    }
}

/// <summary>The statuses <c>get/invites</c> filters by.</summary>
public sealed class BusinessInviteStatusFilterEnumType : EnumerationGraphType
{
    public BusinessInviteStatusFilterEnumType()
    {
        Name = "BusinessInviteStatusFilter";
        Description = "Which invites to list.";
        Add("PENDING", "PENDING", "Not answered yet.");
        Add("EXPIRED", "EXPIRED", "Expired unanswered.");
    }
}

/// <summary><c>AssetGroupType</c>.</summary>
public sealed class AssetGroupTypeEnumType : EnumerationGraphType
{
    public AssetGroupTypeEnumType()
    {
        Name = "AssetGroupType";
        Description = "A label for an asset group (reference only: it changes nothing).";
        Add("BRAND", "BRAND", "A brand.");
        Add("LOCATION_OR_LANGUAGE", "LOCATION_OR_LANGUAGE", "A location or language.");
        Add("PRODUCT_LINE", "PRODUCT_LINE", "A product line.");
        Add("OTHER", "OTHER", "Anything else.");
    }
}
