using GraphApi.Pinterest.Sandbox.Tests.Infrastructure;

namespace GraphApi.Pinterest.Sandbox.Tests.Contract;

/// <summary>Every Business Access answer validates against the official response schema, each case on a fresh seed.</summary>
public sealed class BusinessContractTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    public static TheoryData<string> Operations => new(BusinessContractCases.All.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Operations))]
    public async Task Successful_response_matches_the_official_schema(string operationId)
    {
        using (var control = fixture.Host.CreateClient())
        using (var reset = await control.PostAsync(new Uri("_control/reset", UriKind.Relative), null))
        {
            reset.EnsureSuccessStatusCode();
        }

        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Business, BusinessContractCases.Scopes);
        var call = new ContractCall(client, operationId);

        var result = await BusinessContractCases.All[operationId](call, fixture.Host);

        result.Status.ShouldBe(200, result.RawBody);
        ResponseContractTests.AssertMatchesSchema(result);
        foreach (var response in call.Results)
        {
            ResponseContractTests.AssertMatchesSchema(response);
        }

        // A case whose answer is empty proves little: every seeded case finds or changes something.
        result.RawBody.ShouldNotContain("\"items\":[]");
    }
}
