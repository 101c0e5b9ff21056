using GraphApi.Errors;
using GraphApi.Health;
using GraphApi.Http;
using GraphApi.Schema;

var builder = WebApplication.CreateBuilder(args);

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
app.MapGraphQLEndpoint();
app.MapGraphApiHealthChecks();

await app.RunAsync();
return 0;
