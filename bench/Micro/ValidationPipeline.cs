using GraphQL;
using GraphQL.DI;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Bench.Micro;

/// <summary>
/// The executer's validation step without its execution: the host's registered <see cref="IConfigureExecution"/>
/// chain (which installs the validation rules: GraphQL.NET's standard rules, then scope analysis, cost analysis and
/// the upstream budget, in registration order; and the limits' timeout and error cap), ending in the same
/// <see cref="IDocumentValidator.ValidateAsync"/> call that GraphQL.NET's <c>DocumentExecuter</c> makes. GraphQL.NET
/// has no validate-only entry point; this reproduces the few lines of <c>DocumentExecuter</c> that build the chain and
/// the <see cref="ValidationOptions"/>, so the rules themselves are the host's, not a list kept here.
/// </summary>
internal sealed class ValidationPipeline
{
    private readonly IDocumentValidator _validator;
    private readonly ExecutionDelegate _execution;

    public ValidationPipeline(IServiceProvider services)
    {
        _validator = services.GetRequiredService<IDocumentValidator>();
        ExecutionDelegate execution = ValidateAsync;
        // As DocumentExecuter does: the lowest SortOrder runs first.
        foreach (var configure in services.GetServices<IConfigureExecution>().OrderBy(c => c.SortOrder).Reverse())
        {
            var next = execution;
            execution = options => configure.ExecuteAsync(options, next);
        }

        _execution = execution;
    }

    /// <summary>The rules of the last validation (what the host installed), for the liveness test.</summary>
    public IReadOnlyList<IValidationRule> LastRules { get; private set; } = [];

    public Task<ExecutionResult> RunAsync(ExecutionOptions options) => _execution(options);

    private async Task<ExecutionResult> ValidateAsync(ExecutionOptions options)
    {
        var document = options.Document ?? throw new InvalidOperationException("The benchmark validates parsed documents.");
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().First(o => options.OperationName is null || o.Name?.StringValue == options.OperationName);
        LastRules = options.ValidationRules?.ToList() ?? [];
        var result = await _validator.ValidateAsync(new ValidationOptions
        {
            Document = document,
            Rules = options.ValidationRules,
            Operation = operation,
            UserContext = options.UserContext,
            RequestServices = options.RequestServices,
            User = options.User,
            CancellationToken = options.CancellationToken,
            Schema = options.Schema!,
            Variables = options.Variables ?? Inputs.Empty,
            Extensions = options.Extensions ?? Inputs.Empty,
        });
        return result.IsValid ? new ExecutionResult() : new ExecutionResult { Errors = result.Errors };
    }

    public static ISchema Schema(IServiceProvider services) => services.GetRequiredService<ISchema>();
}
