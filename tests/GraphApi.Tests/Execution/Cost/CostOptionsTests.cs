using System.Net;
using GraphApi.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace GraphApi.Tests.Execution.Cost;

/// <summary>The budgets come from <c>GraphQL:Cost</c>, are checked at start, and are what the analysis enforces.</summary>
public sealed class CostOptionsTests(GraphApiFactory factory) : IClassFixture<GraphApiFactory>
{
    [Theory]
    [InlineData("GraphQL:Cost:MaxUpstreamCalls", "0", "GraphQL:Cost:MaxUpstreamCalls must be between 1 and 1,000,000.")]
    [InlineData("GraphQL:Cost:MaxWrites", "-1", "GraphQL:Cost:MaxWrites must be between 1 and 10,000.")]
    public void Invalid_budgets_stop_the_start_with_a_clear_message(string key, string value, string message)
    {
        using var invalid = factory.WithSettings((key, value));

        var error = Should.Throw<OptionsValidationException>(() => invalid.CreateClient());

        error.Message.ShouldContain(message);
    }

    [Fact]
    public async Task A_configured_budget_is_the_one_enforced_and_reported()
    {
        using var tight = factory.WithSettings(("GraphQL:Cost:MaxUpstreamCalls", "5"), ("GraphQL:Cost:MaxWrites", "1"));
        using var client = tight.CreateClient();
        client.DefaultRequestHeaders.Add("GraphApi-Cost", "true");

        using var admitted = await client.SendAsync(GraphQLHttp.PostQuery("{ me { username boards(first: 3) { nodes { name } } } }"));
        var admittedBody = await admitted.ReadJsonAsync();
        admittedBody.GetProperty("extensions").GetProperty("cost").GetProperty("upstreamCalls").GetInt32().ShouldBe(2);
        admittedBody.GetProperty("extensions").GetProperty("cost").GetProperty("maxUpstreamCalls").GetInt32().ShouldBe(5);

        using var refused = await client.SendAsync(GraphQLHttp.PostQuery("{ me { username boards(first: 4) { nodes { pins(first: 1) { nodes { id } } } } } }"));
        refused.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await refused.ReadJsonAsync()).FirstErrorCode().ShouldBe("COST_LIMIT_EXCEEDED");

        using var twoWrites = await client.SendAsync(GraphQLHttp.PostQuery("mutation { a: disconnectPinterest { disconnected } b: disconnectPinterest { disconnected } }"));
        twoWrites.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await twoWrites.ReadJsonAsync()).FirstErrorCode().ShouldBe("WRITE_LIMIT_EXCEEDED");
    }

    [Fact]
    public async Task The_ide_introspection_query_is_far_inside_every_budget()
    {
        using var client = factory.CreateClient();
        using var request = GraphQLHttp.PostQuery(IntrospectionQuery);
        request.Headers.Add("GraphApi-Cost", "true");

        using var response = await client.SendAsync(request);
        var body = await response.ReadJsonAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        body.TryGetProperty("errors", out var errors).ShouldBeFalse(errors.ToString());
        body.GetProperty("extensions").GetProperty("cost").GetProperty("upstreamCalls").GetInt32().ShouldBe(0);
    }

    // graphql-js getIntrospectionQuery() with descriptions (the fields this schema's introspection offers).
    private const string IntrospectionQuery = """
        query IntrospectionQuery {
          __schema {
            queryType { name } mutationType { name } subscriptionType { name }
            types { ...FullType }
            directives { name description locations args { ...InputValue } }
          }
        }
        fragment FullType on __Type {
          kind name description
          fields(includeDeprecated: true) { name description args { ...InputValue } type { ...TypeRef } isDeprecated deprecationReason }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
          possibleTypes { ...TypeRef }
        }
        fragment InputValue on __InputValue { name description type { ...TypeRef } defaultValue }
        fragment TypeRef on __Type {
          kind name
          ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
        }
        """;
}
