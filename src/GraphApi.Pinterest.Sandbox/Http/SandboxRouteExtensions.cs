using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace GraphApi.Pinterest.Sandbox.Http;

internal static class SandboxRouteExtensions
{
    /// <summary>Tags an endpoint with its operationId and required scopes and runs it through <see cref="SandboxOperationFilter"/>.</summary>
    public static RouteHandlerBuilder Operation(this RouteHandlerBuilder builder, string operationId, params string[] scopes) =>
        builder.WithMetadata(new SandboxOperation(operationId, scopes))
            .WithName("pinterest-sandbox:" + operationId)
            .AddEndpointFilter<SandboxOperationFilter>();

    public static RouteHandlerBuilder ClientOperation(this RouteHandlerBuilder builder, string operationId) =>
        builder.WithMetadata(new SandboxOperation(operationId, [], RequiresUser: false))
            .AddEndpointFilter<SandboxOperationFilter>();
}
