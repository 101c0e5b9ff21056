using GraphApi.Connections;
using GraphApi.Connections.Storage;
using GraphApi.Errors;
using GraphApi.Health;
using GraphApi.Http;
using GraphApi.Identity;
using GraphApi.Ide;
using GraphApi.Schema;

var builder = WebApplication.CreateBuilder(args);

// Callers: bearer JWTs (an OIDC authority, or an issuer with a signing key; self-issued in sandbox mode)
builder.Services.AddCallerAuthentication(builder.Configuration, builder.Environment);
builder.Services.AddAuthorization();

// Pinterest connections: EF Core store (SQLite by default), tokens encrypted with Data Protection
builder.Services.AddConnectionStorage(builder.Configuration, builder.Environment);
builder.Services.AddPinterestConnections();

// GraphQL engine, schema and the GraphQL-over-HTTP endpoint
builder.Services.AddGraphApiGraphQL(builder.Configuration);

// One JSON error shape for failures outside GraphQL execution
builder.Services.AddExceptionHandler<JsonExceptionHandler>();
builder.Services.AddProblemDetails();

// Liveness and readiness
builder.Services.AddGraphApiHealthChecks();

var app = builder.Build();

if (SchemaExportCommand.IsInvoked(args))
{
    return await SchemaExportCommand.RunAsync(app.Services, args);
}

app.UseExceptionHandler();
app.UseBananaCakePop();
app.UseAuthentication();
app.UseAuthorization();
app.MapGraphQLEndpoint();
app.MapPinterestConnect();
app.MapGraphApiHealthChecks();

await app.RunAsync();
return 0;
