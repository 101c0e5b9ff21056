using GraphApi.Pinterest.Pagination;

namespace GraphApi.Pinterest.BusinessAccess;

/// <summary>
/// Business access (tags <c>business_access_*</c>): a business's members, partners, assets, invites and asset groups.
/// Reads need <c>biz_access:read</c>, writes <c>biz_access:write</c> (some both). Six deletes carry a JSON body.
/// </summary>
public interface IBusinessAccessClient
{
    /// <summary>The businesses the caller belongs to (<c>get/business_employers</c>).</summary>
    Task<Page<BusinessRoleBinding>> ListEmployersAsync(PageRequest? page = null, CancellationToken cancellationToken = default);

    /// <summary>A business's members (<c>get/business_members</c>).</summary>
    Task<Page<BusinessRoleBinding>> ListMembersAsync(string businessId, ListBusinessMembersRequest? request = null, CancellationToken cancellationToken = default);

    /// <summary>Changes members' roles (<c>update/business_memberships</c>).</summary>
    Task<BusinessItems<UpdatedMemberRole>> UpdateMemberRolesAsync(string businessId, IReadOnlyList<MemberRole> members, CancellationToken cancellationToken = default);

    /// <summary>Removes members (<c>delete_business_membership</c>, DELETE with a body).</summary>
    Task<DeletedMembersResult> DeleteMembersAsync(string businessId, DeleteMembersRequest request, CancellationToken cancellationToken = default);

    /// <summary>A business's partners (<c>get/business_partners</c>).</summary>
    Task<Page<BusinessRoleBinding>> ListPartnersAsync(string businessId, ListBusinessPartnersRequest? request = null, CancellationToken cancellationToken = default);

    /// <summary>Ends partnerships (<c>delete_business_partners</c>, DELETE with a body).</summary>
    Task<DeletedPartnersResult> DeletePartnersAsync(string businessId, DeletePartnersRequest request, CancellationToken cancellationToken = default);

    /// <summary>A business's assets (<c>business_assets/get</c>).</summary>
    Task<Page<BusinessAsset>> ListAssetsAsync(string businessId, ListBusinessAssetsRequest? request = null, CancellationToken cancellationToken = default);

    /// <summary>Members with access to one asset (<c>business_asset_members/get</c>).</summary>
    Task<Page<AssetUserPermissions>> ListAssetMembersAsync(string businessId, string assetId, PageRequest? page = null, CancellationToken cancellationToken = default);

    /// <summary>Partners with access to one asset (<c>business_asset_partners/get</c>).</summary>
    Task<Page<AssetUserPermissions>> ListAssetPartnersAsync(string businessId, string assetId, PageRequest? page = null, CancellationToken cancellationToken = default);

    /// <summary>One member's assets (<c>business_member_assets/get</c>).</summary>
    Task<Page<BusinessAsset>> ListMemberAssetsAsync(string businessId, string memberId, string? assetType = null, PageRequest? page = null, CancellationToken cancellationToken = default);

    /// <summary>One partner's assets (<c>business_partner_asset_access/get</c>).</summary>
    Task<Page<BusinessAsset>> ListPartnerAssetsAsync(string businessId, string partnerId, string? partnerType = null, string? assetType = null, PageRequest? page = null, CancellationToken cancellationToken = default);

    /// <summary>Sets members' permissions on assets (<c>business_members_asset_access/update</c>).</summary>
    Task<BusinessItems<MemberAssetAccessUpdateItem>> UpdateMemberAccessAsync(string businessId, MemberAssetAccessRequest request, CancellationToken cancellationToken = default);

    /// <summary>Removes members' access to assets (<c>business_members_asset_access/delete</c>, DELETE with a body).</summary>
    Task<BusinessItems<MemberAssetAccessResult>> DeleteMemberAccessAsync(string businessId, MemberAssetAccessRequest request, CancellationToken cancellationToken = default);

    /// <summary>Sets partners' permissions on the business's assets (<c>update_partner_asset_access_handler_impl</c>).</summary>
    Task<BusinessItems<PartnerAssetAccessResult>> UpdatePartnerAccessAsync(string businessId, PartnerAssetAccessRequest request, CancellationToken cancellationToken = default);

    /// <summary>Ends partners' access to assets, either way (<c>delete_partner_asset_access_handler_impl</c>, DELETE with a body).</summary>
    Task<BusinessItems<PartnerAssetAccessResult>> DeletePartnerAccessAsync(string businessId, PartnerAssetAccessRequest request, CancellationToken cancellationToken = default);

    /// <summary>A business's invites and requests (<c>get/invites</c>).</summary>
    Task<Page<BusinessInvite>> ListInvitesAsync(string businessId, ListBusinessInvitesRequest? request = null, CancellationToken cancellationToken = default);

    /// <summary>Invites members or partners, or requests a partner's assets (<c>create_membership_or_partnership_invites</c>).</summary>
    Task<BusinessItems<BusinessInviteItem>> CreateInvitesAsync(string businessId, CreateBusinessInvitesRequest request, CancellationToken cancellationToken = default);

    /// <summary>Cancels invites or requests (<c>cancel_invites_or_requests</c>, DELETE with a body).</summary>
    Task<BusinessItems<BusinessInviteItem>> CancelInvitesAsync(string businessId, CancelBusinessInvitesRequest request, CancellationToken cancellationToken = default);

    /// <summary>Accepts or declines invites sent to the caller (<c>respond_business_access_invites</c>).</summary>
    Task<BusinessItems<BusinessInviteItem>> RespondToInvitesAsync(RespondToBusinessInvitesRequest request, CancellationToken cancellationToken = default);

    /// <summary>Creates an asset group (<c>asset_group/create</c>).</summary>
    Task<AssetGroupResult> CreateAssetGroupAsync(string businessId, CreateAssetGroupRequest request, CancellationToken cancellationToken = default);

    /// <summary>Changes asset groups (<c>asset_group/update</c>).</summary>
    Task<UpdatedAssetGroupsResult> UpdateAssetGroupsAsync(string businessId, UpdateAssetGroupsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Deletes asset groups (<c>asset_group/delete</c>, DELETE with a body).</summary>
    Task<DeletedAssetGroupsResult> DeleteAssetGroupsAsync(string businessId, DeleteAssetGroupsRequest request, CancellationToken cancellationToken = default);
}
