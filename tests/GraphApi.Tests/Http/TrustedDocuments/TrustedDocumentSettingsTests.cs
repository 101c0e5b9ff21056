using System.Net;
using System.Security.Claims;
using System.Text.Json;
using GraphApi.Http.TrustedDocuments;
using GraphApi.Tests.Infrastructure;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

using static GraphApi.Tests.Http.TrustedDocuments.TrustedDocumentsFactory;

namespace GraphApi.Tests.Http.TrustedDocuments;

public sealed class TrustedDocumentSettingsTests(GraphApiFactory factory) : IClassFixture<GraphApiFactory>, IDisposable
{
    private readonly string _folder = Directory.CreateDirectory(Path.Combine(Path.GetTempPath(), "graphapi-trusted-settings", Guid.NewGuid().ToString("N"))).FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void A_bad_manifest_stops_the_start_with_one_message_naming_the_file()
    {
        File.WriteAllText(Path.Combine(_folder, "persisted-documents.json"), JsonSerializer.Serialize(new Dictionary<string, string>
        {
            [Hex("{ __typename }")] = "{ __typename } ",
        }));
        using var host = factory.WithSettings(("GraphQL:TrustedDocuments:Folder", _folder));

        var error = Should.Throw<OptionsValidationException>(() => host.CreateClient());

        error.Failures.Count().ShouldBe(1);
        error.Message.ShouldBe($"GraphQL:TrustedDocuments:Folder: '{Path.Combine(_folder, "persisted-documents.json")}': the entry {Hex("{ __typename }")} does not match its document: the SHA-256 of its text is {Hex("{ __typename } ")}.");
    }

    [Theory]
    [InlineData("GraphQL:TrustedDocuments:RequiredForAll", "true", "need GraphQL:TrustedDocuments:Folder")]
    [InlineData("GraphQL:TrustedDocuments:RequiredWhenClaim", "client_type", "RequiredWhenClaim entries must be 'type=value'")]
    [InlineData("GraphQL:TrustedDocuments:AutomaticPersistedQueries:MaxEntries", "0", "AutomaticPersistedQueries:MaxEntries must be between")]
    [InlineData("GraphQL:TrustedDocuments:AutomaticPersistedQueries:MaxBytes", "10", "AutomaticPersistedQueries:MaxBytes must be between")]
    [InlineData("GraphQL:TrustedDocuments:MaxFolderBytes", "-1", "MaxFolderBytes must be between")]
    public void Invalid_settings_stop_the_start(string key, string value, string expected)
    {
        using var host = factory.WithSettings((key, value));

        Should.Throw<OptionsValidationException>(() => host.CreateClient()).Message.ShouldContain(expected);
    }

    [Fact]
    public async Task Required_for_all_limits_every_caller()
    {
        File.WriteAllText(Path.Combine(_folder, "gateway.graphql"), GatewayDocument);
        using var host = factory.WithSettings(("GraphQL:TrustedDocuments:Folder", _folder), ("GraphQL:TrustedDocuments:RequiredForAll", "true"));
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Create());

        using var text = await client.SendAsync(GraphQLHttp.PostQuery(GatewayDocument));
        using var byId = await client.SendAsync(GraphQLHttp.Post(JsonSerializer.Serialize(new { documentId = Id(GatewayDocument) })));

        text.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await text.ReadJsonAsync()).FirstErrorCode().ShouldBe("PERSISTED_DOCUMENTS_ONLY");
        byId.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task With_apq_off_a_hash_is_not_supported_and_a_registration_only_runs()
    {
        const string document = "query Off { gateway { name } }";
        using var host = factory.WithSettings(("GraphQL:TrustedDocuments:AutomaticPersistedQueries:Enabled", "false"));
        using var client = host.CreateClient();
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Create());
        var apq = new { persistedQuery = new { version = 1, sha256Hash = Hex(document) } };

        using var hashOnly = await client.SendAsync(GraphQLHttp.Post(JsonSerializer.Serialize(new { extensions = apq })));
        using var register = await client.SendAsync(GraphQLHttp.Post(JsonSerializer.Serialize(new { query = document, extensions = apq })));
        using var again = await client.SendAsync(GraphQLHttp.Post(JsonSerializer.Serialize(new { extensions = apq })));

        var body = await hashOnly.ReadJsonAsync();
        body.FirstErrorMessage().ShouldBe("PersistedQueryNotSupported");
        body.FirstErrorCode().ShouldBe("PERSISTED_QUERY_NOT_SUPPORTED");
        register.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await again.ReadJsonAsync()).FirstErrorCode().ShouldBe("PERSISTED_QUERY_NOT_SUPPORTED");
        host.Services.GetRequiredService<AutomaticPersistedQueryStore>().Count.ShouldBe(0);
    }

    [Theory]
    [InlineData("client_type=partner, tier=free", "tier", "free", true)]
    [InlineData("client_type=partner, tier=free", "client_type", "partner", true)]
    [InlineData("client_type=partner", "client_type", "Partner", false)]
    [InlineData("client_type=partner", "other", "partner", false)]
    public void Required_when_claim_also_binds_from_one_comma_separated_string(string setting, string type, string value, bool restricted)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["GraphQL:TrustedDocuments:Folder"] = _folder,
                ["GraphQL:TrustedDocuments:RequiredWhenClaim"] = setting,
            })
            .Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddTrustedDocuments().BuildServiceProvider();
        var policy = services.GetRequiredService<TrustedDocumentPolicy>();

        policy.RequiresTrustedDocuments(new ClaimsPrincipal(new ClaimsIdentity([new Claim(type, value)], "test"))).ShouldBe(restricted);
        policy.RequiresTrustedDocuments(new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "x")], "test"))).ShouldBeFalse();
    }
}
