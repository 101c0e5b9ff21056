using GraphApi.Features.Analytics;
using GraphApi.Schema;
using GraphApi.Tests.Infrastructure;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Schema;

/// <summary>
/// Each analytics field takes exactly the enums its own Pinterest endpoint accepts (VIDEO_START is not offered to
/// user_account/analytics, ENGAGEMENT_RATE is). Generic: any field that declares <c>.PinterestOperation(...)</c> is checked.
/// </summary>
public sealed class OperationEnumTests(GraphApiFactory factory) : IClassFixture<GraphApiFactory>
{
    private ISchema Schema => factory.Services.GetRequiredService<ISchema>();

    private IEnumerable<(IObjectGraphType Type, FieldType Field)> ObjectFields =>
        Schema.AllTypes.OfType<IObjectGraphType>()
            .Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal))
            .SelectMany(t => t.Fields.Select(f => (t, f)));

    [Fact]
    public void Every_analytics_field_declares_operations_that_exist()
    {
        var analytics = ObjectFields
            .Where(x => x.Field.Name.Contains("analytics", StringComparison.OrdinalIgnoreCase) || x.Field.Name.StartsWith("top", StringComparison.Ordinal)
                || x.Field.Arguments?.Any(a => a.Name is "metricTypes" or "columns") == true)
            .ToList();

        analytics.Count.ShouldBeGreaterThanOrEqualTo(4);
        analytics.Where(x => x.Field.PinterestOperations().Count == 0).Select(x => $"{x.Type.Name}.{x.Field.Name}").ShouldBeEmpty();
        analytics.SelectMany(x => x.Field.PinterestOperations()).Where(id => !OperationParameterChecker.HasOperation(id)).ShouldBeEmpty();
    }

    [Fact]
    public void Every_declared_fields_arguments_and_enums_match_the_spec()
    {
        var declared = ObjectFields.Where(x => x.Field.PinterestOperations().Count > 0).ToList();

        declared.Count.ShouldBeGreaterThanOrEqualTo(4);
        declared.SelectMany(x => OperationParameterChecker.Problems(x.Type.Name, x.Field)).ShouldBeEmpty();
    }

    [Fact]
    public void The_check_catches_the_pin_enum_on_the_account_endpoint()
    {
        // The bug this test exists for: User.analytics once took PinMetric.
        var field = new FieldType { Name = "analytics", Arguments = new QueryArguments(new QueryArgument(new ListGraphType(new NonNullGraphType(new PinMetricEnumType()))) { Name = "metricTypes" }) };
        field.WithMetadata(PinterestOperationFields.OperationsKey, new[] { "user_account/analytics" });
        var problems = OperationParameterChecker.Problems("User", field).ToList();

        problems.Count.ShouldBe(1);
        problems[0].ShouldContain("VIDEO_START");
        problems[0].ShouldContain("ENGAGEMENT_RATE");
    }

    [Fact]
    public void The_check_catches_an_argument_the_operation_does_not_take()
    {
        var field = new FieldType { Name = "topPins", Arguments = new QueryArguments(new QueryArgument(new IntGraphType()) { Name = "first" }) };
        field.WithMetadata(PinterestOperationFields.OperationsKey, new[] { "user_account/analytics/top_pins" });

        OperationParameterChecker.Problems("User", field).ShouldHaveSingleItem().ShouldContain("no parameter first");
    }
}
