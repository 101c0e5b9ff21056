using System.Text.Json.Serialization;
using GraphApi.Pinterest.Pagination;

namespace GraphApi.Pinterest.BusinessAccess;

/// <summary>
/// Source-generated JSON metadata of business access, with <see cref="Http.PinterestJsonContext"/>'s options
/// (snake_case, nulls left out). A context of its own so this folder adds its types here only.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Page<BusinessRoleBinding>))]
[JsonSerializable(typeof(Page<BusinessAsset>))]
[JsonSerializable(typeof(Page<AssetUserPermissions>))]
[JsonSerializable(typeof(Page<BusinessInvite>))]
[JsonSerializable(typeof(IReadOnlyList<MemberRole>))]
[JsonSerializable(typeof(BusinessItems<UpdatedMemberRole>))]
[JsonSerializable(typeof(DeleteMembersRequest))]
[JsonSerializable(typeof(DeletedMembersResult))]
[JsonSerializable(typeof(DeletePartnersRequest))]
[JsonSerializable(typeof(DeletedPartnersResult))]
[JsonSerializable(typeof(MemberAssetAccessRequest))]
[JsonSerializable(typeof(BusinessItems<MemberAssetAccessUpdateItem>))]
[JsonSerializable(typeof(BusinessItems<MemberAssetAccessResult>))]
[JsonSerializable(typeof(PartnerAssetAccessRequest))]
[JsonSerializable(typeof(BusinessItems<PartnerAssetAccessResult>))]
[JsonSerializable(typeof(CreateBusinessInvitesRequest))]
[JsonSerializable(typeof(CancelBusinessInvitesRequest))]
[JsonSerializable(typeof(RespondToBusinessInvitesRequest))]
[JsonSerializable(typeof(BusinessItems<BusinessInviteItem>))]
[JsonSerializable(typeof(CreateAssetGroupRequest))]
[JsonSerializable(typeof(AssetGroupResult))]
[JsonSerializable(typeof(UpdateAssetGroupsRequest))]
[JsonSerializable(typeof(UpdatedAssetGroupsResult))]
[JsonSerializable(typeof(DeleteAssetGroupsRequest))]
[JsonSerializable(typeof(DeletedAssetGroupsResult))]
internal sealed partial class BusinessAccessJsonContext : JsonSerializerContext;
