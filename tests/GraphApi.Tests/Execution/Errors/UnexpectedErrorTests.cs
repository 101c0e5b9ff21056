using System.Net;
using GraphApi.Schema;
using GraphApi.Tests.Infrastructure;
using GraphQL;
using GraphQL.Types;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Tests.Execution.Errors;

public sealed class UnexpectedErrorTests(GraphApiFactory factory) : IClassFixture<GraphApiFactory>
{
    private const string Secret = "internal-detail-7f3a";

    [Fact]
    public async Task A_resolver_exception_becomes_unexpected_error_with_a_trace_id_and_no_internals()
    {
        using var failing = factory.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddSingleton<IQueryFields, ThrowingField>()));
        using var client = failing.CreateClient();

        using var response = await client.SendAsync(GraphQLHttp.PostQuery("{ gateway { name } boom }"));
        var text = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        text.ShouldNotContain(Secret);
        text.ShouldNotContain("InvalidOperationException");
        text.ShouldNotContain(" at ");
        var error = (await response.ReadJsonAsync()).GetProperty("errors")[0];
        error.GetProperty("message").GetString().ShouldBe("Unexpected error.");
        error.GetProperty("extensions").GetProperty("code").GetString().ShouldBe("INTERNAL_ERROR");
        error.GetProperty("extensions").GetProperty("traceId").GetString().ShouldNotBeNullOrWhiteSpace();
        error.GetProperty("path")[0].GetString().ShouldBe("boom");
        (await response.ReadJsonAsync()).GetProperty("data").GetProperty("gateway").GetProperty("name").GetString().ShouldBe("GraphApi");
    }

    [Fact]
    public async Task An_exception_outside_execution_becomes_a_500_unexpected_error()
    {
        using var failing = factory.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.AddSingleton<IDocumentExecuter<ISchema>, ThrowingExecuter>()));
        using var client = failing.CreateClient();

        using var response = await client.SendAsync(GraphQLHttp.PostQuery("{ __typename }"));
        var text = await response.Content.ReadAsStringAsync();

        response.StatusCode.ShouldBe(HttpStatusCode.InternalServerError);
        text.ShouldNotContain(Secret);
        var body = await response.ReadJsonAsync();
        body.FirstErrorMessage().ShouldBe("Unexpected error.");
        body.FirstErrorCode().ShouldBe("INTERNAL_ERROR");
        body.GetProperty("errors")[0].GetProperty("extensions").GetProperty("traceId").GetString().ShouldNotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Development_shows_the_exception_to_the_developer()
    {
        using var failing = factory.WithWebHostBuilder(builder => builder
            .UseEnvironment("Development")
            .ConfigureServices(services => services.AddSingleton<IQueryFields, ThrowingField>()));
        using var client = failing.CreateClient();

        using var response = await client.SendAsync(GraphQLHttp.PostQuery("{ boom }"));

        (await response.Content.ReadAsStringAsync()).ShouldContain(Secret);
    }

    private sealed class ThrowingField : IQueryFields
    {
        public void AddTo(ObjectGraphType query) =>
            query.Field<StringGraphType>("boom").Description("Fails.").Resolve(_ => throw new InvalidOperationException(Secret));
    }

    private sealed class ThrowingExecuter : IDocumentExecuter<ISchema>
    {
        public Task<ExecutionResult> ExecuteAsync(ExecutionOptions options) => throw new InvalidOperationException(Secret);
    }
}
