using GraphApi.Pinterest.Http;
using GraphApi.Pinterest.Pagination;
using static GraphApi.Pinterest.BusinessAccess.BusinessAccessOperations;

namespace GraphApi.Pinterest.BusinessAccess;

internal sealed class BusinessAccessClient(PinterestRequestSender connection) : IBusinessAccessClient
{
    private static readonly BusinessAccessJsonContext Json = BusinessAccessJsonContext.Default;

    // GET /businesses/employers
    public Task<Page<BusinessRoleBinding>> ListEmployersAsync(PageRequest? page = null, CancellationToken cancellationToken = default) =>
        connection.GetAsync(EmployersGet, EmployersGet.Path(), new QueryString().AddPage(page), Json.PageBusinessRoleBinding, cancellationToken);

    // GET /businesses/{business_id}/members
    public Task<Page<BusinessRoleBinding>> ListMembersAsync(string businessId, ListBusinessMembersRequest? request = null, CancellationToken cancellationToken = default)
    {
        BusinessIds.Check(businessId);
        var query = new QueryString()
            .Add("fetch_system_users", request?.FetchSystemUsers)
            .Add("assets_summary", request?.AssetsSummary)
            .AddExploded("business_roles", request?.BusinessRoles)
            .Add("member_ids", BusinessIds.Filter(request?.MemberIds))
            .AddPage(request?.Page);
        return connection.GetAsync(MembersGet, MembersGet.Path(businessId), query, Json.PageBusinessRoleBinding, cancellationToken);
    }

    // PATCH /businesses/{business_id}/members (a bare array body)
    public Task<BusinessItems<UpdatedMemberRole>> UpdateMemberRolesAsync(string businessId, IReadOnlyList<MemberRole> members, CancellationToken cancellationToken = default)
    {
        BusinessIds.Check(businessId);
        BusinessIds.CheckCount(members, BusinessAccessLimits.WritesPerCall, nameof(members));
        return connection.SendJsonAsync(MembersUpdate, MembersUpdate.Path(businessId), null, members, Json.IReadOnlyListMemberRole, Json.BusinessItemsUpdatedMemberRole, cancellationToken);
    }

    // DELETE /businesses/{business_id}/members (with a body)
    public Task<DeletedMembersResult> DeleteMembersAsync(string businessId, DeleteMembersRequest request, CancellationToken cancellationToken = default)
    {
        BusinessIds.Check(businessId);
        ArgumentNullException.ThrowIfNull(request);
        BusinessIds.CheckCount(request.Members, BusinessAccessLimits.WritesPerCall, nameof(request));
        return connection.SendJsonAsync(MembersDelete, MembersDelete.Path(businessId), null, request, Json.DeleteMembersRequest, Json.DeletedMembersResult, cancellationToken);
    }

    // GET /businesses/{business_id}/partners
    public Task<Page<BusinessRoleBinding>> ListPartnersAsync(string businessId, ListBusinessPartnersRequest? request = null, CancellationToken cancellationToken = default)
    {
        BusinessIds.Check(businessId);
        var query = new QueryString()
            .Add("assets_summary", request?.AssetsSummary)
            .Add("partner_type", request?.PartnerType)
            .Add("partner_ids", BusinessIds.Filter(request?.PartnerIds))
            .AddPage(request?.Page);
        return connection.GetAsync(PartnersGet, PartnersGet.Path(businessId), query, Json.PageBusinessRoleBinding, cancellationToken);
    }

    // DELETE /businesses/{business_id}/partners (with a body)
    public Task<DeletedPartnersResult> DeletePartnersAsync(string businessId, DeletePartnersRequest request, CancellationToken cancellationToken = default)
    {
        BusinessIds.Check(businessId);
        ArgumentNullException.ThrowIfNull(request);
        BusinessIds.CheckCount(request.PartnerIds, BusinessAccessLimits.WritesPerCall, nameof(request));
        return connection.SendJsonAsync(PartnersDelete, PartnersDelete.Path(businessId), null, request, Json.DeletePartnersRequest, Json.DeletedPartnersResult, cancellationToken);
    }

    // GET /businesses/{business_id}/assets
    public Task<Page<BusinessAsset>> ListAssetsAsync(string businessId, ListBusinessAssetsRequest? request = null, CancellationToken cancellationToken = default)
    {
        BusinessIds.Check(businessId);
        var query = new QueryString()
            .AddExploded("permissions", request?.Permissions)
            .Add("child_asset_id", request?.ChildAssetId)
            .Add("asset_group_id", request?.AssetGroupId)
            .Add("asset_type", request?.AssetType)
            .AddPage(request?.Page);
        return connection.GetAsync(AssetsGet, AssetsGet.Path(businessId), query, Json.PageBusinessAsset, cancellationToken);
    }

    // GET /businesses/{business_id}/assets/{asset_id}/members
    public Task<Page<AssetUserPermissions>> ListAssetMembersAsync(string businessId, string assetId, PageRequest? page = null, CancellationToken cancellationToken = default)
    {
        BusinessIds.Check(businessId);
        BusinessIds.Check(assetId, nameof(assetId));
        return connection.GetAsync(AssetMembersGet, AssetMembersGet.Path(businessId, assetId), new QueryString().AddPage(page), Json.PageAssetUserPermissions, cancellationToken);
    }

    // GET /businesses/{business_id}/assets/{asset_id}/partners
    public Task<Page<AssetUserPermissions>> ListAssetPartnersAsync(string businessId, string assetId, PageRequest? page = null, CancellationToken cancellationToken = default)
    {
        BusinessIds.Check(businessId);
        BusinessIds.Check(assetId, nameof(assetId));
        return connection.GetAsync(AssetPartnersGet, AssetPartnersGet.Path(businessId, assetId), new QueryString().AddPage(page), Json.PageAssetUserPermissions, cancellationToken);
    }

    // GET /businesses/{business_id}/members/{member_id}/assets
    public Task<Page<BusinessAsset>> ListMemberAssetsAsync(string businessId, string memberId, string? assetType = null, PageRequest? page = null, CancellationToken cancellationToken = default)
    {
        BusinessIds.Check(businessId);
        BusinessIds.Check(memberId, nameof(memberId));
        var query = new QueryString().Add("asset_type", assetType).AddPage(page);
        return connection.GetAsync(MemberAssetsGet, MemberAssetsGet.Path(businessId, memberId), query, Json.PageBusinessAsset, cancellationToken);
    }

    // GET /businesses/{business_id}/partners/{partner_id}/assets
    public Task<Page<BusinessAsset>> ListPartnerAssetsAsync(string businessId, string partnerId, string? partnerType = null, string? assetType = null, PageRequest? page = null, CancellationToken cancellationToken = default)
    {
        BusinessIds.Check(businessId);
        BusinessIds.Check(partnerId, nameof(partnerId));
        var query = new QueryString().Add("partner_type", partnerType).Add("asset_type", assetType).AddPage(page);
        return connection.GetAsync(PartnerAssetsGet, PartnerAssetsGet.Path(businessId, partnerId), query, Json.PageBusinessAsset, cancellationToken);
    }

    // PATCH /businesses/{business_id}/members/assets/access
    public Task<BusinessItems<MemberAssetAccessUpdateItem>> UpdateMemberAccessAsync(string businessId, MemberAssetAccessRequest request, CancellationToken cancellationToken = default)
    {
        BusinessIds.Check(businessId);
        ArgumentNullException.ThrowIfNull(request);
        BusinessIds.CheckCount(request.Accesses, BusinessAccessLimits.WritesPerCall, nameof(request));
        return connection.SendJsonAsync(MemberAccessUpdate, MemberAccessUpdate.Path(businessId), null, request, Json.MemberAssetAccessRequest, Json.BusinessItemsMemberAssetAccessUpdateItem, cancellationToken);
    }

    // DELETE /businesses/{business_id}/members/assets/access (with a body)
    public Task<BusinessItems<MemberAssetAccessResult>> DeleteMemberAccessAsync(string businessId, MemberAssetAccessRequest request, CancellationToken cancellationToken = default)
    {
        BusinessIds.Check(businessId);
        ArgumentNullException.ThrowIfNull(request);
        BusinessIds.CheckCount(request.Accesses, BusinessAccessLimits.LargeWritesPerCall, nameof(request));
        var body = request with { Accesses = [.. request.Accesses.Select(a => a with { Permissions = null })] };
        return connection.SendJsonAsync(MemberAccessDelete, MemberAccessDelete.Path(businessId), null, body, Json.MemberAssetAccessRequest, Json.BusinessItemsMemberAssetAccessResult, cancellationToken);
    }

    // PATCH /businesses/{business_id}/partners/assets (the update items carry no partner_type)
    public Task<BusinessItems<PartnerAssetAccessResult>> UpdatePartnerAccessAsync(string businessId, PartnerAssetAccessRequest request, CancellationToken cancellationToken = default)
    {
        BusinessIds.Check(businessId);
        ArgumentNullException.ThrowIfNull(request);
        BusinessIds.CheckCount(request.Accesses, BusinessAccessLimits.WritesPerCall, nameof(request));
        var body = request with { Accesses = [.. request.Accesses.Select(a => a with { PartnerType = null })] };
        return connection.SendJsonAsync(PartnerAccessUpdate, PartnerAccessUpdate.Path(businessId), null, body, Json.PartnerAssetAccessRequest, Json.BusinessItemsPartnerAssetAccessResult, cancellationToken);
    }

    // DELETE /businesses/{business_id}/partners/assets (with a body; the items carry no permissions)
    public Task<BusinessItems<PartnerAssetAccessResult>> DeletePartnerAccessAsync(string businessId, PartnerAssetAccessRequest request, CancellationToken cancellationToken = default)
    {
        BusinessIds.Check(businessId);
        ArgumentNullException.ThrowIfNull(request);
        BusinessIds.CheckCount(request.Accesses, BusinessAccessLimits.WritesPerCall, nameof(request));
        var body = request with { Accesses = [.. request.Accesses.Select(a => a with { Permissions = null })] };
        return connection.SendJsonAsync(PartnerAccessDelete, PartnerAccessDelete.Path(businessId), null, body, Json.PartnerAssetAccessRequest, Json.BusinessItemsPartnerAssetAccessResult, cancellationToken);
    }

    // GET /businesses/{business_id}/invites
    public Task<Page<BusinessInvite>> ListInvitesAsync(string businessId, ListBusinessInvitesRequest? request = null, CancellationToken cancellationToken = default)
    {
        BusinessIds.Check(businessId);
        var query = new QueryString()
            .Add("is_member", request?.IsMember)
            .AddExploded("invite_status", request?.InviteStatus)
            .Add("invite_type", request?.InviteType)
            .AddPage(request?.Page);
        return connection.GetAsync(InvitesGet, InvitesGet.Path(businessId), query, Json.PageBusinessInvite, cancellationToken);
    }

    // POST /businesses/{business_id}/invites
    public Task<BusinessItems<BusinessInviteItem>> CreateInvitesAsync(string businessId, CreateBusinessInvitesRequest request, CancellationToken cancellationToken = default)
    {
        BusinessIds.Check(businessId);
        ArgumentNullException.ThrowIfNull(request);
        if (request.Members is not null)
        {
            BusinessIds.CheckCount(request.Members, BusinessAccessLimits.WritesPerCall, nameof(request));
        }

        if (request.Partners is not null)
        {
            BusinessIds.CheckCount(request.Partners, BusinessAccessLimits.WritesPerCall, nameof(request));
        }

        return connection.SendJsonAsync(InvitesCreate, InvitesCreate.Path(businessId), null, request, Json.CreateBusinessInvitesRequest, Json.BusinessItemsBusinessInviteItem, cancellationToken);
    }

    // DELETE /businesses/{business_id}/invites (with a body)
    public Task<BusinessItems<BusinessInviteItem>> CancelInvitesAsync(string businessId, CancelBusinessInvitesRequest request, CancellationToken cancellationToken = default)
    {
        BusinessIds.Check(businessId);
        ArgumentNullException.ThrowIfNull(request);
        BusinessIds.CheckCount(request.InviteIds, BusinessAccessLimits.WritesPerCall, nameof(request));
        return connection.SendJsonAsync(InvitesCancel, InvitesCancel.Path(businessId), null, request, Json.CancelBusinessInvitesRequest, Json.BusinessItemsBusinessInviteItem, cancellationToken);
    }

    // PATCH /businesses/invites
    public Task<BusinessItems<BusinessInviteItem>> RespondToInvitesAsync(RespondToBusinessInvitesRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        BusinessIds.CheckCount(request.Invites, BusinessAccessLimits.LargeWritesPerCall, nameof(request));
        return connection.SendJsonAsync(InvitesRespond, InvitesRespond.Path(), null, request, Json.RespondToBusinessInvitesRequest, Json.BusinessItemsBusinessInviteItem, cancellationToken);
    }

    // POST /businesses/{business_id}/asset_groups
    public Task<AssetGroupResult> CreateAssetGroupAsync(string businessId, CreateAssetGroupRequest request, CancellationToken cancellationToken = default)
    {
        BusinessIds.Check(businessId);
        ArgumentNullException.ThrowIfNull(request);
        return connection.SendJsonAsync(AssetGroupCreate, AssetGroupCreate.Path(businessId), null, request, Json.CreateAssetGroupRequest, Json.AssetGroupResult, cancellationToken);
    }

    // PATCH /businesses/{business_id}/asset_groups
    public Task<UpdatedAssetGroupsResult> UpdateAssetGroupsAsync(string businessId, UpdateAssetGroupsRequest request, CancellationToken cancellationToken = default)
    {
        BusinessIds.Check(businessId);
        ArgumentNullException.ThrowIfNull(request);
        BusinessIds.CheckCount(request.AssetGroupsToUpdate, BusinessAccessLimits.WritesPerCall, nameof(request));
        return connection.SendJsonAsync(AssetGroupUpdate, AssetGroupUpdate.Path(businessId), null, request, Json.UpdateAssetGroupsRequest, Json.UpdatedAssetGroupsResult, cancellationToken);
    }

    // DELETE /businesses/{business_id}/asset_groups (with a body)
    public Task<DeletedAssetGroupsResult> DeleteAssetGroupsAsync(string businessId, DeleteAssetGroupsRequest request, CancellationToken cancellationToken = default)
    {
        BusinessIds.Check(businessId);
        ArgumentNullException.ThrowIfNull(request);
        BusinessIds.CheckCount(request.AssetGroupsToDelete, BusinessAccessLimits.WritesPerCall, nameof(request));
        return connection.SendJsonAsync(AssetGroupDelete, AssetGroupDelete.Path(businessId), null, request, Json.DeleteAssetGroupsRequest, Json.DeletedAssetGroupsResult, cancellationToken);
    }
}
