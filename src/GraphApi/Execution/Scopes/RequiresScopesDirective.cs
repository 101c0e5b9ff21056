using GraphQL.Types;
using GraphQLParser.AST;

namespace GraphApi.Execution.Scopes;

/// <summary>
/// <c>@requiresScopes(scopes: [[String!]!]!)</c> on field definitions, so the SDL and the IDE show which Pinterest
/// scopes each field needs. The enforcement lives in <see cref="ScopeAnalysisRule"/> and <see cref="ScopeGuardResolver"/>.
/// </summary>
public sealed class RequiresScopesDirective : Directive
{
    public const string DirectiveName = "requiresScopes";
    public const string ArgumentName = "scopes";

    public RequiresScopesDirective()
        : base(DirectiveName, DirectiveLocation.FieldDefinition)
    {
        Description = "The Pinterest OAuth scopes this field needs: any one of the inner lists, each in full.";
        Arguments = new QueryArguments(new QueryArgument<NonNullGraphType<ListGraphType<NonNullGraphType<ListGraphType<NonNullGraphType<StringGraphType>>>>>>
        {
            Name = ArgumentName,
            Description = "Alternatives (any one suffices), each a list of scopes that are all needed.",
        });
    }

    public override bool? Introspectable => true;
}
