using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace GraphApi.Tests.Sandbox;

/// <summary>
/// Two frontends starting at once (the Apollo and urql examples run side by side in CI) both ask POST /sandbox/token to
/// connect the same demo user. The first connection of a user is an insert: concurrent ones raced on the
/// (TenantId, UserId) unique index and one of them answered 500 INTERNAL_ERROR.
/// </summary>
public sealed class SandboxTokenConcurrentConnectTests : IDisposable
{
    private const int Callers = 16;
    private readonly SandboxGatewayFactory _gateway = SandboxGatewayFactory.SelfIssuing();

    public void Dispose() => _gateway.Dispose();

    [Fact]
    public async Task Many_first_connects_of_the_same_user_at_once_all_succeed_and_leave_the_user_connected()
    {
        using var http = new HttpClient { BaseAddress = _gateway.Address };
        using var start = new SemaphoreSlim(0, Callers);
        var requests = Enumerable.Range(0, Callers).Select(async _ =>
        {
            await start.WaitAsync();
            using var response = await http.PostAsJsonAsync("/sandbox/token", new { user = "demo.pinner", connect = true });
            return (response.StatusCode, Body: await response.Content.ReadAsStringAsync());
        }).ToList();
        start.Release(Callers);
        var answers = await Task.WhenAll(requests);

        answers.Where(a => a.StatusCode != HttpStatusCode.OK).ShouldBeEmpty();
        var token = JsonDocument.Parse(answers[^1].Body).RootElement.GetProperty("access_token").GetString();
        using var query = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = JsonContent.Create(new { query = "{ pinterestConnection { status } }" }),
        };
        query.Headers.Authorization = new("Bearer", token);
        using var connection = await http.SendAsync(query);
        (await connection.Content.ReadAsStringAsync()).ShouldContain("\"status\":\"CONNECTED\"");
    }
}
