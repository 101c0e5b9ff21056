using GraphQL.DataLoader;

namespace GraphApi.DataLoading;

/// <summary>
/// What a handle field (<c>me</c>, <c>board(id)</c>, <c>node(id)</c>, <c>Pin.board</c>, ...) resolves to at once: the
/// key, so fields that need only the key (<c>id</c>, <c>pins</c>, ...) start in the same wave as their parent, and
/// a way to load the entity for the fields that need its data (see <see cref="HandleFields"/>).
/// </summary>
public interface IEntityHandle
{
    /// <summary>The entity, through the request's loader: every data field of every handle of one key shares one call.</summary>
    IDataLoaderResult LoadEntity();
}

/// <summary>A handle on one entity of a per-request loader; loads nothing until a data field asks.</summary>
public sealed class EntityHandle<TKey, TEntity>(TKey key, DataLoader<TKey, TEntity> loader) : IEntityHandle
    where TKey : notnull
    where TEntity : class
{
    public TKey Key { get; } = key;

    public IDataLoaderResult LoadEntity() => loader.Load(Key);
}
