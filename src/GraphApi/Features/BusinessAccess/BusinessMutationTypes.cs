using GraphApi.Pinterest.BusinessAccess;
using GraphApi.Schema.Mutations;
using GraphQL.Types;

namespace GraphApi.Features.BusinessAccess;

public sealed class BusinessMemberRoleInput
{
    public string MemberId { get; set; } = "";

    public string Role { get; set; } = "";
}

public sealed class BusinessMemberRoleInputType : InputObjectGraphType<BusinessMemberRoleInput>
{
    public BusinessMemberRoleInputType()
    {
        Name = "BusinessMemberRoleInput";
        Description = "A member and a role (the new one to set, or the current one of a member to remove).";
        Field<NonNullGraphType<IdGraphType>>("memberId").Description("The member's user id.");
        Field<NonNullGraphType<BusinessMemberRoleEnumType>>("role").Description("EMPLOYEE or BIZ_ADMIN.");
    }
}

public sealed class BusinessMembersInput
{
    public string BusinessId { get; set; } = "";

    public List<BusinessMemberRoleInput> Members { get; set; } = [];
}

public sealed class BusinessMembersInputType : InputObjectGraphType<BusinessMembersInput>
{
    public BusinessMembersInputType()
    {
        Name = "BusinessMembersInput";
        Description = $"Members of one business, 1–{BusinessAccessLimits.WritesPerCall} (Pinterest's limit per call).";
        Field<NonNullGraphType<IdGraphType>>("businessId").Description("The business (global or Pinterest id).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BusinessMemberRoleInputType>>>>("members").Description("The members.");
    }
}

public sealed class RemoveBusinessPartnersInput
{
    public string BusinessId { get; set; } = "";

    public List<string> PartnerIds { get; set; } = [];

    public string? PartnerType { get; set; }
}

public sealed class RemoveBusinessPartnersInputType : InputObjectGraphType<RemoveBusinessPartnersInput>
{
    public RemoveBusinessPartnersInputType()
    {
        Name = "RemoveBusinessPartnersInput";
        Description = $"Partnerships to end, 1–{BusinessAccessLimits.WritesPerCall}.";
        Field<NonNullGraphType<IdGraphType>>("businessId").Description("The business (global or Pinterest id).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("partnerIds").Description("The partner businesses.");
        Field<BusinessPartnerTypeEnumType>("partnerType").Description("INTERNAL: their access to yours; EXTERNAL: yours to theirs.");
    }
}

public sealed class BusinessAssetAccessInput
{
    public string AssetId { get; set; } = "";

    public string MemberId { get; set; } = "";

    public List<string>? Permissions { get; set; }
}

public sealed class BusinessAssetAccessInputType : InputObjectGraphType<BusinessAssetAccessInput>
{
    public BusinessAssetAccessInputType()
    {
        Name = "BusinessAssetAccessInput";
        Description = "A member's access to an asset.";
        Field<NonNullGraphType<IdGraphType>>("assetId").Description("The asset's Pinterest id.");
        Field<NonNullGraphType<IdGraphType>>("memberId").Description("The member's user id.");
        Field<ListGraphType<NonNullGraphType<BusinessAssetPermissionEnumType>>>("permissions").Description($"1–{BusinessAccessLimits.PermissionsPerAccess} permissions to set (ignored when removing).");
    }
}

public sealed class BusinessAssetAccessesInput
{
    public string BusinessId { get; set; } = "";

    public List<BusinessAssetAccessInput> Accesses { get; set; } = [];
}

public sealed class BusinessAssetAccessesInputType : InputObjectGraphType<BusinessAssetAccessesInput>
{
    public BusinessAssetAccessesInputType()
    {
        Name = "BusinessAssetAccessesInput";
        Description = $"Member accesses of one business: 1–{BusinessAccessLimits.WritesPerCall} to set, 1–{BusinessAccessLimits.LargeWritesPerCall} to remove.";
        Field<NonNullGraphType<IdGraphType>>("businessId").Description("The business (global or Pinterest id).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BusinessAssetAccessInputType>>>>("accesses").Description("The accesses.");
    }
}

public sealed class CreateBusinessInvitesInput
{
    public string BusinessId { get; set; } = "";

    public string InviteType { get; set; } = "";

    public string Role { get; set; } = "";

    public List<string>? Members { get; set; }

    public List<string>? PartnerIds { get; set; }

    public string? IdempotencyKey { get; set; }
}

public sealed class CreateBusinessInvitesInputType : InputObjectGraphType<CreateBusinessInvitesInput>
{
    public CreateBusinessInvitesInputType()
    {
        Name = "CreateBusinessInvitesInput";
        Description = "Invites members (usernames or emails) or partners (business ids), or requests partners' assets.";
        Field<NonNullGraphType<IdGraphType>>("businessId").Description("The inviting business (global or Pinterest id).");
        Field<NonNullGraphType<BusinessInviteTypeEnumType>>("inviteType").Description("MEMBER_INVITE, PARTNER_INVITE or PARTNER_REQUEST.");
        Field(x => x.Role).Description("EMPLOYEE or BIZ_ADMIN for member invites, PARTNER for partner ones.");
        Field<ListGraphType<NonNullGraphType<StringGraphType>>>("members").Description($"Member invites: 1–{BusinessAccessLimits.WritesPerCall} usernames or emails.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("partnerIds").Description($"Partner invites and requests: 1–{BusinessAccessLimits.WritesPerCall} business ids.");
        Field(x => x.IdempotencyKey, nullable: true).Description("Retrying with the same key and input returns the first invites (replayed: true) instead of sending again; another input with this key is refused (IDEMPOTENCY_KEY_REUSED).");
    }
}

public sealed class BusinessInviteIdsInput
{
    public string BusinessId { get; set; } = "";

    public List<string> InviteIds { get; set; } = [];
}

public sealed class BusinessInviteIdsInputType : InputObjectGraphType<BusinessInviteIdsInput>
{
    public BusinessInviteIdsInputType()
    {
        Name = "CancelBusinessInvitesInput";
        Description = $"Invites or requests to cancel, 1–{BusinessAccessLimits.WritesPerCall}.";
        Field<NonNullGraphType<IdGraphType>>("businessId").Description("The business that sent them.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("inviteIds").Description("The invites.");
    }
}

public sealed class BusinessInviteAnswerInput
{
    public string InviteId { get; set; } = "";

    public bool Accept { get; set; }
}

public sealed class BusinessInviteAnswerInputType : InputObjectGraphType<BusinessInviteAnswerInput>
{
    public BusinessInviteAnswerInputType()
    {
        Name = "BusinessInviteAnswerInput";
        Description = "An answer to an invite sent to the signed-in user (or to a business they administer).";
        Field<NonNullGraphType<IdGraphType>>("inviteId").Description("The invite.");
        Field(x => x.Accept).Description("True accepts, false declines.");
    }
}

public sealed class RespondToBusinessInvitesInput
{
    public List<BusinessInviteAnswerInput> Answers { get; set; } = [];
}

public sealed class RespondToBusinessInvitesInputType : InputObjectGraphType<RespondToBusinessInvitesInput>
{
    public RespondToBusinessInvitesInputType()
    {
        Name = "RespondToBusinessInvitesInput";
        Description = $"1–{BusinessAccessLimits.LargeWritesPerCall} answers.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BusinessInviteAnswerInputType>>>>("answers").Description("The answers.");
    }
}

public sealed class CreateAssetGroupInput
{
    public string BusinessId { get; set; } = "";

    public string Name { get; set; } = "";

    public string Description { get; set; } = "";

    public List<string> Types { get; set; } = [];

    public string? IdempotencyKey { get; set; }
}

public sealed class CreateAssetGroupInputType : InputObjectGraphType<CreateAssetGroupInput>
{
    public CreateAssetGroupInputType()
    {
        Name = "CreateAssetGroupInput";
        Description = "A new asset group.";
        Field<NonNullGraphType<IdGraphType>>("businessId").Description("The business (global or Pinterest id).");
        Field(x => x.Name).Description("Name (1–100 characters).");
        Field(x => x.Description).Description("Description (up to 500 characters).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AssetGroupTypeEnumType>>>>("types").Description("At least one label.");
        Field(x => x.IdempotencyKey, nullable: true).Description("Retrying with the same key and input returns the first group (replayed: true); another input with this key is refused (IDEMPOTENCY_KEY_REUSED).");
    }
}

public sealed class UpdateAssetGroupInput
{
    public string BusinessId { get; set; } = "";

    public string AssetGroupId { get; set; } = "";

    public string? Name { get; set; }

    public string? Description { get; set; }

    public List<string>? AddAssetIds { get; set; }

    public List<string>? RemoveAssetIds { get; set; }
}

public sealed class UpdateAssetGroupInputType : InputObjectGraphType<UpdateAssetGroupInput>
{
    public UpdateAssetGroupInputType()
    {
        Name = "UpdateAssetGroupInput";
        Description = "Changes to one asset group; omitted fields stay.";
        Field<NonNullGraphType<IdGraphType>>("businessId").Description("The business.");
        Field<NonNullGraphType<IdGraphType>>("assetGroupId").Description("The group.");
        Field(x => x.Name, nullable: true).Description("New name.");
        Field(x => x.Description, nullable: true).Description("New description.");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("addAssetIds").Description($"Assets to add (up to {BusinessAccessLimits.WritesPerCall}).");
        Field<ListGraphType<NonNullGraphType<IdGraphType>>>("removeAssetIds").Description($"Assets to remove (up to {BusinessAccessLimits.WritesPerCall}).");
    }
}

public sealed class DeleteAssetGroupsInput
{
    public string BusinessId { get; set; } = "";

    public List<string> AssetGroupIds { get; set; } = [];
}

public sealed class DeleteAssetGroupsInputType : InputObjectGraphType<DeleteAssetGroupsInput>
{
    public DeleteAssetGroupsInputType()
    {
        Name = "DeleteAssetGroupsInput";
        Description = $"Asset groups to delete, 1–{BusinessAccessLimits.WritesPerCall}.";
        Field<NonNullGraphType<IdGraphType>>("businessId").Description("The business.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("assetGroupIds").Description("The groups.");
    }
}

/// <summary>One item Pinterest refused inside its 200 answer.</summary>
public sealed record BusinessItemRefusal(string? Id, int? PinterestCode, string Message, IReadOnlyList<string> Who);

public sealed class BusinessItemRefusalType : ObjectGraphType<BusinessItemRefusal>
{
    public BusinessItemRefusalType()
    {
        Name = "BusinessItemRefusal";
        Description = "One item of a Business Access write that Pinterest refused (the others went through).";
        Field<StringGraphType>("id").Description("The invite or asset group concerned, when Pinterest names it.").Resolve(c => c.Source.Id);
        Field<IntGraphType>("pinterestCode").Description("Pinterest's code.").Resolve(c => c.Source.PinterestCode);
        Field<NonNullGraphType<StringGraphType>>("message").Description("Pinterest's message.").Resolve(c => c.Source.Message);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("who").Description("The usernames, emails or partner ids concerned.").Resolve(c => c.Source.Who);
    }
}

/// <summary>A member with a role, or an access, as Pinterest answered it.</summary>
public sealed record BusinessWrittenItem(string? MemberId, string? AssetId, string? Role, IReadOnlyList<string> Permissions, string? PartnerId = null);

public sealed class BusinessWrittenItemType : ObjectGraphType<BusinessWrittenItem>
{
    public BusinessWrittenItemType()
    {
        Name = "BusinessWrittenItem";
        Description = "A role or access as Pinterest wrote it.";
        Field<StringGraphType>("memberId").Description("The member.").Resolve(c => c.Source.MemberId);
        Field<StringGraphType>("partnerId").Description("The partner (partner accesses).").Resolve(c => c.Source.PartnerId);
        Field<StringGraphType>("assetId").Description("The asset (accesses).").Resolve(c => c.Source.AssetId);
        Field<StringGraphType>("role").Description("The role (role updates).").Resolve(c => c.Source.Role);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("permissions").Description("The permissions (accesses).").Resolve(c => c.Source.Permissions);
    }
}

/// <summary>The payload of every Business Access write: what was written, what was refused per item, and errors.</summary>
public sealed record BusinessWritePayload(
    IReadOnlyList<BusinessWrittenItem> Written,
    IReadOnlyList<string> RemovedIds,
    IReadOnlyList<BusinessInvite> Invites,
    AssetGroup? AssetGroup,
    IReadOnlyList<BusinessItemRefusal> Refused,
    IReadOnlyList<UserError> Errors,
    bool Replayed = false) : IPayload
{
    public static BusinessWritePayload Failed(IReadOnlyList<UserError> errors) => new([], [], [], null, [], errors);
}

public sealed class BusinessWritePayloadType : PayloadType<BusinessWritePayload>
{
    public BusinessWritePayloadType()
        : base("BusinessWritePayload", "The result of a Business Access write. Pinterest writes items one by one: refused ones are in `refused`, the rest went through.")
    {
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BusinessWrittenItemType>>>>("written").Description("Roles or accesses as written.").Resolve(c => c.Source.Written);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>("removedIds").Description("Ids removed (members, partners, asset groups).").Resolve(c => c.Source.RemovedIds);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BusinessInviteType>>>>("invites").Description("Invites sent, cancelled or answered.").Resolve(c => c.Source.Invites);
        Field<AssetGroupType>("assetGroup").Description("The asset group created or changed.").Resolve(c => c.Source.AssetGroup);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<BusinessItemRefusalType>>>>("refused").Description("Items Pinterest refused.").Resolve(c => c.Source.Refused);
        Field<NonNullGraphType<BooleanGraphType>>("replayed").Description("True when an earlier request with the same idempotency key did the write.").Resolve(c => c.Source.Replayed);
    }
}
