using GraphApi.Accounts.Callers;
using GraphApi.Execution.Limits;
using GraphApi.Http.RateLimiting;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using ModelContextProtocol.AspNetCore.Authentication;
using ModelContextProtocol.Authentication;
using ModelContextProtocol.Protocol;

namespace GraphApi.Mcp;

internal static class McpServiceCollectionExtensions
{
    /// <summary>
    /// The MCP server (official SDK, streamable HTTP, stateless: every POST is one HTTP request with the caller's bearer
    /// token, so per-request services, rate limits and budgets work as for /graphql), its tools, and the MCP
    /// authentication scheme that serves the protected resource metadata and answers 401 with its address.
    /// </summary>
    public static IServiceCollection AddGraphApiMcp(this IServiceCollection services)
    {
        services.AddOptions<McpOptions>()
            .BindConfiguration(McpOptions.SectionName)
            .Configure<IConfiguration>((options, configuration) =>
            {
                // "a,b" as one string binds to nothing in a list: read the plain-string form too.
                var single = configuration.GetSection(McpOptions.SectionName + ":Tools").Value;
                if (!string.IsNullOrWhiteSpace(single))
                {
                    options.Tools.AddRange(single.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<McpOptions>, McpOptionsValidator>();
        services.AddSingleton<McpToolDefinitions>();
        services.AddSingleton<McpToolCatalog>();
        services.AddScoped<McpOperationRunner>();
        services.AddScoped<McpToolInvoker>();

        services.AddAuthentication().AddMcp(options => options.Events.OnResourceMetadataRequest = DescribeResource);
        services.AddMcpServer(options =>
            {
                options.ServerInfo = new Implementation { Name = "GraphApi", Version = typeof(McpOptions).Assembly.GetName().Version?.ToString() ?? "1.0" };
                options.ServerInstructions =
                    "Tools act on the signed-in user's Pinterest account through GraphApi. When a result says Pinterest is not connected, give the user the URL it carries, then call complete_pinterest_connection with the code they bring back.";
                // The HTTP request's own services are used (McpToolInvoker): no second scope per message.
                options.ScopeRequests = false;
            })
            .WithHttpTransport(transport =>
            {
                transport.Stateless = true;
                transport.ConfigureSessionOptions = (context, options, _) =>
                {
                    options.ToolCollection ??= [];
                    foreach (var tool in context.RequestServices.GetRequiredService<McpToolCatalog>().Exposed)
                    {
                        options.ToolCollection.TryAdd(tool);
                    }

                    return Task.CompletedTask;
                };
            });
        return services;
    }

    /// <summary>
    /// <c>/mcp</c> (POST; GET and DELETE answer 405 in stateless mode) for authenticated callers, under the caller rate
    /// limit and request timeout of /graphql; an anonymous request gets the MCP scheme's 401 with the
    /// <c>resource_metadata</c> address. Also the page the connect flow returns to.
    /// </summary>
    public static WebApplication MapGraphApiMcp(this WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<McpOptions>>().Value.Enabled)
        {
            return app;
        }

        var maxBody = app.Services.GetRequiredService<IOptions<Http.GraphQLHttpOptions>>().Value.MaxRequestBodyBytes;
        app.Use(async (context, next) =>
        {
            if (context.GetEndpoint()?.Metadata.GetMetadata<McpEndpointMarker>() is null)
            {
                await next(context);
                return;
            }

            // The body bound of /graphql: a message is read whole by the transport, so a larger one is refused (413) first.
            if (context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = maxBody;
            }

            if (context.Request.ContentLength > maxBody)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                return;
            }

            if (context.User.Identity?.IsAuthenticated != true)
            {
                await context.ChallengeAsync(McpAuthenticationDefaults.AuthenticationScheme);
                return;
            }

            await next(context);
        });
        app.MapMcp(McpOptions.Path)
            .WithMetadata(new McpEndpointMarker())
            .RequireRateLimiting(RateLimitPolicies.Caller)
            .WithRequestTimeout(LimitsServiceCollectionExtensions.RequestTimeoutPolicy);
        app.MapMcpConnectedPage();
        return app;
    }

    /// <summary>
    /// RFC 9728 metadata for this host's /mcp: the authorization server is the one callers' tokens come from
    /// (<c>Authentication:Authority</c>, else <c>Authentication:Issuer</c> when it is a URL).
    /// </summary>
    private static Task DescribeResource(ResourceMetadataRequestContext context)
    {
        var request = context.HttpContext.Request;
        var callers = context.HttpContext.RequestServices.GetRequiredService<IOptions<CallerAuthenticationOptions>>().Value;
        var metadata = new ProtectedResourceMetadata
        {
            Resource = $"{request.Scheme}://{request.Host}{request.PathBase}{McpOptions.Path}",
            ResourceName = "GraphApi (Pinterest)",
            BearerMethodsSupported = ["header"],
        };
        // RFC 9728 lists authorization servers by issuer URL: an issuer that is a plain name (a signing-key set-up, the
        // sandbox's own tokens) has no metadata for a client to discover, so none is named.
        var authority = !string.IsNullOrWhiteSpace(callers.Authority) ? callers.Authority : callers.Issuer;
        if (Uri.TryCreate(authority, UriKind.Absolute, out var issuer) && issuer.Scheme is "https" or "http")
        {
            metadata.AuthorizationServers.Add(authority);
        }

        context.ResourceMetadata = metadata;
        return Task.CompletedTask;
    }

    /// <summary>Marks the MCP endpoints, so the guard in <see cref="MapGraphApiMcp"/> applies to them and nothing else.</summary>
    private sealed class McpEndpointMarker;
}
