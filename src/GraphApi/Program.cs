using GraphApi.Accounts.Callers;
using GraphApi.Accounts.Connect;
using GraphApi.Accounts.Links;
using GraphApi.Admin;
using GraphApi.Cluster;
using GraphApi.Hosting;
using GraphApi.Hosting.Health;
using GraphApi.Http;
using GraphApi.Http.RateLimiting;
using GraphApi.Ide;
using GraphApi.Mcp;
using GraphApi.Sandbox;
using GraphApi.Schema;
using GraphApi.Storage;
using GraphApi.Storage.Keys;
using GraphApi.Telemetry;
using GraphApi.Upstream;
using GraphApi.Upstream.Quota;
// `sandbox --urls ...` runs the Pinterest emulator alone, for benchmarks and other tools
if (SandboxCommand.IsInvoked(args))
{
    return await SandboxCommand.RunAsync(args);
}

// A bad setting stops the start with its message on stderr and exit code 1, not a stack trace
StartupFailure.ReportConfigurationErrors();

// Settings and data come from the app's folder, whatever the working directory
var builder = WebApplication.CreateBuilder(AppFolder.BuilderOptions(args));

// Request lines carry query strings (the OAuth code and state): off by default, whatever the settings files say
builder.Logging.KeepSecretsOutOfLogs();

// HttpClient, Polly and EF Core at Warning (five lines per upstream call otherwise); one line per GraphQL request instead
builder.Logging.QuietLibraryLogs();

// OpenTelemetry: spans, metrics and trace ids in logs; exported only when OpenTelemetry:* configures an exporter
builder.AddGraphApiTelemetry();

// Callers: bearer JWTs (an OIDC authority, or an issuer with a signing key; self-issued in sandbox mode)
builder.Services.AddCallerAuthentication();
builder.Services.AddAuthorization();

// The gateway's database (SQLite by default) and Data Protection keys; callers' Pinterest account links, their tokens
// encrypted, refreshed once per expiry; the OAuth connect flow
builder.Services.AddGraphApiStorage(builder.Configuration, builder.Environment);

// What several instances share beyond the database: Redis (when Redis:Configuration is set)
builder.Services.AddGraphApiCluster(builder.Configuration);
builder.Services.AddAccountLinks();

// The Pinterest client
builder.Services.AddPinterestUpstream();

// Sandbox mode (the default): the embedded emulator the client talks to, demo callers and their tokens, the demo app
builder.Services.AddSandboxMode(builder.Configuration, builder.Environment);

// GraphQL engine, schema and the GraphQL-over-HTTP endpoint
builder.Services.AddGraphApiGraphQL(builder.Configuration);

// The Pinterest schema: account links, gateway info, users, boards, sections, pins, media, analytics, search, Relay
// nodes; per-request loaders
builder.Services.AddGraphApiSchemaFeatures();

// One JSON error shape for failures outside GraphQL execution
builder.Services.AddExceptionHandler<JsonExceptionHandler>();
builder.Services.AddProblemDetails();

// Per-caller rate limits: requests, and estimated upstream calls (charged before execution)
builder.Services.AddCallerRateLimiting(builder.Configuration);

// Pinterest quota: the rate-limit headers of every answer, per account link; shown to callers, and a fail-fast check
builder.Services.AddPinterestQuota(builder.Configuration);

// Liveness and readiness
builder.Services.AddGraphApiHealthChecks(builder.Configuration);

// MCP server for AI agents: tools generated from the schema and the trusted documents, run like /graphql requests
builder.Services.AddGraphApiMcp();

var app = builder.Build();
app.ValidateSettings();

if (SchemaExportCommand.IsInvoked(args))
{
    return await SchemaExportCommand.RunAsync(app.Services, args);
}

if (KeysProtectCommand.IsInvoked(args))
{
    return await KeysProtectCommand.RunAsync(app.Services);
}

app.UseStartupBanner();
app.UseExceptionHandler();
app.UseRequestTimeouts();
app.UseBananaCakePop();
app.UseSandboxMode();
app.UseIntegrationAdminPage();
app.UseCallerAuthentication();
app.UseCallerRateLimiting();
app.UseAuthorization();
app.MapGraphQLEndpoint().RequireRateLimiting(RateLimitPolicies.Caller);
app.MapPinterestConnect();
app.MapGraphApiMcp();
app.MapGraphApiHealthChecks();

await app.RunAsync();
return 0;
