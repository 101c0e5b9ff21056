using System.Text.RegularExpressions;
using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Features.AdReports;
using GraphApi.Pinterest;
using GraphApi.Pinterest.Ads.Audiences;
using GraphApi.Pinterest.Ads.ConversionTags;
using GraphApi.Pinterest.Ads.CustomerLists;
using GraphApi.Pinterest.Ads.Keywords;
using GraphApi.Pinterest.OAuth;
using GraphApi.Pinterest.Pagination;
using GraphApi.Schema;
using GraphApi.Schema.Mutations;
using GraphApi.Schema.Mutations.Idempotency;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;
using Microsoft.Extensions.Options;

namespace GraphApi.Features.AdAudiences;

/// <summary>
/// Writes of an ad account's audiences, customer lists, tags and keywords (ads:write, as the spec states). Creates of
/// one object take idempotency keys; a keyword write may create many objects at once and takes none (re-sending it
/// is refused by Pinterest as duplicates in <c>rejected</c>, which writes nothing twice).
/// </summary>
internal sealed partial class AdAudienceMutations : IMutationFields
{
    public void AddTo(ObjectGraphType mutation)
    {
        Write<CreateAudiencePayloadType, CreateAudienceInputType, CreateAudienceInput, AudiencePayload>(mutation, "createAudience", "Creates an audience of an ad account.",
            (code, message) => new AudiencePayload(null, [UserErrors.FromDenial(code, message)]), CreateAudienceAsync);
        Write<UpdateAudiencePayloadType, UpdateAudienceInputType, UpdateAudienceInput, AudiencePayload>(mutation, "updateAudience", "Renames, re-describes, re-rules or removes an audience.",
            (code, message) => new AudiencePayload(null, [UserErrors.FromDenial(code, message)]), UpdateAudienceAsync);
        Write<CreateCustomerListPayloadType, CreateCustomerListInputType, CreateCustomerListInput, CustomerListPayload>(mutation, "createCustomerList", "Creates a customer list from records (emails or device IDs).",
            (code, message) => new CustomerListPayload(null, [UserErrors.FromDenial(code, message)]), CreateCustomerListAsync);
        Write<UpdateCustomerListPayloadType, UpdateCustomerListInputType, UpdateCustomerListInput, CustomerListPayload>(mutation, "updateCustomerList", "Adds records to or removes them from a customer list.",
            (code, message) => new CustomerListPayload(null, [UserErrors.FromDenial(code, message)]), UpdateCustomerListAsync);
        Write<CreateConversionTagPayloadType, CreateConversionTagInputType, CreateConversionTagInput, ConversionTagPayload>(mutation, "createConversionTag", "Creates a Pinterest Tag.",
            (code, message) => new ConversionTagPayload(null, [UserErrors.FromDenial(code, message)]), CreateConversionTagAsync);
        Write<CreateKeywordsPayloadType, CreateKeywordsInputType, CreateKeywordsInput, KeywordsPayload>(mutation, "createKeywords", "Adds keywords to an ad account, campaign or ad group.",
            (code, message) => new KeywordsPayload(null, [UserErrors.FromDenial(code, message)]), CreateKeywordsAsync);
        Write<UpdateKeywordsPayloadType, UpdateKeywordsInputType, UpdateKeywordsInput, KeywordsPayload>(mutation, "updateKeywords", "Archives, restores or re-bids keywords.",
            (code, message) => new KeywordsPayload(null, [UserErrors.FromDenial(code, message)]), UpdateKeywordsAsync);
    }

    private static void Write<TPayloadType, TInputType, TInput, TPayload>(
        ObjectGraphType mutation, string name, string description, Func<string, string, object> denied,
        Func<IResolveFieldContext, IPinterestClient, TInput, Task<TPayload>> run)
        where TPayloadType : IGraphType
        where TInputType : IGraphType =>
        mutation.Field<NonNullGraphType<TPayloadType>>(name)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input", "The write.")
            .RequiresScopes(PinterestScopes.AdsWrite)
            .UpstreamCost(UpstreamCost.OneCall)
            .UpstreamCategory(UpstreamCategories.AdsWrite)
            .OnScopeDenied(denied)
            .Resolve().WithService<IPinterestClient>()
            .ResolveAsync(async (c, pinterest) => await run(c, pinterest, c.GetArgument<TInput>("input")));

    private static Task<AudiencePayload> CreateAudienceAsync(IResolveFieldContext c, IPinterestClient pinterest, CreateAudienceInput input)
    {
        var checks = new InputChecks().Length("name", input.Name, 1, AudienceChecks.NameMaxLength).MaxLength("description", input.Description, AudienceChecks.DescriptionMaxLength).Rule(input.Rule);
        var accountId = checks.AdAccountId(input.AdAccountId);
        IdempotentCreate.CheckKey(input.IdempotencyKey, checks);
        var audiences = pinterest.Audiences;
        return MutationRunner.RunAsync(checks.Errors, errors => new AudiencePayload(null, errors), async () =>
        {
            var request = new CreateAudienceRequest { Name = input.Name, AudienceType = input.AudienceType, Description = input.Description, Rule = input.Rule.ToRule() };
            var result = await IdempotentCreate.RunAsync(c, "createAudience", input.IdempotencyKey,
                () => new IdempotencyFingerprint("createAudience").Add("adAccountId", accountId).AddJson("request", request).Hash(),
                () => audiences.CreateAsync(accountId!, request, c.CancellationToken),
                id => audiences.GetAsync(accountId!, id, c.CancellationToken),
                a => a.Id,
                async _ => (await audiences.ListAsync(accountId!, new ListAudiencesRequest { Order = "DESCENDING", Page = new PageRequest(PageRequest.MaxPageSize) }, c.CancellationToken))
                    .Items.FirstOrDefault(a => a.Name == input.Name && a.AudienceType == input.AudienceType));
            return new AudiencePayload(result.Value, [], result.Replayed);
        });
    }

    private static Task<AudiencePayload> UpdateAudienceAsync(IResolveFieldContext c, IPinterestClient pinterest, UpdateAudienceInput input)
    {
        var checks = new InputChecks().MaxLength("description", input.Description, AudienceChecks.DescriptionMaxLength).Rule(input.Rule);
        if (input.Name is not null)
        {
            checks.Length("name", input.Name, 1, AudienceChecks.NameMaxLength);
        }

        var accountId = checks.AdAccountId(input.AdAccountId);
        checks.Id("audienceId", input.AudienceId);
        return MutationRunner.RunAsync(checks.Errors, errors => new AudiencePayload(null, errors), async () =>
        {
            var audience = await pinterest.Audiences.UpdateAsync(accountId!, input.AudienceId, new UpdateAudienceRequest
            {
                Name = input.Name,
                Description = input.Description,
                Rule = input.Rule?.ToRule(),
                OperationType = input.Remove == true ? "REMOVE" : null,
            }, c.CancellationToken);
            return new AudiencePayload(audience, []);
        });
    }

    private static Task<CustomerListPayload> CreateCustomerListAsync(IResolveFieldContext c, IPinterestClient pinterest, CreateCustomerListInput input)
    {
        var checks = new InputChecks().Length("name", input.Name, 1, 255).Records(input.Records, c.Service<IOptions<CustomerListOptions>>().Value);
        var accountId = checks.AdAccountId(input.AdAccountId);
        IdempotentCreate.CheckKey(input.IdempotencyKey, checks);
        var lists = pinterest.CustomerLists;
        return MutationRunner.RunAsync(checks.Errors, errors => new CustomerListPayload(null, errors), async () =>
        {
            var request = new CreateCustomerListRequest { Name = input.Name, Records = string.Join(',', input.Records), ListType = input.RecordType };
            var result = await IdempotentCreate.RunAsync(c, "createCustomerList", input.IdempotencyKey,
                // The fingerprint is a SHA-256 of the input: the stored record cannot give the records back.
                () => new IdempotencyFingerprint("createCustomerList").Add("adAccountId", accountId).Add("name", input.Name).Add("recordType", input.RecordType).Add("records", request.Records).Hash(),
                () => lists.CreateAsync(accountId!, request, c.CancellationToken),
                id => lists.GetAsync(accountId!, id, c.CancellationToken),
                l => l.Id,
                async _ => (await lists.ListAsync(accountId!, new ListCustomerListsRequest { Order = "DESCENDING", Page = new PageRequest(PageRequest.MaxPageSize) }, c.CancellationToken))
                    .Items.FirstOrDefault(l => l.Name == input.Name));
            return new CustomerListPayload(result.Value, [], result.Replayed);
        });
    }

    private static Task<CustomerListPayload> UpdateCustomerListAsync(IResolveFieldContext c, IPinterestClient pinterest, UpdateCustomerListInput input)
    {
        var checks = new InputChecks().Records(input.Records, c.Service<IOptions<CustomerListOptions>>().Value);
        var accountId = checks.AdAccountId(input.AdAccountId);
        checks.Id("customerListId", input.CustomerListId);
        return MutationRunner.RunAsync(checks.Errors, errors => new CustomerListPayload(null, errors), async () =>
        {
            var list = await pinterest.CustomerLists.UpdateAsync(accountId!, input.CustomerListId,
                new UpdateCustomerListRequest { OperationType = input.Operation, Records = string.Join(',', input.Records) }, c.CancellationToken);
            return new CustomerListPayload(list, []);
        });
    }

    private static Task<ConversionTagPayload> CreateConversionTagAsync(IResolveFieldContext c, IPinterestClient pinterest, CreateConversionTagInput input)
    {
        var checks = new InputChecks().Length("name", input.Name, 1, 255);
        var accountId = checks.AdAccountId(input.AdAccountId);
        IdempotentCreate.CheckKey(input.IdempotencyKey, checks);
        var tags = pinterest.ConversionTags;
        return MutationRunner.RunAsync(checks.Errors, errors => new ConversionTagPayload(null, errors), async () =>
        {
            var request = new CreateConversionTagRequest { Name = input.Name, AemEnabled = input.EnhancedMatch };
            var result = await IdempotentCreate.RunAsync(c, "createConversionTag", input.IdempotencyKey,
                () => new IdempotencyFingerprint("createConversionTag").Add("adAccountId", accountId).AddJson("request", request).Hash(),
                () => tags.CreateAsync(accountId!, request, c.CancellationToken),
                id => tags.GetAsync(accountId!, id, c.CancellationToken),
                t => t.Id,
                async _ => (await tags.ListAsync(accountId!, cancellationToken: c.CancellationToken)).Items.LastOrDefault(t => t.Name == input.Name));
            return new ConversionTagPayload(result.Value, [], result.Replayed);
        });
    }

    private static Task<KeywordsPayload> CreateKeywordsAsync(IResolveFieldContext c, IPinterestClient pinterest, CreateKeywordsInput input)
    {
        var checks = new InputChecks();
        var accountId = checks.AdAccountId(input.AdAccountId);
        if (!KeywordParent().IsMatch(input.ParentId))
        {
            checks.Fail("parentId", "`parentId` must be a Pinterest ID, optionally prefixed C (campaign) or AG (ad group).");
        }

        if (input.Keywords.Count is 0 or > CreateKeywordsInputType.MaxKeywords)
        {
            checks.Fail("keywords", $"`keywords` takes 1–{CreateKeywordsInputType.MaxKeywords} keywords.");
        }

        if (input.Keywords.Any(k => k.Value.Trim().Length == 0 || k.Value.Length > PinterestLimits.KeywordValueMaxLength))
        {
            checks.Fail("keywords", $"Each keyword's `value` must be 1–{PinterestLimits.KeywordValueMaxLength} characters.");
        }

        return MutationRunner.RunAsync(checks.Errors, errors => new KeywordsPayload(null, errors), async () =>
        {
            var result = await pinterest.Keywords.CreateAsync(accountId!, new CreateKeywordsRequest
            {
                ParentId = input.ParentId,
                Keywords = input.Keywords.Select(k => new NewKeyword { Value = k.Value, MatchType = k.MatchType, Bid = k.BidMicro }).ToList(),
            }, c.CancellationToken);
            return new KeywordsPayload(result, []);
        });
    }

    private static Task<KeywordsPayload> UpdateKeywordsAsync(IResolveFieldContext c, IPinterestClient pinterest, UpdateKeywordsInput input)
    {
        var checks = new InputChecks();
        var accountId = checks.AdAccountId(input.AdAccountId);
        if (input.Changes.Count is 0 or > CreateKeywordsInputType.MaxKeywords)
        {
            checks.Fail("changes", $"`changes` takes 1–{CreateKeywordsInputType.MaxKeywords} changes.");
        }

        checks.PinterestIds("changes", input.Changes.Select(k => k.KeywordId).ToList(), CreateKeywordsInputType.MaxKeywords);
        return MutationRunner.RunAsync(checks.Errors, errors => new KeywordsPayload(null, errors), async () =>
        {
            var result = await pinterest.Keywords.UpdateAsync(accountId!, new UpdateKeywordsRequest
            {
                Keywords = input.Changes.Select(k => new KeywordChange { Id = k.KeywordId, Archived = k.Archived, Bid = k.BidMicro }).ToList(),
            }, c.CancellationToken);
            return new KeywordsPayload(result, []);
        });
    }

    [GeneratedRegex("^(AG|C)?[0-9]{1,20}$")]
    private static partial Regex KeywordParent();
}
