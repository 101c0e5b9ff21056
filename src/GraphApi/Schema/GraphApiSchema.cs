namespace GraphApi.Schema;

/// <summary>The GraphApi schema. Built and validated at start-up by <see cref="SchemaWarmup"/>, never on a first request.</summary>
internal sealed class GraphApiSchema : GraphQL.Types.Schema
{
    public GraphApiSchema(IServiceProvider services, QueryType query)
        : base(services)
    {
        Description = "GraphApi: a typed GraphQL gateway over the Pinterest REST API v5.";
        Query = query;
    }
}
