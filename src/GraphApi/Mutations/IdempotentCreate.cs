using GraphApi.Idempotency;
using GraphQL;

namespace GraphApi.Mutations;

/// <summary>A create with an optional idempotency key: a retry with the same key and caller gets the first result back.</summary>
internal static class IdempotentCreate
{
    public static async Task<T> RunAsync<T>(
        IResolveFieldContext context, string operation, string? key,
        Func<Task<T>> create, Func<string, Task<T>> reload, Func<T, string> idOf)
        where T : class
    {
        if (key is null)
        {
            return await create();
        }

        T? created = null;
        var (outcome, id) = await context.RequestServices!.GetRequiredService<IdempotencyStore>().RunOnceAsync(
            CallerKey.From(context), operation, key, async () => idOf(created = await create()), context.CancellationToken);
        return outcome switch
        {
            IdempotencyOutcome.Run => created!,
            IdempotencyOutcome.Replay => await reload(id!),
            _ => throw new IdempotencyInProgressException(),
        };
    }

    public static void CheckKey(string? key, InputChecks checks)
    {
        if (key is not null && (key.Trim().Length == 0 || key.Length > IdempotencyStore.MaxKeyLength))
        {
            checks.Fail("idempotencyKey", $"`idempotencyKey` must be 1–{IdempotencyStore.MaxKeyLength} characters.");
        }
    }
}
