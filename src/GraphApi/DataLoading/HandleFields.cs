using GraphApi.Pinterest.Errors;
using GraphQL;
using GraphQL.Builders;
using GraphQL.DataLoader;
using GraphQL.Resolvers;
using GraphQL.Types;

namespace GraphApi.DataLoading;

/// <summary>
/// Object types whose source can be an <see cref="IEntityHandle"/> as well as the loaded entity. Fields declared with
/// <see cref="ResolveKeyOnly{TSource, TReturn}(FieldBuilder{TSource, TReturn}, Func{IResolveFieldContext, object?})"/>
/// read only the key (they never load the entity); every other field gets the loaded entity as its source, through
/// the request's loader, so its resolver stays written against the entity type.
/// </summary>
public static class HandleFields
{
    public const string KeyOnlyMetadataKey = "graphapi:keyOnly";

    /// <summary>A field that needs only the key of its source (or the caller): resolved without loading a handle's entity.</summary>
    public static FieldBuilder<TSource, TReturn> ResolveKeyOnly<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, Func<IResolveFieldContext, object?> resolve)
    {
        field.FieldType.Resolver = new KeyFieldResolver(new FuncFieldResolver<object>(resolve));
        field.FieldType.WithMetadata(KeyOnlyMetadataKey, true);
        return field;
    }

    /// <inheritdoc cref="ResolveKeyOnly{TSource, TReturn}(FieldBuilder{TSource, TReturn}, Func{IResolveFieldContext, object?})"/>
    public static FieldBuilder<TSource, TReturn> ResolveKeyOnlyAsync<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, Func<IResolveFieldContext, Task<object?>> resolve)
    {
        field.FieldType.Resolver = new KeyFieldResolver(new FuncFieldResolver<object>(c => new ValueTask<object?>(resolve(c))));
        field.FieldType.WithMetadata(KeyOnlyMetadataKey, true);
        return field;
    }

    public static bool IsKeyOnly(this IFieldType field) => field.GetMetadata(KeyOnlyMetadataKey, false);

    /// <summary>Call last in the type's constructor: every field not declared key-only loads a handle's entity first.</summary>
    public static void ResolveDataThroughHandles(this IComplexGraphType type)
    {
        foreach (var field in type.Fields)
        {
            if (!field.IsKeyOnly())
            {
                field.Resolver = new EntityFieldResolver(field.Resolver ?? NameFieldResolver.Instance);
            }
        }
    }

    /// <summary>The key of a source that is either the loaded entity or a handle on it.</summary>
    public static TKey KeyOf<TKey, TEntity>(object? source, Func<TEntity, TKey> keyOfEntity)
        where TKey : notnull
        where TEntity : class => source switch
        {
            TEntity entity => keyOfEntity(entity),
            EntityHandle<TKey, TEntity> handle => handle.Key,
            _ => throw new InvalidOperationException($"Expected a {typeof(TEntity).Name} or a handle on one, not {source?.GetType().Name ?? "null"}."),
        };

    /// <summary>Loaded source: the resolver as written. Handle: the entity first (one call per key), then the resolver.</summary>
    private sealed class EntityFieldResolver(IFieldResolver inner) : IFieldResolver
    {
        public ValueTask<object?> ResolveAsync(IResolveFieldContext context) => context.Source is IEntityHandle handle
            // The context is pooled by the engine: the pending result keeps its own copy.
            ? new ValueTask<object?>(new EntityThenField(handle.LoadEntity(), inner, new ResolveFieldContext(context)))
            : inner.ResolveAsync(context);
    }

    private sealed class EntityThenField(IDataLoaderResult load, IFieldResolver inner, ResolveFieldContext context) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            object? entity;
            try
            {
                entity = await load.GetResultAsync(cancellationToken);
            }
            catch (Exception ex) when (HandleFailure.From(ex) is { } failure)
            {
                return failure;
            }

            if (entity is null)
            {
                return HandleFailure.Missing;
            }

            context.Source = entity;
            return await inner.ResolveAsync(context);
        }
    }

    /// <summary>
    /// Under a handle nobody has checked the entity exists: a key-only call answered 404 (e.g. a missing board's pins)
    /// means the handle's entity is missing, which the handle's own field reports, not this one.
    /// </summary>
    private sealed class KeyFieldResolver(IFieldResolver inner) : IFieldResolver
    {
        public ValueTask<object?> ResolveAsync(IResolveFieldContext context) =>
            context.Source is IEntityHandle ? UnderHandleAsync(context) : inner.ResolveAsync(context);

        private async ValueTask<object?> UnderHandleAsync(IResolveFieldContext context)
        {
            try
            {
                var result = await inner.ResolveAsync(context);
                return result is IDataLoaderResult pending ? new NotFoundMeansHandleMissing(pending) : result;
            }
            catch (PinterestNotFoundException ex)
            {
                return HandleFailure.From(ex);
            }
        }
    }

    /// <summary>The same rule for a key-only field that loads (e.g. a pin handle's analytics).</summary>
    private sealed class NotFoundMeansHandleMissing(IDataLoaderResult pending) : IDataLoaderResult
    {
        public async Task<object?> GetResultAsync(CancellationToken cancellationToken = default)
        {
            try
            {
                return await pending.GetResultAsync(cancellationToken);
            }
            catch (PinterestNotFoundException ex)
            {
                return HandleFailure.From(ex);
            }
        }
    }
}
