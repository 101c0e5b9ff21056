using GraphApi.Pinterest.Catalogs;
using GraphApi.Pinterest.Tests.Infrastructure;

namespace GraphApi.Pinterest.Tests.Catalogs;

/// <summary>A feed's download password goes to Pinterest and nowhere else: not read back, not printed.</summary>
public sealed class CatalogFeedCredentialsTests
{
    private const string Password = "zx-secret-91";

    [Fact]
    public async Task A_feed_answer_is_read_without_its_password()
    {
        using var host = new PinterestTestHost();
        host.Respond(200, """{"id":"1","catalog_type":"RETAIL","name":"Shop","credentials":{"username":"bot","password":""" + "\"" + Password + "\"}}");

        var feed = await host.Client.Catalogs.GetFeedAsync("1");

        feed.Credentials!.Username.ShouldBe("bot");
        feed.ToString().ShouldNotContain(Password);
        System.Text.Json.JsonSerializer.Serialize(feed.Credentials).ShouldNotContain(Password);
    }

    [Fact]
    public async Task Credentials_are_sent_but_print_as_stars()
    {
        using var host = new PinterestTestHost();
        host.Respond(200, """{"id":"1","catalog_type":"RETAIL"}""");
        var credentials = new CatalogFeedCredentials { Username = "bot", Password = Password };

        await host.Client.Catalogs.UpdateFeedAsync("1", new UpdateCatalogFeedRequest { CatalogType = CatalogTypes.Retail, Credentials = credentials });

        host.Single.Body!.ShouldContain(Password);
        credentials.ToString().ShouldNotContain(Password);
        new UpdateCatalogFeedRequest { CatalogType = CatalogTypes.Retail, Credentials = credentials }.ToString().ShouldNotContain(Password);
    }
}
