using GraphApi.Pinterest.Sandbox.Data;

namespace GraphApi.Pinterest.Sandbox.Seed;

/// <summary>
/// The seeded Business Access world. "Demo Studio Business" (<see cref="StudioBusinessId"/>) has demo.business as
/// BIZ_ADMIN and demo.pinner as EMPLOYEE; its assets are demo.business's ad account, demo.business's profile and an
/// asset group holding the ad account; demo.pinner is an ANALYST on the ad account. "Demo Agency"
/// (<see cref="AgencyBusinessId"/>, admin demo.curator) is its partner, CAMPAIGN_MANAGER on the ad account. One member
/// invite to demo.curator is pending, so accepting (by demo.curator) and answering as someone else can both be tried.
/// Pinterest's asset types have no board, so boards are not business assets here either.
/// </summary>
internal static class SeedBusiness
{
    public const string StudioBusinessId = "99100000000000001";
    public const string AgencyBusinessId = "99100000000000002";
    public const string PendingInviteId = "99200000000000001";
    public const string AssetGroupId = "99200000000000101";

    public static void Add(SandboxDbContext db)
    {
        var epoch = SeedCatalog.Epoch;
        var business = SeedCatalog.UserId(SandboxDemoUsers.Business);
        var pinner = SeedCatalog.UserId(SandboxDemoUsers.Pinner);
        var curator = SeedCatalog.UserId(SandboxDemoUsers.Curator);
        db.Businesses.Add(new BusinessEntity { Id = StudioBusinessId, Username = "demo.studio.business", Name = "Demo Studio Business", CreatedAt = epoch.AddDays(-200) });
        db.Businesses.Add(new BusinessEntity { Id = AgencyBusinessId, Username = "demo.agency", Name = "Demo Agency", CreatedAt = epoch.AddDays(-150) });

        Relation(db, StudioBusinessId, BusinessRelationEntity.Member, business, "BIZ_ADMIN", business, epoch.AddDays(-200));
        Relation(db, StudioBusinessId, BusinessRelationEntity.Member, pinner, "EMPLOYEE", business, epoch.AddDays(-90));
        Relation(db, StudioBusinessId, BusinessRelationEntity.Partner, AgencyBusinessId, "PARTNER", business, epoch.AddDays(-60));
        Relation(db, AgencyBusinessId, BusinessRelationEntity.Member, curator, "BIZ_ADMIN", curator, epoch.AddDays(-150));

        db.BusinessAssets.Add(new BusinessAssetEntity { BusinessId = StudioBusinessId, AssetId = SeedAds.BusinessAdAccountId, AssetType = "AD_ACCOUNT", CreatedAt = epoch.AddDays(-180) });
        db.BusinessAssets.Add(new BusinessAssetEntity { BusinessId = StudioBusinessId, AssetId = business, AssetType = "PROFILE", CreatedAt = epoch.AddDays(-180) });
        db.BusinessAssets.Add(new BusinessAssetEntity
        {
            BusinessId = StudioBusinessId,
            AssetId = AssetGroupId,
            AssetType = "ASSET_GROUP",
            GroupName = "US ad accounts",
            GroupDescription = "Ad accounts that sell in the US.",
            GroupTypes = "LOCATION_OR_LANGUAGE",
            GroupAssetIds = SeedAds.BusinessAdAccountId,
            CreatedByUserId = business,
            CreatedAt = epoch.AddDays(-30),
        });

        db.BusinessAccesses.Add(new BusinessAccessEntity { BusinessId = StudioBusinessId, AssetId = SeedAds.BusinessAdAccountId, HolderId = business, Permissions = "ADMIN" });
        db.BusinessAccesses.Add(new BusinessAccessEntity { BusinessId = StudioBusinessId, AssetId = business, HolderId = business, Permissions = "PROFILE_PUBLISHER" });
        db.BusinessAccesses.Add(new BusinessAccessEntity { BusinessId = StudioBusinessId, AssetId = SeedAds.BusinessAdAccountId, HolderId = pinner, Permissions = "ANALYST" });
        db.BusinessAccesses.Add(new BusinessAccessEntity { BusinessId = StudioBusinessId, AssetId = SeedAds.BusinessAdAccountId, HolderId = AgencyBusinessId, Permissions = "CAMPAIGN_MANAGER" });

        db.BusinessInvites.Add(new BusinessInviteEntity
        {
            Id = PendingInviteId,
            BusinessId = StudioBusinessId,
            InviteType = "MEMBER_INVITE",
            Role = "EMPLOYEE",
            RecipientId = curator,
            Status = "PENDING",
            CreatedByUserId = business,
            CreatedAt = epoch.AddDays(-2),
            UpdatedAt = epoch.AddDays(-2),
            // Far ahead of the seed's epoch so the invite stays open whatever the clock says in a long-lived dev database.
            ExpiresAt = epoch.AddYears(10),
        });
    }

    private static void Relation(SandboxDbContext db, string businessId, string kind, string holder, string role, string createdBy, DateTime at) =>
        db.BusinessRelations.Add(new BusinessRelationEntity { BusinessId = businessId, Kind = kind, HolderId = holder, Role = role, CreatedByUserId = createdBy, CreatedAt = at });
}
