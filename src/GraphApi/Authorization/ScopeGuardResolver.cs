using GraphQL;
using GraphQL.Resolvers;

namespace GraphApi.Authorization;

/// <summary>
/// Wraps the resolver of every scope-guarded field: a denied field fails with its error without calling the real
/// resolver, so it costs no upstream call; the access decision was loaded during validation.
/// </summary>
internal sealed class ScopeGuardResolver(IFieldResolver inner, ScopeRequirement requirement, string coordinate) : IFieldResolver
{
    public async ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        var access = await context.RequestServices!.GetRequiredService<PinterestAccessResolver>().GetAsync(context.CancellationToken);
        if (ScopeDecision.Decide(requirement, access, coordinate) is { } denial)
        {
            return context.FieldDefinition.GetMetadata<Func<string, string, object>?>(ScopeDenialPayload.MetadataKey) is { } payload
                ? payload(denial.Code, denial.Message)
                : throw new ScopeExecutionError(denial);
        }

        return await inner.ResolveAsync(context);
    }
}
