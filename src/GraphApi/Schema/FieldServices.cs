using GraphApi.Pinterest;
using GraphQL;

namespace GraphApi.Schema;

/// <summary>
/// The request's services where GraphQL.MicrosoftDI's <c>Resolve().WithService&lt;T&gt;()</c> builder does not reach:
/// key-only fields (<see cref="DataLoading.HandleFields"/> installs its own resolver), handles, and helpers that run
/// inside a resolver (priming loaders after a write, the idempotent create). Every other field takes its services
/// through the builder. Both read the request's scope; neither opens a new one (loaders must stay per request).
/// </summary>
public static class FieldServices
{
    public static T Service<T>(this IResolveFieldContext context)
        where T : notnull => (context.RequestServices ?? throw new MissingRequestServicesException()).GetRequiredService<T>();

    /// <summary>The Pinterest client, the service most resolvers need.</summary>
    public static IPinterestClient Pinterest(this IResolveFieldContext context) => context.Service<IPinterestClient>();
}
