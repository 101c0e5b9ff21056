using GraphApi.Execution.Cost;
using GraphApi.Execution.Scopes;
using GraphApi.Features.Pins;
using GraphApi.Pinterest;
using GraphApi.Pinterest.Catalogs;
using GraphApi.Pinterest.OAuth;
using GraphApi.Pinterest.Pagination;
using GraphApi.Pinterest.Patching;
using GraphApi.Schema;
using GraphApi.Schema.Mutations;
using GraphApi.Schema.Mutations.Idempotency;
using GraphApi.Schema.Relay;
using GraphQL;
using GraphQL.MicrosoftDI;
using GraphQL.Types;

namespace GraphApi.Features.Catalogs;

/// <summary>
/// createCatalog, createCatalogFeed, updateCatalogFeed, deleteCatalogFeed, ingestCatalogFeed and createCatalogReport,
/// each one Pinterest call. Creates take idempotency keys; createCatalogReport does not: it is a read at Pinterest
/// (reports/create needs catalogs:read only) and a second report costs nothing but a token.
/// </summary>
internal sealed class CatalogMutations : IMutationFields
{
    /// <summary>Names of catalogs and feeds: the spec gives no cap; this keeps a 1 MB name from reaching Pinterest.</summary>
    public const int MaxNameLength = 500;

    public const int MaxLocationLength = 2048;

    public void AddTo(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<CreateCatalogPayloadType>>("createCatalog")
            .Description("Creates a catalog for the connected user's business.")
            .Argument<NonNullGraphType<CreateCatalogInputType>>("input", "The new catalog.")
            .RequiresScopes(PinterestScopes.CatalogsWrite)
            .UpstreamCost(UpstreamCost.OneCall)
            .UpstreamCategory(UpstreamCategories.CatalogsWrite)
            .OnScopeDenied((code, message) => new CatalogPayload(null, [UserErrors.FromDenial(code, message)]))
            .Resolve().WithService<IPinterestClient>()
            .ResolveAsync(async (c, pinterest) => await CreateCatalogAsync(c, pinterest, c.GetArgument<CreateCatalogInput>("input")));
        mutation.Field<NonNullGraphType<CreateCatalogFeedPayloadType>>("createCatalogFeed")
            .Description("Creates a feed: the file Pinterest downloads a catalog's items from (processed on its schedule, or now with ingestCatalogFeed).")
            .Argument<NonNullGraphType<CreateCatalogFeedInputType>>("input", "The new feed.")
            .RequiresScopes(PinterestScopes.CatalogsRead, PinterestScopes.CatalogsWrite)
            .UpstreamCost(UpstreamCost.OneCall)
            .UpstreamCategory(UpstreamCategories.CatalogsWrite)
            .OnScopeDenied((code, message) => new CatalogFeedPayload(null, [UserErrors.FromDenial(code, message)]))
            .Resolve().WithService<IPinterestClient>()
            .ResolveAsync(async (c, pinterest) => await CreateFeedAsync(c, pinterest, c.GetArgument<CreateCatalogFeedInput>("input")));
        mutation.Field<NonNullGraphType<UpdateCatalogFeedPayloadType>>("updateCatalogFeed")
            .Description("Changes a feed.")
            .Argument<NonNullGraphType<UpdateCatalogFeedInputType>>("input", "The feed and its changes.")
            .RequiresScopes(PinterestScopes.CatalogsRead, PinterestScopes.CatalogsWrite)
            .UpstreamCost(UpstreamCost.OneCall)
            .UpstreamCategory(UpstreamCategories.CatalogsWrite)
            .OnScopeDenied((code, message) => new CatalogFeedPayload(null, [UserErrors.FromDenial(code, message)]))
            .Resolve().WithService<IPinterestClient>()
            .ResolveAsync(async (c, pinterest) => await UpdateFeedAsync(c, pinterest, c.GetArgument<UpdateCatalogFeedInput>("input")));
        mutation.Field<NonNullGraphType<DeleteCatalogFeedPayloadType>>("deleteCatalogFeed")
            .Description("Deletes a feed.")
            .Argument<NonNullGraphType<DeleteCatalogFeedInputType>>("input", "The feed to delete.")
            .RequiresScopes(PinterestScopes.CatalogsRead, PinterestScopes.CatalogsWrite)
            .UpstreamCost(UpstreamCost.OneCall)
            .UpstreamCategory(UpstreamCategories.CatalogsWrite)
            .OnScopeDenied((code, message) => new DeletedPayload(null, [UserErrors.FromDenial(code, message)]))
            .Resolve().WithService<IPinterestClient>()
            .ResolveAsync(async (c, pinterest) => await DeleteFeedAsync(c, pinterest, c.GetArgument<CatalogFeedIdInput>("input")));
        mutation.Field<NonNullGraphType<IngestCatalogFeedPayloadType>>("ingestCatalogFeed")
            .Description("Asks Pinterest to process a feed now. Asynchronous: poll catalogFeed(id) { processingResults(first: 1) { nodes { status } } }.")
            .Argument<NonNullGraphType<IngestCatalogFeedInputType>>("input", "The feed to process.")
            .RequiresScopes(PinterestScopes.CatalogsWrite)
            .UpstreamCost(UpstreamCost.OneCall)
            .UpstreamCategory(UpstreamCategories.CatalogsWrite)
            .OnScopeDenied((code, message) => new IngestionPayload(null, null, [UserErrors.FromDenial(code, message)]))
            .Resolve().WithService<IPinterestClient>()
            .ResolveAsync(async (c, pinterest) => await IngestAsync(c, pinterest, c.GetArgument<CatalogFeedIdInput>("input")));
        mutation.Field<NonNullGraphType<CreateCatalogReportPayloadType>>("createCatalogReport")
            .Description("Starts building a catalog report. Asynchronous: poll catalogReport(token) until FINISHED.")
            .Argument<NonNullGraphType<CreateCatalogReportInputType>>("input", "The report to build.")
            .RequiresScopes(PinterestScopes.CatalogsRead)
            .UpstreamCost(UpstreamCost.OneCall)
            .UpstreamCategory(UpstreamCategories.CatalogsRead)
            .OnScopeDenied((code, message) => new CatalogReportPayload(null, [UserErrors.FromDenial(code, message)]))
            .Resolve().WithService<IPinterestClient>()
            .ResolveAsync(async (c, pinterest) => await CreateReportAsync(c, pinterest, c.GetArgument<CreateCatalogReportInput>("input")));
    }

    private static Task<CatalogPayload> CreateCatalogAsync(IResolveFieldContext c, IPinterestClient pinterest, CreateCatalogInput input)
    {
        var checks = new InputChecks().Length("name", input.Name, 1, MaxNameLength);
        IdempotentCreate.CheckKey(input.IdempotencyKey, checks);
        return MutationRunner.RunAsync(checks.Errors, errors => new CatalogPayload(null, errors), async () =>
        {
            var result = await IdempotentCreate.RunAsync(c, "createCatalog", input.IdempotencyKey,
                () => new IdempotencyFingerprint("createCatalog").Add("name", input.Name).Add("catalogType", input.CatalogType).Hash(),
                () => pinterest.Catalogs.CreateAsync(new CreateCatalogRequest { Name = input.Name, CatalogType = input.CatalogType }, cancellationToken: c.CancellationToken),
                id => FindCatalogAsync(pinterest, id, c.CancellationToken),
                x => x.Id,
                _ => Task.FromResult<Catalog?>(null));
            c.Service<CatalogsByIdDataLoader>().Prime(result.Value.Id, result.Value);
            return new CatalogPayload(result.Value, [], result.Replayed);
        });
    }

    private static Task<CatalogFeedPayload> CreateFeedAsync(IResolveFieldContext c, IPinterestClient pinterest, CreateCatalogFeedInput input)
    {
        var checks = new InputChecks().Length("name", input.Name, 1, MaxNameLength).Length("defaultLocale", input.DefaultLocale, 2, 20);
        var catalogId = checks.PinterestId("catalogId", input.CatalogId, NodeTypes.Catalog);
        FeedLocation(checks, "location", input.Location);
        var hotel = input.CatalogType == CatalogTypes.Hotel;
        if (hotel != (input.DefaultCountry is null))
        {
            checks.Fail("defaultCountry", hotel ? "Hotel feeds take no `defaultCountry`." : "`defaultCountry` is required for retail and creative-assets feeds.");
        }

        if (input.DefaultAvailability is not null && input.CatalogType != CatalogTypes.Retail)
        {
            checks.Fail("defaultAvailability", "Only retail feeds take `defaultAvailability`.");
        }

        if ((input.ScheduleTime is null) != (input.ScheduleTimezone is null))
        {
            checks.Fail("scheduleTime", "`scheduleTime` and `scheduleTimezone` go together.");
        }

        CredentialChecks(checks, input.Credentials);
        IdempotentCreate.CheckKey(input.IdempotencyKey, checks);
        return MutationRunner.RunAsync(checks.Errors, errors => new CatalogFeedPayload(null, errors), async () =>
        {
            var request = new CreateCatalogFeedRequest
            {
                CatalogType = input.CatalogType,
                CatalogId = catalogId,
                Name = input.Name,
                Format = input.Format,
                Location = input.Location,
                DefaultLocale = input.DefaultLocale,
                DefaultCountry = input.DefaultCountry,
                DefaultCurrency = input.DefaultCurrency,
                DefaultAvailability = input.DefaultAvailability,
                Status = input.Status,
                Credentials = input.Credentials is { } credentials ? new CatalogFeedCredentials { Username = credentials.Username, Password = credentials.Password } : null,
                PreferredProcessingSchedule = input.ScheduleTime is null ? null : new CatalogFeedSchedule { Time = input.ScheduleTime, Timezone = input.ScheduleTimezone },
            };
            var result = await IdempotentCreate.RunAsync(c, "createCatalogFeed", input.IdempotencyKey,
                // The password is left out of the fingerprint: the idempotency store keeps no trace of it.
                () => new IdempotencyFingerprint("createCatalogFeed").Add("catalogId", catalogId).Add("catalogType", input.CatalogType).Add("name", input.Name)
                    .Add("format", input.Format).Add("location", input.Location).Add("locale", input.DefaultLocale).Add("country", input.DefaultCountry)
                    .Add("currency", input.DefaultCurrency).Add("availability", input.DefaultAvailability).Add("username", input.Credentials?.Username)
                    .Add("time", input.ScheduleTime).Add("timezone", input.ScheduleTimezone).Add("status", input.Status).Hash(),
                () => pinterest.Catalogs.CreateFeedAsync(request, cancellationToken: c.CancellationToken),
                id => pinterest.Catalogs.GetFeedAsync(id, cancellationToken: c.CancellationToken),
                x => x.Id,
                _ => Task.FromResult<CatalogFeed?>(null));
            c.Service<CatalogFeedsByIdDataLoader>().Prime(result.Value.Id, result.Value);
            return new CatalogFeedPayload(result.Value, [], result.Replayed);
        });
    }

    private static Task<CatalogFeedPayload> UpdateFeedAsync(IResolveFieldContext c, IPinterestClient pinterest, UpdateCatalogFeedInput input)
    {
        var checks = new InputChecks().NotCleared("name", input.Name).NotCleared("format", input.Format).NotCleared("location", input.Location).NotCleared("status", input.Status)
            .Length("name", input.Name.ValueOrDefault ?? "x", 1, MaxNameLength);
        var feedId = checks.PinterestId("feedId", input.FeedId, NodeTypes.CatalogFeed);
        if (input.Location.HasValue)
        {
            FeedLocation(checks, "location", input.Location.Value);
        }

        if (!input.DefaultAvailability.IsUnset && input.CatalogType != CatalogTypes.Retail)
        {
            checks.Fail("defaultAvailability", "Only retail feeds take `defaultAvailability`.");
        }

        CredentialChecks(checks, input.Credentials.ValueOrDefault);
        return MutationRunner.RunAsync(checks.Errors, errors => new CatalogFeedPayload(null, errors), async () =>
        {
            var request = new UpdateCatalogFeedRequest
            {
                CatalogType = input.CatalogType,
                Name = input.Name.ValueOrDefault,
                Format = input.Format.ValueOrDefault,
                Location = input.Location.ValueOrDefault,
                Status = input.Status.ValueOrDefault,
                DefaultCurrency = input.DefaultCurrency,
                DefaultAvailability = input.DefaultAvailability,
                Credentials = input.Credentials.Kind switch
                {
                    PatchKind.Value => new CatalogFeedCredentials { Username = input.Credentials.Value.Username, Password = input.Credentials.Value.Password },
                    PatchKind.Null => Patch.Null<CatalogFeedCredentials>(),
                    _ => default,
                },
            };
            var feed = await pinterest.Catalogs.UpdateFeedAsync(feedId!, request, cancellationToken: c.CancellationToken);
            c.Service<CatalogFeedsByIdDataLoader>().Prime(feed.Id, feed);
            return new CatalogFeedPayload(feed, []);
        });
    }

    private static Task<DeletedPayload> DeleteFeedAsync(IResolveFieldContext c, IPinterestClient pinterest, CatalogFeedIdInput input)
    {
        var checks = new InputChecks();
        var feedId = checks.PinterestId("feedId", input.FeedId, NodeTypes.CatalogFeed);
        return MutationRunner.RunAsync(checks.Errors, errors => new DeletedPayload(null, errors), async () =>
        {
            await pinterest.Catalogs.DeleteFeedAsync(feedId!, cancellationToken: c.CancellationToken);
            c.Service<CatalogFeedsByIdDataLoader>().Clear(feedId!);
            return new DeletedPayload(GlobalId.Encode(NodeTypes.CatalogFeed, feedId!), []);
        });
    }

    private static Task<IngestionPayload> IngestAsync(IResolveFieldContext c, IPinterestClient pinterest, CatalogFeedIdInput input)
    {
        var checks = new InputChecks();
        var feedId = checks.PinterestId("feedId", input.FeedId, NodeTypes.CatalogFeed);
        return MutationRunner.RunAsync(checks.Errors, errors => new IngestionPayload(null, null, errors), async () =>
            new IngestionPayload(feedId, await pinterest.Catalogs.IngestFeedAsync(feedId!, cancellationToken: c.CancellationToken), []));
    }

    private static Task<CatalogReportPayload> CreateReportAsync(IResolveFieldContext c, IPinterestClient pinterest, CreateCatalogReportInput input)
    {
        var checks = new InputChecks();
        if (input.CatalogType == CatalogTypes.CreativeAssets)
        {
            checks.Fail("catalogType", "Pinterest builds reports of RETAIL and HOTEL catalogs only.");
        }

        var ingestion = input.ReportType == CatalogReportTypes.FeedIngestionIssues;
        var feedId = input.FeedId is null ? null : checks.PinterestId("feedId", input.FeedId, NodeTypes.CatalogFeed);
        var catalogId = input.CatalogId is null ? null : checks.PinterestId("catalogId", input.CatalogId, NodeTypes.Catalog);
        checks.Id("processingResultId", input.ProcessingResultId);
        if (ingestion && (feedId is null || catalogId is not null))
        {
            checks.Fail("feedId", "A FEED_INGESTION_ISSUES report needs `feedId` (and takes no `catalogId`).");
        }
        else if (!ingestion && (input.FeedId is not null || input.ProcessingResultId is not null))
        {
            checks.Fail("feedId", "Only a FEED_INGESTION_ISSUES report takes `feedId` and `processingResultId`.");
        }

        return MutationRunner.RunAsync(checks.Errors, errors => new CatalogReportPayload(null, errors), async () =>
        {
            var token = await pinterest.Catalogs.CreateReportAsync(new CreateCatalogReportRequest
            {
                CatalogType = input.CatalogType,
                Report = new CatalogReportFilter { ReportType = input.ReportType, FeedId = feedId, ProcessingResultId = input.ProcessingResultId, CatalogId = catalogId },
            }, cancellationToken: c.CancellationToken);
            return new CatalogReportPayload(new CatalogReportStatus(token.Token ?? "", new CatalogReport { ReportStatus = "IN_PROGRESS" }), []);
        });
    }

    /// <summary>A catalog by id through the list (no catalogs/get): the idempotent replay of createCatalog.</summary>
    private static async Task<Catalog> FindCatalogAsync(IPinterestClient pinterest, string id, CancellationToken cancellationToken)
    {
        string? bookmark = null;
        do
        {
            var page = await pinterest.Catalogs.ListAsync(new PageRequest(PageRequest.MaxPageSize, bookmark), cancellationToken: cancellationToken);
            if (page.Items.FirstOrDefault(x => x.Id == id) is { } catalog)
            {
                return catalog;
            }

            bookmark = page.Bookmark;
        }
        while (bookmark is not null);
        throw new InvalidOperationException("The catalog an earlier request created is no longer listed.");
    }

    private static void FeedLocation(InputChecks checks, string field, string value)
    {
        if (value.Length > MaxLocationLength || !(value.StartsWith("http://", StringComparison.Ordinal) || value.StartsWith("https://", StringComparison.Ordinal)
            || value.StartsWith("ftp://", StringComparison.Ordinal) || value.StartsWith("sftp://", StringComparison.Ordinal)))
        {
            checks.Fail(field, $"`{field}` must be an http, https, ftp or sftp URL of at most {MaxLocationLength} characters.");
        }
    }

    // The messages never repeat what was sent: it may be a password.
    private static void CredentialChecks(InputChecks checks, CatalogFeedCredentialsInput? credentials)
    {
        if (credentials is not null && (credentials.Username.Length is 0 or > 256 || credentials.Password.Length is 0 or > 256))
        {
            checks.Fail("credentials", "`credentials` need a username and a password of 1–256 characters.");
        }
    }
}
