namespace GraphApi.Schema.Relay;

/// <summary>One page of a connection, with a cursor per item.</summary>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo)
{
    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);

    public Connection<TResult> Map<TResult>(Func<T, TResult> map) =>
        new(Edges.Select(e => new Edge<TResult>(e.Cursor, map(e.Node))).ToList(), PageInfo);
}

public sealed record Edge<T>(string Cursor, T Node);
