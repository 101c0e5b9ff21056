using GraphApi.Pinterest.Catalogs;
using GraphApi.Pinterest.Patching;
using GraphApi.Schema.Mutations;
using GraphApi.Schema.Relay;
using GraphQL.Types;

namespace GraphApi.Features.Catalogs;

public sealed class CreateCatalogInput
{
    public string Name { get; set; } = "";

    public string CatalogType { get; set; } = "";

    public string? IdempotencyKey { get; set; }
}

public sealed class CreateCatalogInputType : InputObjectGraphType<CreateCatalogInput>
{
    public CreateCatalogInputType()
    {
        Name = "CreateCatalogInput";
        Description = "A new catalog of the connected user's business.";
        Field(x => x.Name).Description($"The catalog's name (1–{CatalogMutations.MaxNameLength} characters).");
        Field<NonNullGraphType<CatalogVerticalEnumType>>("catalogType").Description("What the catalog will hold.");
        Field(x => x.IdempotencyKey, nullable: true).Description("Retrying with the same key and input returns the first catalog (replayed: true) instead of creating another.");
    }
}

/// <summary>Download credentials of a feed file. Write-only: never shown again, never logged.</summary>
public sealed class CatalogFeedCredentialsInput
{
    public string Username { get; set; } = "";

    public string Password { get; set; } = "";

    public override string ToString() => "CatalogFeedCredentialsInput { *** }";
}

public sealed class CatalogFeedCredentialsInputType : InputObjectGraphType<CatalogFeedCredentialsInput>
{
    public CatalogFeedCredentialsInputType()
    {
        Name = "CatalogFeedCredentialsInput";
        Description = "The username and password Pinterest downloads a protected feed file with. Write-only: no field ever returns them.";
        Field(x => x.Username).Description("The download username.");
        Field(x => x.Password).Description("The download password.");
    }
}

public sealed class CreateCatalogFeedInput
{
    public string CatalogId { get; set; } = "";

    public string CatalogType { get; set; } = "";

    public string Name { get; set; } = "";

    public string Format { get; set; } = "";

    public string Location { get; set; } = "";

    public string DefaultLocale { get; set; } = "";

    public string? DefaultCountry { get; set; }

    public string? DefaultCurrency { get; set; }

    public string? DefaultAvailability { get; set; }

    public CatalogFeedCredentialsInput? Credentials { get; set; }

    public string? ScheduleTime { get; set; }

    public string? ScheduleTimezone { get; set; }

    public string? Status { get; set; }

    public string? IdempotencyKey { get; set; }
}

public sealed class CreateCatalogFeedInputType : InputObjectGraphType<CreateCatalogFeedInput>
{
    public CreateCatalogFeedInputType()
    {
        Name = "CreateCatalogFeedInput";
        Description = "A new feed of one of the user's catalogs.";
        Field<NonNullGraphType<IdGraphType>>("catalogId").Description("The catalog (global or Pinterest ID).");
        Field<NonNullGraphType<CatalogVerticalEnumType>>("catalogType").Description("The catalog's vertical (Pinterest checks it is the catalog's).");
        Field(x => x.Name).Description($"The feed's name, unique among the user's feeds (1–{CatalogMutations.MaxNameLength} characters).");
        Field<NonNullGraphType<CatalogFeedFormatEnumType>>("format").Description("The file's format.");
        Field(x => x.Location).Description("The http, https, ftp or sftp URL Pinterest downloads the file from.");
        Field(x => x.DefaultLocale).Description("The locale of the file's texts, e.g. en-US.");
        Field(x => x.DefaultCountry, nullable: true).Description("Default country (ISO 3166-1 alpha-2): required for retail and creative-assets feeds, refused for hotel feeds.");
        Field(x => x.DefaultCurrency, nullable: true).Description("Default currency (ISO 4217).");
        Field<CatalogAvailabilityEnumType>("defaultAvailability").Description("Retail feeds only: the default availability.");
        Field<CatalogFeedCredentialsInputType>("credentials").Description("Download credentials when the file is protected (write-only).");
        Field(x => x.ScheduleTime, nullable: true).Description("Preferred daily processing time, HH:MM (with scheduleTimezone).");
        Field(x => x.ScheduleTimezone, nullable: true).Description("The IANA time zone of scheduleTime, e.g. Europe/London.");
        Field<CatalogFeedStatusEnumType>("status").Description("ACTIVE (Pinterest's default) or INACTIVE.");
        Field(x => x.IdempotencyKey, nullable: true).Description("Retrying with the same key and input returns the first feed (replayed: true) instead of creating another.");
    }
}

/// <summary>An updateCatalogFeed input: each field is Unset (omitted), Null (explicit null) or a value.</summary>
public sealed class UpdateCatalogFeedInput
{
    public string FeedId { get; set; } = "";

    public string CatalogType { get; set; } = "";

    public Patch<string> Name { get; set; }

    public Patch<string> Format { get; set; }

    public Patch<string> Location { get; set; }

    public Patch<string> Status { get; set; }

    public Patch<string> DefaultCurrency { get; set; }

    public Patch<string> DefaultAvailability { get; set; }

    public Patch<CatalogFeedCredentialsInput> Credentials { get; set; }
}

public sealed class UpdateCatalogFeedInputType : InputObjectGraphType<UpdateCatalogFeedInput>
{
    public UpdateCatalogFeedInputType()
    {
        Name = "UpdateCatalogFeedInput";
        Description = "Changes to a feed: an omitted field stays as it is; an explicit null clears the credentials, default currency and default availability, and is refused elsewhere.";
        Field<NonNullGraphType<IdGraphType>>("feedId").Description("The feed (global or Pinterest ID).");
        Field<NonNullGraphType<CatalogVerticalEnumType>>("catalogType").Description("The feed's vertical (Pinterest requires it and checks it).");
        Field<StringGraphType>("name").Description($"New name. {InputPatch.NotClearable}");
        Field<CatalogFeedFormatEnumType>("format").Description($"New format. {InputPatch.NotClearable}");
        Field<StringGraphType>("location").Description($"New file URL. {InputPatch.NotClearable}");
        Field<CatalogFeedStatusEnumType>("status").Description($"ACTIVE or INACTIVE. {InputPatch.NotClearable}");
        Field<StringGraphType>("defaultCurrency").Description($"New default currency (ISO 4217). {InputPatch.Clearable}");
        Field<CatalogAvailabilityEnumType>("defaultAvailability").Description($"Retail feeds: new default availability. {InputPatch.Clearable}");
        Field<CatalogFeedCredentialsInputType>("credentials").Description($"New download credentials (write-only). {InputPatch.Clearable}");
    }

    // Built by hand so an absent field (Unset) and an explicit null (Null) stay apart; ToObject would make both null.
    public override object ParseDictionary(IDictionary<string, object?> value) => new UpdateCatalogFeedInput
    {
        FeedId = InputPatch.Required<string>(value, "feedId"),
        CatalogType = InputPatch.Required<string>(value, "catalogType"),
        Name = InputPatch.Read<string>(value, "name"),
        Format = InputPatch.Read<string>(value, "format"),
        Location = InputPatch.Read<string>(value, "location"),
        Status = InputPatch.Read<string>(value, "status"),
        DefaultCurrency = InputPatch.Read<string>(value, "defaultCurrency"),
        DefaultAvailability = InputPatch.Read<string>(value, "defaultAvailability"),
        Credentials = InputPatch.Read<CatalogFeedCredentialsInput>(value, "credentials"),
    };
}

public sealed class CatalogFeedIdInput
{
    public string FeedId { get; set; } = "";
}

public sealed class DeleteCatalogFeedInputType : InputObjectGraphType<CatalogFeedIdInput>
{
    public DeleteCatalogFeedInputType()
    {
        Name = "DeleteCatalogFeedInput";
        Description = "The feed to delete.";
        Field<NonNullGraphType<IdGraphType>>("feedId").Description("Global or Pinterest ID.");
    }
}

public sealed class IngestCatalogFeedInputType : InputObjectGraphType<CatalogFeedIdInput>
{
    public IngestCatalogFeedInputType()
    {
        Name = "IngestCatalogFeedInput";
        Description = "The feed to process now.";
        Field<NonNullGraphType<IdGraphType>>("feedId").Description("Global or Pinterest ID.");
    }
}

public sealed class CreateCatalogReportInput
{
    public string CatalogType { get; set; } = "";

    public string ReportType { get; set; } = "";

    public string? FeedId { get; set; }

    public string? ProcessingResultId { get; set; }

    public string? CatalogId { get; set; }
}

public sealed class CreateCatalogReportInputType : InputObjectGraphType<CreateCatalogReportInput>
{
    public CreateCatalogReportInputType()
    {
        Name = "CreateCatalogReportInput";
        Description = "A report to build: FEED_INGESTION_ISSUES names its feed (and optionally the processing result); the others optionally their catalog.";
        Field<NonNullGraphType<CatalogVerticalEnumType>>("catalogType").Description("RETAIL or HOTEL (Pinterest builds no creative-assets reports).");
        Field<NonNullGraphType<CatalogReportTypeEnumType>>("reportType").Description("What the report lists.");
        Field<IdGraphType>("feedId").Description("FEED_INGESTION_ISSUES: the feed (global or Pinterest ID).");
        Field<IdGraphType>("processingResultId").Description("FEED_INGESTION_ISSUES: the processing (Pinterest's default: the latest completed).");
        Field<IdGraphType>("catalogId").Description("DISTRIBUTION_ISSUES and ALL_ITEMS: the catalog (Pinterest's default: the oldest).");
    }
}

public sealed record CatalogPayload(Catalog? Catalog, IReadOnlyList<UserError> Errors, bool Replayed = false) : IPayload;

public sealed class CreateCatalogPayloadType : PayloadType<CatalogPayload>
{
    public CreateCatalogPayloadType()
        : base("CreateCatalogPayload", "The result of createCatalog.")
    {
        Field<CatalogType>("catalog").Description("The catalog as Pinterest returned it; null on failure.").Resolve(c => c.Source.Catalog);
        Field<NonNullGraphType<BooleanGraphType>>("replayed").Description("True when this is the catalog an earlier request with the same idempotency key created.").Resolve(c => c.Source.Replayed);
    }
}

public sealed record CatalogFeedPayload(CatalogFeed? Feed, IReadOnlyList<UserError> Errors, bool Replayed = false) : IPayload;

public sealed class CreateCatalogFeedPayloadType : PayloadType<CatalogFeedPayload>
{
    public CreateCatalogFeedPayloadType()
        : base("CreateCatalogFeedPayload", "The result of createCatalogFeed.")
    {
        Field<CatalogFeedType>("feed").Description("The feed as Pinterest returned it; null on failure.").Resolve(c => c.Source.Feed);
        Field<NonNullGraphType<BooleanGraphType>>("replayed").Description("True when this is the feed an earlier request with the same idempotency key created.").Resolve(c => c.Source.Replayed);
    }
}

public sealed class UpdateCatalogFeedPayloadType : PayloadType<CatalogFeedPayload>
{
    public UpdateCatalogFeedPayloadType()
        : base("UpdateCatalogFeedPayload", "The result of updateCatalogFeed.") =>
        Field<CatalogFeedType>("feed").Description("The feed as Pinterest returned it; null on failure.").Resolve(c => c.Source.Feed);
}

public sealed class DeleteCatalogFeedPayloadType : PayloadType<DeletedPayload>
{
    public DeleteCatalogFeedPayloadType()
        : base("DeleteCatalogFeedPayload", "The result of deleteCatalogFeed.") =>
        Field<IdGraphType>("deletedCatalogFeedId").Description("The deleted feed's global ID; null on failure.").Resolve(c => c.Source.DeletedId);
}

public sealed record IngestionPayload(string? FeedId, CatalogFeedIngestion? Ingestion, IReadOnlyList<UserError> Errors) : IPayload;

public sealed class IngestCatalogFeedPayloadType : PayloadType<IngestionPayload>
{
    public IngestCatalogFeedPayloadType()
        : base("IngestCatalogFeedPayload", "The result of ingestCatalogFeed: the processing it started (poll the feed's processingResults(first: 1)).")
    {
        Field<IdGraphType>("feedId").Description("The feed's global ID (poll catalogFeed(id) { processingResults(first: 1) }); null on failure.")
            .Resolve(c => c.Source.FeedId is { } id ? GlobalId.Encode(NodeTypes.CatalogFeed, id) : null);
        Field<StringGraphType>("processingResultId").Description("The processing's Pinterest ID.").Resolve(c => c.Source.Ingestion?.Id);
        Field<StringGraphType>("status").Description("PROCESSING when started.").Resolve(c => c.Source.Ingestion?.Status);
    }
}

public sealed record CatalogReportPayload(CatalogReportStatus? Report, IReadOnlyList<UserError> Errors) : IPayload;

public sealed class CreateCatalogReportPayloadType : PayloadType<CatalogReportPayload>
{
    public CreateCatalogReportPayloadType()
        : base("CreateCatalogReportPayload", "The result of createCatalogReport: poll catalogReport(token) until FINISHED.") =>
        Field<CatalogReportType>("report").Description("The report being built (IN_PROGRESS); null on failure.").Resolve(c => c.Source.Report);
}
