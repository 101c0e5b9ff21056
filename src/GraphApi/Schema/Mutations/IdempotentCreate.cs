using GraphApi.Accounts.Links;
using GraphApi.Pinterest.Errors;
using GraphApi.Schema.Mutations.Idempotency;
using GraphQL;
using Microsoft.Extensions.Options;

namespace GraphApi.Schema.Mutations;

/// <summary>The object a keyed create answers, and whether it was created by an earlier request with the same key.</summary>
internal sealed record IdempotentResult<T>(T Value, bool Replayed);

/// <summary>
/// A create with an optional idempotency key (docs/durability/idempotency.md): reserve the key, reconcile with
/// Pinterest when an earlier attempt is in doubt, create, record the outcome. A retry gets the first object back.
/// </summary>
internal static class IdempotentCreate
{
    public static async Task<IdempotentResult<T>> RunAsync<T>(
        IResolveFieldContext context, string operation, string? key, Func<string> fingerprint,
        Func<Task<T>> create, Func<string, Task<T>> reload, Func<T, string> idOf,
        Func<IdempotencyReconciliation, Task<T?>> find)
        where T : class
    {
        if (key is null)
        {
            return new(await create(), false);
        }

        var store = context.Service<IdempotencyStore>();
        var caller = CallerKey.From(context);
        var cancellationToken = context.CancellationToken;
        using var lease = await context.Service<IdempotencyKeyLocks>().AcquireAsync(
            $"{caller.TenantId}\n{caller.UserId}\n{operation}\n{key}", cancellationToken);

        // Across instances (Redis or PostgreSQL locks): a retry on B while A's create runs waits for it and gets the
        // replay, as a retry on A does, instead of IDEMPOTENCY_IN_PROGRESS. Waits at most a reservation's lifetime; past
        // it (or with no lock server) the database's reservation decides, as before.
        var options = context.Service<IOptions<IdempotencyOptions>>().Value;
        await using var shared = await context.Service<Cluster.ClusterLocks>().TryAcquireAsync(
            "idempotency:" + Cluster.ClusterKeyHash.Of(caller.TenantId, $"{caller.UserId.Length}:{caller.UserId}{operation}\n{key}"),
            options.ReservationTimeout, cancellationToken);

        switch (await store.BeginAsync(caller, operation, key, fingerprint(), cancellationToken))
        {
            case IdempotencyDecision.Replay replay:
                return new(await reload(replay.ResultId), true);
            case IdempotencyDecision.InProgress busy:
                throw new IdempotencyInProgressException(busy.RetryAfter);
            case IdempotencyDecision.Run run:
                return await RunReservedAsync(options, store, caller, operation, run, create, idOf, find, cancellationToken);
            default:
                throw new IdempotencyKeyReusedException();
        }
    }

    public static void CheckKey(string? key, InputChecks checks)
    {
        if (key is not null && (key.Trim().Length == 0 || key.Length > IdempotencyStore.MaxKeyLength))
        {
            checks.Fail("idempotencyKey", $"`idempotencyKey` must be 1–{IdempotencyStore.MaxKeyLength} characters.");
        }
    }

    private static async Task<IdempotentResult<T>> RunReservedAsync<T>(
        IdempotencyOptions options, IdempotencyStore store, AccountLinkKey caller, string operation, IdempotencyDecision.Run run,
        Func<Task<T>> create, Func<T, string> idOf, Func<IdempotencyReconciliation, Task<T?>> find, CancellationToken cancellationToken)
        where T : class
    {
        if (run.Reconcile)
        {
            T? found;
            try
            {
                found = await ReconcileAsync(options, store, caller, operation, run, find, cancellationToken);
            }
            catch
            {
                // Nothing is known yet: no create without a finished search. The next retry searches again.
                await store.FailAsync(run.RecordId, run.Token, IdempotencyState.InDoubt);
                throw;
            }

            if (found is not null)
            {
                await store.SucceedAsync(run.RecordId, run.Token, idOf(found));
                return new(found, true);
            }
        }

        T created;
        try
        {
            created = await create();
        }
        catch (Exception ex)
        {
            await store.FailAsync(run.RecordId, run.Token, IdempotencyOutcomes.AfterFailure(ex));
            throw;
        }

        // The object exists whatever happens to the record: a failed write leaves the reservation to expire and be reconciled.
        await store.SucceedAsync(run.RecordId, run.Token, idOf(created));
        return new(created, false);
    }

    private static async Task<T?> ReconcileAsync<T>(
        IdempotencyOptions options, IdempotencyStore store, AccountLinkKey caller, string operation, IdempotencyDecision.Run run,
        Func<IdempotencyReconciliation, Task<T?>> find, CancellationToken cancellationToken)
        where T : class
    {
        var notBefore = run.NotBefore - IdempotencyReconciliation.ClockSkew;
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(options.ReconcileTimeout);
        try
        {
            var claimed = await store.ClaimedIdsAsync(caller, operation, run.RecordId, limit.Token);
            return await find(new IdempotencyReconciliation(notBefore, claimed, options.ReconcileMaxPages, limit.Token));
        }
        catch (OperationCanceledException ex) when (limit.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new PinterestUpstreamException("Pinterest did not answer in time while checking whether an earlier attempt with this idempotency key created the object.", ex);
        }
    }
}
