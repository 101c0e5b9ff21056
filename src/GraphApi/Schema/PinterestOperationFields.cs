using GraphQL;
using GraphQL.Builders;
using GraphQL.Types;

namespace GraphApi.Schema;

/// <summary>
/// Which Pinterest operation(s) a field calls, and which query parameter each of its arguments is sent as. Tests read it
/// to check every enum argument against the operation's parameter in the official OpenAPI file
/// (tests/GraphApi.Tests/Schema/OperationEnumTests.cs), so an enum can only offer what its own endpoint accepts.
/// </summary>
public static class PinterestOperationFields
{
    public const string OperationsKey = "pinterestOperations";
    public const string ParameterKey = "pinterestParameter";

    /// <summary>The field calls these operations (operationIds of the spec, e.g. <c>user_account/analytics</c>).</summary>
    public static FieldBuilder<TSource, TReturn> PinterestOperation<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, params string[] operationIds)
    {
        ArgumentNullException.ThrowIfNull(field);
        field.FieldType.WithMetadata(OperationsKey, operationIds);
        return field;
    }

    public static IReadOnlyList<string> PinterestOperations(this IFieldType field) =>
        field.GetMetadata<string[]?>(OperationsKey) ?? [];

    /// <summary>
    /// The argument is sent as this query parameter. Without it the parameter is the argument's name in snake_case
    /// (<c>metricTypes</c> → <c>metric_types</c>); an argument that is not sent to Pinterest says <see cref="NotSent"/>.
    /// </summary>
    public static QueryArgument SentAs(this QueryArgument argument, string parameter)
    {
        ArgumentNullException.ThrowIfNull(argument);
        argument.WithMetadata(ParameterKey, parameter);
        return argument;
    }

    /// <summary>The argument only shapes the answer here (e.g. a page size), so no spec parameter is checked for it.</summary>
    public static QueryArgument NotSent(this QueryArgument argument) => argument.SentAs("");

    public static string PinterestParameter(this QueryArgument argument)
    {
        ArgumentNullException.ThrowIfNull(argument);
        return argument.GetMetadata<string?>(ParameterKey) ?? SnakeCase(argument.Name);
    }

    private static string SnakeCase(string name) =>
        string.Concat(name.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString()));
}
