using GraphApi.Pinterest.Ads.CustomerLists;
using GraphApi.Pinterest.Tests.Infrastructure;

namespace GraphApi.Pinterest.Tests.Clients;

public sealed class CustomerListsClientTests : IDisposable
{
    private readonly PinterestTestHost _host = new();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task CreateAsync_sends_the_records_and_reads_the_counts()
    {
        _host.Respond(200, """{"id":"643","name":"Leads","status":"PROCESSING","num_batches":1,"num_uploaded_user_records":2}""");

        var list = await _host.Client.CustomerLists.CreateAsync("123", new CreateCustomerListRequest { Name = "Leads", Records = "a@example.test,b@example.test" });

        _host.Single.ShouldBe("POST", "/v5/ad_accounts/123/customer_lists");
        _host.Single.ShouldHaveJsonBody("""{"name":"Leads","records":"a@example.test,b@example.test"}""");
        list.NumUploadedUserRecords.ShouldBe(2);
    }

    [Fact]
    public void The_requests_never_print_their_records()
    {
        var create = new CreateCustomerListRequest { Name = "Leads", Records = "secret.person@example.test" };
        var update = new UpdateCustomerListRequest { OperationType = "ADD", Records = "secret.person@example.test" };

        create.ToString().ShouldNotContain("secret.person");
        create.ToString().ShouldContain("26 characters");
        update.ToString().ShouldNotContain("secret.person");
        $"{create} {update}".ShouldNotContain("@");
    }
}
