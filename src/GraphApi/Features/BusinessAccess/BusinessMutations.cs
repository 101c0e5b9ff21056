using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Pinterest;
using GraphApi.Pinterest.BusinessAccess;
using GraphApi.Pinterest.OAuth;
using GraphApi.Pinterest.Pagination;
using GraphApi.Schema;
using GraphApi.Schema.Mutations;
using GraphApi.Schema.Mutations.Idempotency;
using GraphApi.Schema.Relay;
using GraphQL;
using GraphQL.Types;

namespace GraphApi.Features.BusinessAccess;

/// <summary>
/// The Business Access writes. Each is one Pinterest call; lists over Pinterest's per-call limit are refused before
/// any call; items Pinterest refuses inside its 200 answer come back in <c>refused</c>. Scopes per operation as the spec
/// gives them (some need biz_access:read and biz_access:write together).
/// </summary>
internal sealed class BusinessMutations : IMutationFields
{
    private const string Read = PinterestScopes.BizAccessRead;
    private const string Write = PinterestScopes.BizAccessWrite;

    public void AddTo(ObjectGraphType mutation)
    {
        Add<BusinessMembersInputType, BusinessMembersInput>(mutation, "updateBusinessMemberRoles", "Changes members' roles.", [Write], UpdateRolesAsync);
        Add<BusinessMembersInputType, BusinessMembersInput>(mutation, "removeBusinessMembers", "Removes members from a business (with their asset access).", [Read, Write], RemoveMembersAsync);
        Add<RemoveBusinessPartnersInputType, RemoveBusinessPartnersInput>(mutation, "removeBusinessPartners", "Ends partnerships.", [Write], RemovePartnersAsync);
        Add<BusinessAssetAccessesInputType, BusinessAssetAccessesInput>(mutation, "setBusinessMemberAssetAccess", "Sets members' permissions on assets.", [Write], SetAccessAsync);
        Add<BusinessAssetAccessesInputType, BusinessAssetAccessesInput>(mutation, "removeBusinessMemberAssetAccess", "Removes members' access to assets.", [Write], RemoveAccessAsync);
        Add<BusinessPartnerAssetAccessesInputType, BusinessPartnerAssetAccessesInput>(mutation, "setBusinessPartnerAssetAccess", "Sets partners' permissions on the business's assets.", [Write], SetPartnerAccessAsync);
        Add<BusinessPartnerAssetAccessesInputType, BusinessPartnerAssetAccessesInput>(mutation, "removeBusinessPartnerAssetAccess", "Ends partners' access to the business's assets, or the business's access to theirs.", [Write], RemovePartnerAccessAsync);
        Add<CreateBusinessInvitesInputType, CreateBusinessInvitesInput>(mutation, "createBusinessInvites", "Invites members or partners, or requests partners' assets.", [Write], CreateInvitesAsync);
        Add<BusinessInviteIdsInputType, BusinessInviteIdsInput>(mutation, "cancelBusinessInvites", "Cancels invites or requests the business sent.", [Write], CancelInvitesAsync);
        Add<RespondToBusinessInvitesInputType, RespondToBusinessInvitesInput>(mutation, "respondToBusinessInvites", "Accepts or declines invites sent to the signed-in user (or a business they administer).", [Read, Write], RespondAsync);
        Add<CreateAssetGroupInputType, CreateAssetGroupInput>(mutation, "createAssetGroup", "Creates an asset group in a business.", [Read, Write], CreateGroupAsync);
        Add<UpdateAssetGroupInputType, UpdateAssetGroupInput>(mutation, "updateAssetGroup", "Renames an asset group or changes its assets.", [Read, Write], UpdateGroupAsync);
        Add<DeleteAssetGroupsInputType, DeleteAssetGroupsInput>(mutation, "deleteAssetGroups", "Deletes asset groups.", [Read, Write], DeleteGroupsAsync);
    }

    private static void Add<TInputType, TInput>(ObjectGraphType mutation, string name, string description, string[] scopes,
        Func<IResolveFieldContext, IPinterestClient, TInput, Task<BusinessWritePayload>> run)
        where TInputType : InputObjectGraphType<TInput> =>
        mutation.Field<NonNullGraphType<BusinessWritePayloadType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input", "What to write.")
            .RequiresScopes(scopes)
            .UpstreamCost(UpstreamCost.OneCall)
            .UpstreamCategory(UpstreamCategories.AdsWrite)
            .OnScopeDenied((code, message) => BusinessWritePayload.Failed([UserErrors.FromDenial(code, message)]))
            .ResolveAsync(async c => await run(c, c.Pinterest(), c.GetArgument<TInput>("input")));

    private static Task<BusinessWritePayload> UpdateRolesAsync(IResolveFieldContext c, IPinterestClient pinterest, BusinessMembersInput input)
    {
        var checks = new InputChecks();
        var business = BusinessId(checks, input.BusinessId);
        Count(checks, "members", input.Members.Count, BusinessAccessLimits.WritesPerCall);
        var members = input.Members.Select(m => new MemberRole { MemberId = Id(checks, "members", m.MemberId)!, BusinessRole = m.Role }).ToList();
        return MutationRunner.RunAsync(checks.Errors, BusinessWritePayload.Failed, async () =>
        {
            var written = await pinterest.BusinessAccess.UpdateMemberRolesAsync(business!, members, c.CancellationToken);
            return new BusinessWritePayload([.. written.Items.Select(i => new BusinessWrittenItem(i.MemberId, null, i.BusinessRole, []))], [], [], null,
                Missing(members.Select(m => m.MemberId), written.Items.Select(i => i.MemberId)), []);
        });
    }

    private static Task<BusinessWritePayload> RemoveMembersAsync(IResolveFieldContext c, IPinterestClient pinterest, BusinessMembersInput input)
    {
        var checks = new InputChecks();
        var business = BusinessId(checks, input.BusinessId);
        Count(checks, "members", input.Members.Count, BusinessAccessLimits.WritesPerCall);
        var members = input.Members.Select(m => new MemberRole { MemberId = Id(checks, "members", m.MemberId)!, BusinessRole = m.Role }).ToList();
        return MutationRunner.RunAsync(checks.Errors, BusinessWritePayload.Failed, async () =>
        {
            var removed = await pinterest.BusinessAccess.DeleteMembersAsync(business!, new DeleteMembersRequest { Members = members }, c.CancellationToken);
            return new BusinessWritePayload([], removed.DeletedMembers, [], null, Missing(members.Select(m => m.MemberId), removed.DeletedMembers), []);
        });
    }

    private static Task<BusinessWritePayload> RemovePartnersAsync(IResolveFieldContext c, IPinterestClient pinterest, RemoveBusinessPartnersInput input)
    {
        var checks = new InputChecks();
        var business = BusinessId(checks, input.BusinessId);
        Count(checks, "partnerIds", input.PartnerIds.Count, BusinessAccessLimits.WritesPerCall);
        var ids = input.PartnerIds.Select(p => Id(checks, "partnerIds", p)!).ToList();
        return MutationRunner.RunAsync(checks.Errors, BusinessWritePayload.Failed, async () =>
        {
            var removed = await pinterest.BusinessAccess.DeletePartnersAsync(business!, new DeletePartnersRequest { PartnerIds = ids, PartnerType = input.PartnerType }, c.CancellationToken);
            return new BusinessWritePayload([], removed.DeletedPartners, [], null, Missing(ids, removed.DeletedPartners), []);
        });
    }

    private static Task<BusinessWritePayload> SetAccessAsync(IResolveFieldContext c, IPinterestClient pinterest, BusinessAssetAccessesInput input)
    {
        var checks = new InputChecks();
        var business = BusinessId(checks, input.BusinessId);
        Count(checks, "accesses", input.Accesses.Count, BusinessAccessLimits.WritesPerCall);
        if (input.Accesses.Any(a => a.Permissions is not { Count: > 0 and <= BusinessAccessLimits.PermissionsPerAccess }))
        {
            checks.Fail("accesses", $"Every access needs 1–{BusinessAccessLimits.PermissionsPerAccess} permissions.");
        }

        var accesses = Accesses(checks, input.Accesses);
        return MutationRunner.RunAsync(checks.Errors, BusinessWritePayload.Failed, async () =>
        {
            var written = await pinterest.BusinessAccess.UpdateMemberAccessAsync(business!, new MemberAssetAccessRequest { Accesses = accesses }, c.CancellationToken);
            var items = written.Items.Select(i => i.Response).OfType<MemberAssetAccessResult>()
                .Select(r => new BusinessWrittenItem(r.MemberId, r.AssetId, null, r.Permissions ?? [])).ToList();
            return new BusinessWritePayload(items, [], [], null,
                Missing(accesses.Select(Key), items.Select(i => $"{i.AssetId}/{i.MemberId}")), []);
        });
    }

    private static Task<BusinessWritePayload> RemoveAccessAsync(IResolveFieldContext c, IPinterestClient pinterest, BusinessAssetAccessesInput input)
    {
        var checks = new InputChecks();
        var business = BusinessId(checks, input.BusinessId);
        Count(checks, "accesses", input.Accesses.Count, BusinessAccessLimits.LargeWritesPerCall);
        var accesses = Accesses(checks, input.Accesses);
        return MutationRunner.RunAsync(checks.Errors, BusinessWritePayload.Failed, async () =>
        {
            var removed = await pinterest.BusinessAccess.DeleteMemberAccessAsync(business!, new MemberAssetAccessRequest { Accesses = accesses }, c.CancellationToken);
            var items = removed.Items.Select(r => new BusinessWrittenItem(r.MemberId, r.AssetId, null, [])).ToList();
            return new BusinessWritePayload(items, [], [], null, Missing(accesses.Select(Key), items.Select(i => $"{i.AssetId}/{i.MemberId}")), []);
        });
    }

    private static Task<BusinessWritePayload> SetPartnerAccessAsync(IResolveFieldContext c, IPinterestClient pinterest, BusinessPartnerAssetAccessesInput input)
    {
        var checks = new InputChecks();
        var business = BusinessId(checks, input.BusinessId);
        Count(checks, "accesses", input.Accesses.Count, BusinessAccessLimits.WritesPerCall);
        if (input.Accesses.Any(a => a.Permissions is not { Count: > 0 and <= BusinessAccessLimits.PermissionsPerAccess }))
        {
            checks.Fail("accesses", $"Every access needs 1–{BusinessAccessLimits.PermissionsPerAccess} permissions.");
        }

        var accesses = PartnerAccesses(checks, input.Accesses);
        return MutationRunner.RunAsync(checks.Errors, BusinessWritePayload.Failed, async () =>
        {
            var written = await pinterest.BusinessAccess.UpdatePartnerAccessAsync(business!, new PartnerAssetAccessRequest { Accesses = accesses }, c.CancellationToken);
            return PartnerPayload(accesses, written, r => r.Permissions ?? []);
        });
    }

    private static Task<BusinessWritePayload> RemovePartnerAccessAsync(IResolveFieldContext c, IPinterestClient pinterest, BusinessPartnerAssetAccessesInput input)
    {
        var checks = new InputChecks();
        var business = BusinessId(checks, input.BusinessId);
        Count(checks, "accesses", input.Accesses.Count, BusinessAccessLimits.WritesPerCall);
        var accesses = PartnerAccesses(checks, input.Accesses);
        return MutationRunner.RunAsync(checks.Errors, BusinessWritePayload.Failed, async () =>
        {
            var removed = await pinterest.BusinessAccess.DeletePartnerAccessAsync(business!, new PartnerAssetAccessRequest { Accesses = accesses }, c.CancellationToken);
            return PartnerPayload(accesses, removed, _ => []);
        });
    }

    private static List<PartnerAssetAccess> PartnerAccesses(InputChecks checks, List<BusinessPartnerAssetAccessInput> accesses) =>
        [.. accesses.Select(a => new PartnerAssetAccess { AssetId = Id(checks, "accesses", a.AssetId)!, PartnerId = Id(checks, "accesses", a.PartnerId)!, Permissions = a.Permissions, PartnerType = a.PartnerType })];

    /// <summary>What Pinterest wrote, and as refused each sent access its answer leaves out.</summary>
    private static BusinessWritePayload PartnerPayload(List<PartnerAssetAccess> sent, BusinessItems<PartnerAssetAccessResult> answer, Func<PartnerAssetAccessResult, IReadOnlyList<string>> permissions)
    {
        var items = answer.Items.Select(r => new BusinessWrittenItem(null, r.AssetId, null, permissions(r), r.PartnerId)).ToList();
        return new BusinessWritePayload(items, [], [], null, Missing(sent.Select(a => $"{a.AssetId}/{a.PartnerId}"), items.Select(i => $"{i.AssetId}/{i.PartnerId}")), []);
    }

    private static Task<BusinessWritePayload> CreateInvitesAsync(IResolveFieldContext c, IPinterestClient pinterest, CreateBusinessInvitesInput input)
    {
        var checks = new InputChecks();
        var business = BusinessId(checks, input.BusinessId);
        var isMember = input.InviteType == "MEMBER_INVITE";
        var roleOk = isMember ? input.Role is "EMPLOYEE" or "BIZ_ADMIN" : input.Role == "PARTNER";
        if (!roleOk)
        {
            checks.Fail("role", isMember ? "Member invites grant EMPLOYEE or BIZ_ADMIN." : "Partner invites and requests grant PARTNER.");
        }

        var targets = isMember ? input.Members : input.PartnerIds;
        if ((isMember ? input.PartnerIds : input.Members) is { Count: > 0 })
        {
            checks.Fail(isMember ? "partnerIds" : "members", isMember ? "Member invites take `members` only." : "Partner invites take `partnerIds` only.");
        }

        Count(checks, isMember ? "members" : "partnerIds", targets?.Count ?? 0, BusinessAccessLimits.WritesPerCall);
        foreach (var member in input.Members ?? [])
        {
            checks.Length("members", member, 1, 254);
        }

        var partners = isMember ? null : input.PartnerIds?.Select(p => Id(checks, "partnerIds", p)!).ToList();
        IdempotentCreate.CheckKey(input.IdempotencyKey, checks);
        return MutationRunner.RunAsync(checks.Errors, BusinessWritePayload.Failed, async () =>
        {
            var result = await IdempotentCreate.RunAsync<InviteBatch>(c, "createBusinessInvites", input.IdempotencyKey,
                () => new IdempotencyFingerprint("createBusinessInvites").Add("businessId", business).Add("inviteType", input.InviteType).Add("role", input.Role)
                    .Add("members", string.Join('\n', input.Members ?? [])).Add("partnerIds", string.Join('\n', partners ?? [])).Hash(),
                async () =>
                {
                    var written = await pinterest.BusinessAccess.CreateInvitesAsync(business!, new CreateBusinessInvitesRequest
                    {
                        BusinessRole = input.Role,
                        InviteType = input.InviteType,
                        Members = isMember ? input.Members : null,
                        Partners = partners,
                    }, c.CancellationToken);
                    return InviteBatch.From(written);
                },
                id => Task.FromResult(InviteBatch.Replay(id)),
                batch => batch.Id,
                _ => Task.FromResult<InviteBatch?>(null));
            return new BusinessWritePayload([], [], result.Value.Invites, null, result.Value.Refused, [], result.Replayed);
        });
    }

    private static Task<BusinessWritePayload> CancelInvitesAsync(IResolveFieldContext c, IPinterestClient pinterest, BusinessInviteIdsInput input)
    {
        var checks = new InputChecks();
        var business = BusinessId(checks, input.BusinessId);
        Count(checks, "inviteIds", input.InviteIds.Count, BusinessAccessLimits.WritesPerCall);
        var ids = input.InviteIds.Select(i => Id(checks, "inviteIds", i)!).ToList();
        return MutationRunner.RunAsync(checks.Errors, BusinessWritePayload.Failed, async () =>
        {
            var batch = InviteBatch.From(await pinterest.BusinessAccess.CancelInvitesAsync(business!, new CancelBusinessInvitesRequest { InviteIds = ids }, c.CancellationToken));
            return new BusinessWritePayload([], [], batch.Invites, null, batch.Refused, []);
        });
    }

    private static Task<BusinessWritePayload> RespondAsync(IResolveFieldContext c, IPinterestClient pinterest, RespondToBusinessInvitesInput input)
    {
        var checks = new InputChecks();
        Count(checks, "answers", input.Answers.Count, BusinessAccessLimits.LargeWritesPerCall);
        var answers = input.Answers.Select(a => new BusinessInviteAnswer { InviteId = Id(checks, "answers", a.InviteId)!, Action = new BusinessInviteAction { AcceptInvite = a.Accept } }).ToList();
        return MutationRunner.RunAsync(checks.Errors, BusinessWritePayload.Failed, async () =>
        {
            var batch = InviteBatch.From(await pinterest.BusinessAccess.RespondToInvitesAsync(new RespondToBusinessInvitesRequest { Invites = answers }, c.CancellationToken));
            return new BusinessWritePayload([], [], batch.Invites, null, batch.Refused, []);
        });
    }

    private static Task<BusinessWritePayload> CreateGroupAsync(IResolveFieldContext c, IPinterestClient pinterest, CreateAssetGroupInput input)
    {
        var checks = new InputChecks().Length("name", input.Name, 1, 100).MaxLength("description", input.Description, 500);
        var business = BusinessId(checks, input.BusinessId);
        Count(checks, "types", input.Types.Count, 4);
        IdempotentCreate.CheckKey(input.IdempotencyKey, checks);
        return MutationRunner.RunAsync(checks.Errors, BusinessWritePayload.Failed, async () =>
        {
            var result = await IdempotentCreate.RunAsync<AssetGroup>(c, "createAssetGroup", input.IdempotencyKey,
                () => new IdempotencyFingerprint("createAssetGroup").Add("businessId", business).Add("name", input.Name).Add("description", input.Description)
                    .Add("types", string.Join(',', input.Types)).Hash(),
                async () => (await pinterest.BusinessAccess.CreateAssetGroupAsync(business!, new CreateAssetGroupRequest
                {
                    AssetGroupName = input.Name,
                    AssetGroupDescription = input.Description,
                    AssetGroupTypes = input.Types,
                }, c.CancellationToken)).AssetGroup ?? throw new InvalidOperationException("Pinterest answered no asset group."),
                async id => await FindGroupAsync(pinterest, business!, id, c.CancellationToken) ?? new AssetGroup { Id = id },
                g => g.Id ?? string.Empty,
                _ => Task.FromResult<AssetGroup?>(null));
            return new BusinessWritePayload([], [], [], result.Value, [], [], result.Replayed);
        });
    }

    private static Task<BusinessWritePayload> UpdateGroupAsync(IResolveFieldContext c, IPinterestClient pinterest, UpdateAssetGroupInput input)
    {
        var checks = new InputChecks().MaxLength("name", input.Name, 100).MaxLength("description", input.Description, 500);
        var business = BusinessId(checks, input.BusinessId);
        var group = Id(checks, "assetGroupId", input.AssetGroupId);
        if ((input.AddAssetIds?.Count ?? 0) > BusinessAccessLimits.WritesPerCall || (input.RemoveAssetIds?.Count ?? 0) > BusinessAccessLimits.WritesPerCall)
        {
            checks.Fail("addAssetIds", $"At most {BusinessAccessLimits.WritesPerCall} assets to add or remove per call.");
        }

        var add = input.AddAssetIds?.Select(a => Id(checks, "addAssetIds", a)!).ToList();
        var remove = input.RemoveAssetIds?.Select(a => Id(checks, "removeAssetIds", a)!).ToList();
        return MutationRunner.RunAsync(checks.Errors, BusinessWritePayload.Failed, async () =>
        {
            var updated = await pinterest.BusinessAccess.UpdateAssetGroupsAsync(business!, new UpdateAssetGroupsRequest
            {
                AssetGroupsToUpdate = [new AssetGroupChange { AssetGroupId = group!, Name = input.Name, Description = input.Description, AssetsToAdd = add, AssetsToRemove = remove }],
            }, c.CancellationToken);
            var refused = (updated.Exceptions ?? []).Select(e => new BusinessItemRefusal(e.AssetGroupId, e.Code, e.Message ?? "Pinterest refused the change.", [])).ToList();
            return new BusinessWritePayload([], [], [], updated.UpdatedAssetGroups is { Count: > 0 } groups ? groups[0] : null, refused, []);
        });
    }

    private static Task<BusinessWritePayload> DeleteGroupsAsync(IResolveFieldContext c, IPinterestClient pinterest, DeleteAssetGroupsInput input)
    {
        var checks = new InputChecks();
        var business = BusinessId(checks, input.BusinessId);
        Count(checks, "assetGroupIds", input.AssetGroupIds.Count, BusinessAccessLimits.WritesPerCall);
        var ids = input.AssetGroupIds.Select(i => Id(checks, "assetGroupIds", i)!).ToList();
        return MutationRunner.RunAsync(checks.Errors, BusinessWritePayload.Failed, async () =>
        {
            var deleted = await pinterest.BusinessAccess.DeleteAssetGroupsAsync(business!, new DeleteAssetGroupsRequest { AssetGroupsToDelete = ids }, c.CancellationToken);
            var refused = (deleted.Exceptions ?? []).Select(e => new BusinessItemRefusal(e.AssetGroupId, e.Code, e.Message ?? "Pinterest refused the delete.", [])).ToList();
            return new BusinessWritePayload([], deleted.DeletedAssetGroups, [], null, refused, []);
        });
    }

    private static async Task<AssetGroup?> FindGroupAsync(IPinterestClient pinterest, string business, string id, CancellationToken cancellationToken)
    {
        var page = await pinterest.BusinessAccess.ListAssetsAsync(business, new ListBusinessAssetsRequest { AssetType = "ASSET_GROUP", Page = new PageRequest(PageRequest.MaxPageSize) }, cancellationToken);
        return page.Items.FirstOrDefault(a => a.AssetId == id)?.AssetGroupInfo;
    }

    private static string? BusinessId(InputChecks checks, string value)
    {
        var id = GlobalId.ToPinterestId(value, BusinessAccessNames.NodeType);
        if (id is null)
        {
            checks.Fail("businessId", "`businessId` is neither a Business global ID nor a Pinterest id.");
        }

        return id;
    }

    private static string? Id(InputChecks checks, string field, string value)
    {
        if (!PinterestIds.IsValid(value))
        {
            checks.Fail(field, $"`{field}` holds a value that is not a Pinterest id (up to {PinterestIds.MaxLength} digits).");
            return null;
        }

        return value;
    }

    private static void Count(InputChecks checks, string field, int count, int max)
    {
        if (count < 1 || count > max)
        {
            checks.Fail(field, $"`{field}` takes 1–{max} items per call (Pinterest's limit); split larger writes.");
        }
    }

    private static List<MemberAssetAccess> Accesses(InputChecks checks, List<BusinessAssetAccessInput> accesses) =>
        [.. accesses.Select(a => new MemberAssetAccess { AssetId = Id(checks, "accesses", a.AssetId)!, MemberId = Id(checks, "accesses", a.MemberId)!, Permissions = a.Permissions })];

    private static string Key(MemberAssetAccess a) => $"{a.AssetId}/{a.MemberId}";

    /// <summary>Pinterest leaves an item it did not write out of its answer: those are reported as refused.</summary>
    private static List<BusinessItemRefusal> Missing(IEnumerable<string> sent, IEnumerable<string?> written)
    {
        var done = written.OfType<string>().ToHashSet(StringComparer.Ordinal);
        return [.. sent.Distinct(StringComparer.Ordinal).Where(s => !done.Contains(s)).Select(s => new BusinessItemRefusal(s, null, "Pinterest did not write this item (unknown, or not in this business).", [s]))];
    }

    /// <summary>The invites of one write and its refusals; the id is the invites' ids (what an idempotent replay returns).</summary>
    private sealed record InviteBatch(string Id, IReadOnlyList<BusinessInvite> Invites, IReadOnlyList<BusinessItemRefusal> Refused)
    {
        public static InviteBatch From(BusinessItems<BusinessInviteItem> items)
        {
            var invites = items.Items.Select(i => i.Invite).OfType<BusinessInvite>().ToList();
            var refused = items.Items.Select(i => i.Exception).OfType<BusinessInviteRefusal>()
                .Select(e => new BusinessItemRefusal(e.InviteOrRequestId, e.Code, e.Message ?? "Pinterest refused this item.", e.UsersOrPartnerIds ?? [])).ToList();
            return new InviteBatch(invites.Count == 0 ? "none" : string.Join(',', invites.Select(i => i.Id)), invites, refused);
        }

        public static InviteBatch Replay(string id) =>
            new(id, id == "none" ? [] : [.. id.Split(',').Select(i => new BusinessInvite { Id = i })], []);
    }
}
