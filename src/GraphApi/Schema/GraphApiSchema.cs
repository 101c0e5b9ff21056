using GraphApi.Execution.Scopes;
using GraphApi.Features.Media;
using GraphQL.DI;

namespace GraphApi.Schema;

/// <summary>The GraphApi schema. Built and validated at start-up by <see cref="SchemaWarmup"/>, never on a first request.</summary>
internal sealed class GraphApiSchema : GraphQL.Types.Schema
{
    public GraphApiSchema(IServiceProvider services, IEnumerable<IConfigureSchema> configurations, QueryType query, MutationType mutation)
        : base(services, configurations)
    {
        Description = "GraphApi: a typed GraphQL gateway over the Pinterest REST API v5.";
        Query = query;
        Mutation = mutation.Fields.Count > 0 ? mutation : null;
        Directives.Register(new RequiresScopesDirective());
        // Reachable only through the PinMedia interface, so the schema must be told about them.
        RegisterTypes(typeof(ImagePinMediaType), typeof(VideoPinMediaType), typeof(MultiplePinMediaType));
        this.RegisterVisitor(new ScopeGuardSchemaVisitor());
    }
}
