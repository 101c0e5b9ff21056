using Microsoft.EntityFrameworkCore;

namespace GraphApi.Pinterest.Sandbox.Data;

internal sealed class SandboxDbContext(DbContextOptions<SandboxDbContext> options) : DbContext(options)
{
    public DbSet<UserEntity> Users => Set<UserEntity>();
    public DbSet<BoardEntity> Boards => Set<BoardEntity>();
    public DbSet<SectionEntity> Sections => Set<SectionEntity>();
    public DbSet<PinEntity> Pins => Set<PinEntity>();
    public DbSet<MediaUploadEntity> MediaUploads => Set<MediaUploadEntity>();
    public DbSet<FollowEntity> Follows => Set<FollowEntity>();
    public DbSet<BoardFollowEntity> BoardFollows => Set<BoardFollowEntity>();
    public DbSet<WebsiteEntity> Websites => Set<WebsiteEntity>();
    public DbSet<AuthorizationCodeEntity> AuthorizationCodes => Set<AuthorizationCodeEntity>();
    public DbSet<TokenEntity> Tokens => Set<TokenEntity>();
    public DbSet<AdAccountEntity> AdAccounts => Set<AdAccountEntity>();
    public DbSet<CampaignEntity> Campaigns => Set<CampaignEntity>();
    public DbSet<AdGroupEntity> AdGroups => Set<AdGroupEntity>();
    public DbSet<AdEntity> Ads => Set<AdEntity>();
    public DbSet<AdResourceEntity> AdResources => Set<AdResourceEntity>();
    public DbSet<CatalogEntity> Catalogs => Set<CatalogEntity>();
    public DbSet<CatalogResourceEntity> CatalogResources => Set<CatalogResourceEntity>();
    public DbSet<CatalogItemRecordEntity> CatalogItemRecords => Set<CatalogItemRecordEntity>();
    public DbSet<BusinessEntity> Businesses => Set<BusinessEntity>();
    public DbSet<BusinessRelationEntity> BusinessRelations => Set<BusinessRelationEntity>();
    public DbSet<BusinessAssetEntity> BusinessAssets => Set<BusinessAssetEntity>();
    public DbSet<BusinessAccessEntity> BusinessAccesses => Set<BusinessAccessEntity>();
    public DbSet<BusinessInviteEntity> BusinessInvites => Set<BusinessInviteEntity>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<UserEntity>().HasIndex(u => u.Username).IsUnique();
        modelBuilder.Entity<BoardEntity>().HasIndex(b => b.OwnerId);
        modelBuilder.Entity<SectionEntity>().HasIndex(s => s.BoardId);
        modelBuilder.Entity<PinEntity>().HasIndex(p => p.BoardId);
        modelBuilder.Entity<PinEntity>().HasIndex(p => p.OwnerId);
        modelBuilder.Entity<FollowEntity>().HasKey(f => new { f.FollowerId, f.FolloweeId });
        modelBuilder.Entity<BoardFollowEntity>().HasKey(f => new { f.UserId, f.BoardId });
        modelBuilder.Entity<WebsiteEntity>().HasKey(w => new { w.UserId, w.Website });
        modelBuilder.Entity<AuthorizationCodeEntity>().HasKey(c => c.CodeHash);
        modelBuilder.Entity<TokenEntity>().HasKey(t => t.TokenHash);
        modelBuilder.Entity<AdAccountEntity>().HasIndex(a => a.OwnerId);
        modelBuilder.Entity<CampaignEntity>().HasIndex(c => c.AdAccountId);
        modelBuilder.Entity<AdGroupEntity>().HasIndex(g => g.AdAccountId);
        modelBuilder.Entity<AdEntity>().HasIndex(a => a.AdAccountId);
        modelBuilder.Entity<AdResourceEntity>().HasIndex(r => new { r.AdAccountId, r.Kind });
        modelBuilder.Entity<CatalogEntity>().HasIndex(c => c.OwnerId);
        modelBuilder.Entity<CatalogResourceEntity>().HasIndex(r => new { r.OwnerId, r.Kind, r.ParentId });
        modelBuilder.Entity<CatalogItemRecordEntity>().HasKey(r => new { r.CatalogId, r.Kind, r.Id });
        modelBuilder.Entity<CatalogItemRecordEntity>().HasIndex(r => new { r.OwnerId, r.Kind });
        modelBuilder.Entity<BusinessRelationEntity>().HasKey(r => new { r.BusinessId, r.Kind, r.HolderId });
        modelBuilder.Entity<BusinessRelationEntity>().HasIndex(r => r.HolderId);
        modelBuilder.Entity<BusinessAssetEntity>().HasKey(a => new { a.BusinessId, a.AssetId });
        modelBuilder.Entity<BusinessAccessEntity>().HasKey(a => new { a.BusinessId, a.AssetId, a.HolderId });
        modelBuilder.Entity<BusinessInviteEntity>().HasIndex(i => i.BusinessId);
    }
}
