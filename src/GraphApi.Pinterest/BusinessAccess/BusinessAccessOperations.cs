using GraphApi.Pinterest.Http;

namespace GraphApi.Pinterest.BusinessAccess;

/// <summary>
/// The business-access operations this client calls, copied from <c>pinterest-openapi.json</c> (5.23.0). Kept apart
/// from <see cref="PinterestOperations"/> so this folder adds lines here only.
/// </summary>
internal static class BusinessAccessOperations
{
    private const string Read = PinterestRateLimitCategories.AdsRead;
    private const string Write = PinterestRateLimitCategories.AdsWrite;

    public static readonly PinterestOperation EmployersGet = new("get/business_employers", HttpMethod.Get, "/businesses/employers", Read);
    public static readonly PinterestOperation MembersGet = new("get/business_members", HttpMethod.Get, "/businesses/{business_id}/members", Read);
    public static readonly PinterestOperation MembersUpdate = new("update/business_memberships", HttpMethod.Patch, "/businesses/{business_id}/members", Write);
    public static readonly PinterestOperation MembersDelete = new("delete_business_membership", HttpMethod.Delete, "/businesses/{business_id}/members", Write);
    public static readonly PinterestOperation PartnersGet = new("get/business_partners", HttpMethod.Get, "/businesses/{business_id}/partners", Read);
    public static readonly PinterestOperation PartnersDelete = new("delete_business_partners", HttpMethod.Delete, "/businesses/{business_id}/partners", Write);
    public static readonly PinterestOperation AssetsGet = new("business_assets/get", HttpMethod.Get, "/businesses/{business_id}/assets", Read);
    public static readonly PinterestOperation AssetMembersGet = new("business_asset_members/get", HttpMethod.Get, "/businesses/{business_id}/assets/{asset_id}/members", Read);
    public static readonly PinterestOperation AssetPartnersGet = new("business_asset_partners/get", HttpMethod.Get, "/businesses/{business_id}/assets/{asset_id}/partners", Read);
    public static readonly PinterestOperation MemberAssetsGet = new("business_member_assets/get", HttpMethod.Get, "/businesses/{business_id}/members/{member_id}/assets", Read);
    public static readonly PinterestOperation PartnerAssetsGet = new("business_partner_asset_access/get", HttpMethod.Get, "/businesses/{business_id}/partners/{partner_id}/assets", Read);
    public static readonly PinterestOperation MemberAccessUpdate = new("business_members_asset_access/update", HttpMethod.Patch, "/businesses/{business_id}/members/assets/access", Write);
    public static readonly PinterestOperation MemberAccessDelete = new("business_members_asset_access/delete", HttpMethod.Delete, "/businesses/{business_id}/members/assets/access", Write);
    public static readonly PinterestOperation PartnerAccessUpdate = new("update_partner_asset_access_handler_impl", HttpMethod.Patch, "/businesses/{business_id}/partners/assets", Write);
    public static readonly PinterestOperation PartnerAccessDelete = new("delete_partner_asset_access_handler_impl", HttpMethod.Delete, "/businesses/{business_id}/partners/assets", Write);
    public static readonly PinterestOperation InvitesGet = new("get/invites", HttpMethod.Get, "/businesses/{business_id}/invites", Read);
    public static readonly PinterestOperation InvitesCreate = new("create_membership_or_partnership_invites", HttpMethod.Post, "/businesses/{business_id}/invites", Write);
    public static readonly PinterestOperation InvitesCancel = new("cancel_invites_or_requests", HttpMethod.Delete, "/businesses/{business_id}/invites", Write);
    public static readonly PinterestOperation InvitesRespond = new("respond_business_access_invites", HttpMethod.Patch, "/businesses/invites", Write);
    public static readonly PinterestOperation AssetGroupCreate = new("asset_group/create", HttpMethod.Post, "/businesses/{business_id}/asset_groups", Write);
    public static readonly PinterestOperation AssetGroupUpdate = new("asset_group/update", HttpMethod.Patch, "/businesses/{business_id}/asset_groups", Write);
    public static readonly PinterestOperation AssetGroupDelete = new("asset_group/delete", HttpMethod.Delete, "/businesses/{business_id}/asset_groups", Write);
}
