using GraphQL;
using GraphQL.Resolvers;

namespace GraphApi.Execution.Scopes;

/// <summary>
/// Wraps the resolver of every scope-guarded field: a denied field fails with its error without calling the real
/// resolver, so it costs no upstream call; the access decision was loaded during validation.
/// </summary>
internal sealed class ScopeGuardResolver(IFieldResolver inner, ScopeRequirement requirement, string coordinate) : IFieldResolver
{
    public ValueTask<object?> ResolveAsync(IResolveFieldContext context)
    {
        // The access is loaded once per request (during validation when a guarded field is selected), so after the
        // first field it is a completed task: decide and hand back the inner resolver's own ValueTask, without an
        // async state machine per guarded field (hundreds on a dashboard).
        var access = context.RequestServices!.GetRequiredService<PinterestAccessResolver>().GetAsync(context.CancellationToken);
        return access.IsCompletedSuccessfully ? Resolve(context, access.Result) : ResolveAfterLoadAsync(context, access);
    }

    private async ValueTask<object?> ResolveAfterLoadAsync(IResolveFieldContext context, Task<PinterestAccess> access) =>
        await Resolve(context, await access);

    private ValueTask<object?> Resolve(IResolveFieldContext context, PinterestAccess access)
    {
        if (ScopeDecision.Decide(requirement, access, coordinate) is { } denial)
        {
            return context.FieldDefinition.GetMetadata<Func<string, string, object>?>(ScopeDenialPayload.MetadataKey) is { } payload
                ? ValueTask.FromResult<object?>(payload(denial.Code, denial.Message))
                : throw new ScopeExecutionError(denial);
        }

        return inner.ResolveAsync(context);
    }
}
