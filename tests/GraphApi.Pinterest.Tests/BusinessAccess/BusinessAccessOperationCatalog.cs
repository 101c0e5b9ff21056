using GraphApi.Pinterest.BusinessAccess;
using GraphApi.Pinterest.Pagination;

namespace GraphApi.Pinterest.Tests.BusinessAccess;

/// <summary>One call per business-access client method with every optional parameter set, for the spec check.</summary>
internal static class BusinessAccessOperationCatalog
{
    private const string Business = "99100000000000001";
    private const string Member = "383791336903426391";
    private const string Asset = "549755885175";
    private static readonly PageRequest Page = new(250, "bookmark-1");

    public static readonly IReadOnlyDictionary<string, (string OperationId, Func<IPinterestClient, Task> Call)> Calls =
        new Dictionary<string, (string, Func<IPinterestClient, Task>)>
        {
            ["employers"] = ("get/business_employers", c => c.BusinessAccess.ListEmployersAsync(Page)),
            ["members.list"] = ("get/business_members", c => c.BusinessAccess.ListMembersAsync(Business, new ListBusinessMembersRequest
            {
                BusinessRoles = ["EMPLOYEE", "BIZ_ADMIN"],
                MemberIds = [Member, "2"],
                AssetsSummary = true,
                FetchSystemUsers = true,
                Page = Page,
            })),
            ["members.update"] = ("update/business_memberships", c => c.BusinessAccess.UpdateMemberRolesAsync(Business, [new MemberRole { MemberId = Member, BusinessRole = "EMPLOYEE" }])),
            ["members.delete"] = ("delete_business_membership", c => c.BusinessAccess.DeleteMembersAsync(Business, new DeleteMembersRequest { Members = [new MemberRole { MemberId = Member, BusinessRole = "BIZ_ADMIN" }] })),
            ["partners.list"] = ("get/business_partners", c => c.BusinessAccess.ListPartnersAsync(Business, new ListBusinessPartnersRequest
            {
                PartnerType = "EXTERNAL",
                PartnerIds = [Member],
                AssetsSummary = true,
                Page = Page,
            })),
            ["partners.delete"] = ("delete_business_partners", c => c.BusinessAccess.DeletePartnersAsync(Business, new DeletePartnersRequest { PartnerIds = [Member], PartnerType = "INTERNAL" })),
            ["assets.list"] = ("business_assets/get", c => c.BusinessAccess.ListAssetsAsync(Business, new ListBusinessAssetsRequest
            {
                AssetType = "ASSET_GROUP",
                Permissions = ["ADMIN", "OWNER"],
                ChildAssetId = Asset,
                AssetGroupId = "7078106104032",
                Page = Page,
            })),
            ["assets.members"] = ("business_asset_members/get", c => c.BusinessAccess.ListAssetMembersAsync(Business, Asset, Page)),
            ["assets.partners"] = ("business_asset_partners/get", c => c.BusinessAccess.ListAssetPartnersAsync(Business, Asset, Page)),
            ["members.assets"] = ("business_member_assets/get", c => c.BusinessAccess.ListMemberAssetsAsync(Business, Member, "PROFILE", Page)),
            ["partners.assets"] = ("business_partner_asset_access/get", c => c.BusinessAccess.ListPartnerAssetsAsync(Business, Member, "EXTERNAL", "AD_ACCOUNT", Page)),
            ["access.update"] = ("business_members_asset_access/update", c => c.BusinessAccess.UpdateMemberAccessAsync(Business, new MemberAssetAccessRequest
            {
                Accesses = [new MemberAssetAccess { AssetId = Asset, MemberId = Member, Permissions = ["ANALYST", "CAMPAIGN_MANAGER"] }],
            })),
            ["access.delete"] = ("business_members_asset_access/delete", c => c.BusinessAccess.DeleteMemberAccessAsync(Business, new MemberAssetAccessRequest
            {
                Accesses = [new MemberAssetAccess { AssetId = Asset, MemberId = Member, Permissions = ["ANALYST"] }],
            })),
            ["partners.access.update"] = ("update_partner_asset_access_handler_impl", c => c.BusinessAccess.UpdatePartnerAccessAsync(Business, new PartnerAssetAccessRequest
            {
                Accesses = [new PartnerAssetAccess { AssetId = Asset, PartnerId = Member, Permissions = ["ANALYST", "CAMPAIGN_MANAGER"], PartnerType = "INTERNAL" }],
            })),
            ["partners.access.delete"] = ("delete_partner_asset_access_handler_impl", c => c.BusinessAccess.DeletePartnerAccessAsync(Business, new PartnerAssetAccessRequest
            {
                Accesses = [new PartnerAssetAccess { AssetId = Asset, PartnerId = Member, Permissions = ["ANALYST"], PartnerType = "EXTERNAL" }],
            })),
            ["invites.list"] = ("get/invites", c => c.BusinessAccess.ListInvitesAsync(Business, new ListBusinessInvitesRequest
            {
                IsMember = false,
                InviteStatus = ["PENDING", "EXPIRED"],
                InviteType = "PARTNER_INVITE",
                Page = Page,
            })),
            ["invites.create.members"] = ("create_membership_or_partnership_invites", c => c.BusinessAccess.CreateInvitesAsync(Business, new CreateBusinessInvitesRequest
            {
                BusinessRole = "EMPLOYEE",
                InviteType = "MEMBER_INVITE",
                Members = ["demo.pinner", "someone@example.com"],
            })),
            ["invites.create.partners"] = ("create_membership_or_partnership_invites", c => c.BusinessAccess.CreateInvitesAsync(Business, new CreateBusinessInvitesRequest
            {
                BusinessRole = "PARTNER",
                InviteType = "PARTNER_REQUEST",
                Partners = ["99100000000000002"],
            })),
            ["invites.cancel"] = ("cancel_invites_or_requests", c => c.BusinessAccess.CancelInvitesAsync(Business, new CancelBusinessInvitesRequest { InviteIds = ["99200000000000001"] })),
            ["invites.respond"] = ("respond_business_access_invites", c => c.BusinessAccess.RespondToInvitesAsync(new RespondToBusinessInvitesRequest
            {
                Invites =
                [
                    new BusinessInviteAnswer { InviteId = "99200000000000001", Action = new BusinessInviteAction { AcceptInvite = true, AssetIdToPermissions = new Dictionary<string, IReadOnlyList<string>> { [Asset] = ["ANALYST"] } } },
                    new BusinessInviteAnswer { InviteId = "99200000000000002", Action = new BusinessInviteAction { AcceptInvite = false } },
                ],
            })),
            ["asset_groups.create"] = ("asset_group/create", c => c.BusinessAccess.CreateAssetGroupAsync(Business, new CreateAssetGroupRequest
            {
                AssetGroupName = "Canada",
                AssetGroupDescription = "Ad accounts used in Canada",
                AssetGroupTypes = ["LOCATION_OR_LANGUAGE", "BRAND"],
            })),
            ["asset_groups.update"] = ("asset_group/update", c => c.BusinessAccess.UpdateAssetGroupsAsync(Business, new UpdateAssetGroupsRequest
            {
                AssetGroupsToUpdate = [new AssetGroupChange { AssetGroupId = "99200000000000101", Name = "n", Description = "d", AssetGroupTypes = ["OTHER"], AssetsToAdd = [Asset], AssetsToRemove = ["1"] }],
            })),
            ["asset_groups.delete"] = ("asset_group/delete", c => c.BusinessAccess.DeleteAssetGroupsAsync(Business, new DeleteAssetGroupsRequest { AssetGroupsToDelete = ["99200000000000101"] })),
        };

    public static TheoryData<string> Names => new(Calls.Keys);
}
