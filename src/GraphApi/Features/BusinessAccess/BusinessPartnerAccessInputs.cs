using GraphApi.Pinterest.BusinessAccess;
using GraphQL.Types;

namespace GraphApi.Features.BusinessAccess;

public sealed class BusinessPartnerAssetAccessInput
{
    public string AssetId { get; set; } = "";

    public string PartnerId { get; set; } = "";

    public List<string>? Permissions { get; set; }

    public string? PartnerType { get; set; }
}

public sealed class BusinessPartnerAssetAccessInputType : InputObjectGraphType<BusinessPartnerAssetAccessInput>
{
    public BusinessPartnerAssetAccessInputType()
    {
        Name = "BusinessPartnerAssetAccessInput";
        Description = "A partner's access to an asset.";
        Field<NonNullGraphType<IdGraphType>>("assetId").Description("The asset's Pinterest id.");
        Field<NonNullGraphType<IdGraphType>>("partnerId").Description("The partner business's id.");
        Field<ListGraphType<NonNullGraphType<BusinessAssetPermissionEnumType>>>("permissions").Description($"1–{BusinessAccessLimits.PermissionsPerAccess} permissions to set (ignored when removing).");
        Field<BusinessPartnerTypeEnumType>("partnerType").Description("When removing: INTERNAL (the default) ends their access to your asset; EXTERNAL ends yours to theirs. Ignored when setting.");
    }
}

public sealed class BusinessPartnerAssetAccessesInput
{
    public string BusinessId { get; set; } = "";

    public List<BusinessPartnerAssetAccessInput> Accesses { get; set; } = [];
}

public sealed class BusinessPartnerAssetAccessesInputType : InputObjectGraphType<BusinessPartnerAssetAccessesInput>
{
    public BusinessPartnerAssetAccessesInputType()
    {
        Name = "BusinessPartnerAssetAccessesInput";
        Description = $"Partner accesses of one business, 1–{BusinessAccessLimits.WritesPerCall} (Pinterest's limit per call).";
        Field<NonNullGraphType<IdGraphType>>("businessId").Description("The business (global or Pinterest id).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BusinessPartnerAssetAccessInputType>>>>("accesses").Description("The accesses.");
    }
}
