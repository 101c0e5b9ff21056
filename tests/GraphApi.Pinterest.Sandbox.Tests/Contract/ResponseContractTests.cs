using GraphApi.Pinterest.Sandbox.Http;
using GraphApi.Pinterest.Sandbox.Tests.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace GraphApi.Pinterest.Sandbox.Tests.Contract;

/// <summary>Every body the sandbox answers with must validate against the official response schema of its operation.</summary>
public sealed class ResponseContractTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    public static TheoryData<string> Operations => new(ContractCases.All.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Successful_response_matches_the_official_schema(string operationId)
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);
        var call = new ContractCall(client, operationId);

        var result = await ContractCases.All[operationId](call);

        result.Status.ShouldBeInRange(200, 299, result.RawBody);
        foreach (var response in call.Results)
        {
            AssertMatchesSchema(response);
        }
    }

    [Fact]
    public async Task Every_served_operation_has_a_contract_case()
    {
        var served = fixture.Host.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .Select(e => e.Metadata.GetMetadata<SandboxOperation>()?.OperationId)
            .OfType<string>()
            .Where(id => id != "oauth/token")
            .ToHashSet(StringComparer.Ordinal);

        served.Order(StringComparer.Ordinal).ShouldBe(ContractCases.All.Keys.Concat(BusinessContractCases.All.Keys).Order(StringComparer.Ordinal));
        served.ShouldAllBe(id => OpenApiContract.Instance.OperationIds.Contains(id));
        await Task.CompletedTask;
    }

    [Theory]
    [InlineData("v5/boards/999", "boards/get", 404, 40)]
    [InlineData("v5/pins/999", "pins/get", 404, 50)]
    [InlineData("v5/boards?page_size=251", "boards/list", 400, 1)]
    [InlineData("v5/boards?bookmark=not-a-bookmark", "boards/list", 400, 1)]
    [InlineData("v5/pins/analytics?pin_ids=1&start_date=2000-01-01&end_date=2000-01-02&metric_types=IMPRESSION", "multi_pins/analytics", 400, 1)]
    public async Task Error_responses_match_the_official_schema(string url, string operationId, int status, int code)
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);
        var result = await new ContractCall(client, operationId).GetAsync(url);

        result.Status.ShouldBe(status);
        result.Body!.Code().ShouldBe(code);
        AssertMatchesSchema(result);
    }

    [Fact]
    public async Task Authentication_and_scope_errors_match_the_official_schema()
    {
        using var anonymous = fixture.Host.CreateClient();
        var unauthenticated = await new ContractCall(anonymous, "boards/list").GetAsync("v5/boards");
        using var narrow = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, "user_accounts:read");
        var forbidden = await new ContractCall(narrow, "boards/list").GetAsync("v5/boards");

        (unauthenticated.Status, unauthenticated.Body!.Code()).ShouldBe((401, 2));
        (forbidden.Status, forbidden.Body!.Code()).ShouldBe((403, 3));
        AssertMatchesSchema(unauthenticated);
        AssertMatchesSchema(forbidden);
    }

    internal static void AssertMatchesSchema(ContractResult response)
    {
        if (response.Status == 204)
        {
            response.RawBody.ShouldBeEmpty();
            return;
        }

        OpenApiContract.Instance.ValidateResponse(response.OperationId, response.Status, response.Body)
            .ShouldBeEmpty($"{response.OperationId} {response.Status}: {response.RawBody[..Math.Min(400, response.RawBody.Length)]}");
    }
}
