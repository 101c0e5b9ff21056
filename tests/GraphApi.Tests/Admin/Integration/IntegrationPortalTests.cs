using System.Text.Json;
using System.Web;
using GraphApi.Accounts.Links;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Storage;
using GraphApi.Tests.Infrastructure;
using GraphApi.Upstream;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using static GraphApi.Tests.Admin.Integration.IntegrationPortalFactory;

namespace GraphApi.Tests.Admin.Integration;

/// <summary>
/// Per-tenant Pinterest apps end to end on the sandbox: each test uses its own tenants, so they share one host.
/// </summary>
public sealed class IntegrationPortalTests(IntegrationPortalFactory factory) : IClassFixture<IntegrationPortalFactory>
{
    private static readonly string[] Minimum = ["user_accounts:read", "boards:read", "pins:read"];

    [Fact]
    public async Task Two_tenants_with_different_apps_and_scopes_get_authorization_urls_of_their_own_app()
    {
        using var adminA = factory.ClientFor("tenant-a", "admin-a", admin: true);
        using var adminB = factory.ClientFor("tenant-b", "admin-b", admin: true);
        Errors(await adminA.SaveAsync(AppA, SecretA, [.. Minimum, "boards:write"])).ShouldBeEmpty();
        Errors(await adminB.SaveAsync(AppB, SecretB, [.. Minimum, "pins:write", "user_accounts:write"], tier: "STANDARD")).ShouldBeEmpty();

        var urlA = await ConnectUrlAsync(factory.ClientFor("tenant-a", "alice"));
        var urlB = await ConnectUrlAsync(factory.ClientFor("tenant-b", "bob"));
        var urlDefault = await ConnectUrlAsync(factory.ClientFor(null!, "carol"));

        urlA["client_id"].ShouldBe(AppA);
        urlA["scope"].ShouldBe("boards:read,boards:write,pins:read,user_accounts:read");
        urlB["client_id"].ShouldBe(AppB);
        urlB["scope"].ShouldBe("boards:read,pins:read,pins:write,user_accounts:read,user_accounts:write");
        // A tenant without stored settings keeps the settings file's app.
        urlDefault["client_id"].ShouldBe("sandbox-client");
        urlDefault["scope"]!.Split(',').Length.ShouldBe(PinterestOptions.DefaultScopes.Count);

        var readA = (await adminA.PostAsync(IntegrationPortalRequests.Read)).Body.GetProperty("data").GetProperty("pinterestIntegration");
        readA.GetProperty("clientId").GetString().ShouldBe(AppA);
        readA.GetProperty("tier").GetString().ShouldBe("TRIAL");
        readA.GetProperty("stored").GetBoolean().ShouldBeTrue();
        var readB = (await adminB.PostAsync(IntegrationPortalRequests.Read)).Body.GetProperty("data").GetProperty("pinterestIntegration");
        readB.GetProperty("clientId").GetString().ShouldBe(AppB);
        readB.GetProperty("tier").GetString().ShouldBe("STANDARD");
    }

    [Fact]
    public async Task The_integration_lists_every_scope_with_the_minimum_required_and_the_redirect_uri_to_register()
    {
        using var admin = factory.ClientFor("tenant-read", "admin", admin: true);

        var integration = (await admin.PostAsync(IntegrationPortalRequests.Read)).Body.GetProperty("data").GetProperty("pinterestIntegration");

        integration.GetProperty("clientId").GetString().ShouldBe("sandbox-client");
        integration.GetProperty("hasClientSecret").GetBoolean().ShouldBeTrue();
        integration.GetProperty("stored").GetBoolean().ShouldBeFalse();
        integration.GetProperty("redirectUri").GetString()!.ShouldEndWith("/integration-callback");
        integration.GetProperty("tierLimits").GetString()!.ShouldContain("1,000 requests a day");
        var scopes = integration.GetProperty("scopes").EnumerateArray().ToList();
        scopes.Count.ShouldBe(GraphApi.Pinterest.OAuth.PinterestScopes.All.Count);
        scopes.Where(s => s.GetProperty("required").GetBoolean()).Select(s => s.GetProperty("name").GetString()).Order().ShouldBe(Minimum.Order());
        scopes.ShouldAllBe(s => s.GetProperty("description").GetString()!.Length > 5);
        scopes.Where(s => s.GetProperty("selected").GetBoolean()).Count().ShouldBe(PinterestOptions.DefaultScopes.Count);
    }

    [Fact]
    public async Task Non_admins_are_refused_every_admin_field_with_forbidden()
    {
        using var user = factory.ClientFor("tenant-a", "not-an-admin");
        using var otherRole = factory.CreateClient();
        otherRole.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.Create("editor", "tenant-a", role: "editor"));

        foreach (var client in new[] { user, otherRole })
        {
            var read = (await client.PostAsync(IntegrationPortalRequests.Read)).Body;
            read.FirstErrorCode().ShouldBe("FORBIDDEN");
            var save = (await client.SaveAsync("evil-app", "evil-secret", Minimum)).Body;
            save.FirstErrorCode().ShouldBe("FORBIDDEN");
            var test = (await client.PostAsync(IntegrationPortalRequests.Test)).Body;
            test.FirstErrorCode().ShouldBe("FORBIDDEN");
        }

        // Nothing was saved for the tenant by the refused save.
        var url = await ConnectUrlAsync(factory.ClientFor("tenant-forbidden-check", "x"));
        url["client_id"].ShouldNotBe("evil-app");
    }

    [Fact]
    public async Task The_secret_is_never_in_a_response_a_log_line_or_the_database_in_clear()
    {
        const string secret = "Sup3r-Secret-Value-do-not-echo-42";
        var logsBefore = factory.Logs.Lines.Count;
        using var admin = factory.ClientFor("tenant-secret", "admin", admin: true);
        var responses = new List<string>();

        var saved = await admin.SaveAsync(AppA, secret, Minimum);
        responses.Add(saved.Raw);
        Errors(saved).ShouldBeEmpty();
        saved.Body.GetProperty("data").GetProperty("savePinterestIntegration").GetProperty("integration").GetProperty("hasClientSecret").GetBoolean().ShouldBeTrue();
        responses.Add((await admin.PostAsync(IntegrationPortalRequests.Read)).Raw);
        // The saved pair is wrong (the secret is not app A's): Pinterest refuses it, and the answer says so without the secret.
        var test = await admin.PostAsync(IntegrationPortalRequests.Test);
        responses.Add(test.Raw);
        Status(test).ShouldBe("INVALID_CREDENTIALS");
        responses.Add((await admin.PostAsync(IntegrationPortalRequests.Test, new { input = new { clientSecret = secret + "-other" } })).Raw);
        // A refused save and a bad document that carry the secret do not echo it either.
        responses.Add((await admin.SaveAsync(AppA, secret, ["boards:read"])).Raw);
        responses.Add((await admin.PostAsync($"mutation {{ savePinterestIntegration(input: {{ clientId: \"x\", clientSecret: \"{secret}\", scopes: 1 }}) {{ errors {{ __typename }} }} }}")).Raw);
        responses.Add((await admin.PostAsync($"mutation {{ testIntegrationCredentials(input: {{ clientId: \"{AppA}\", clientSecret: \"{secret}\" }}) {{ nope }} }}")).Raw);

        responses.ShouldAllBe(r => !r.Contains(secret, StringComparison.Ordinal));
        factory.Logs.Lines.Skip(logsBefore).ShouldAllBe(line => !line.Contains(secret, StringComparison.Ordinal));
        factory.Logs.Lines.Skip(logsBefore).ShouldContain(line => line.Contains("Pinterest integration saved for tenant 'tenant-secret'", StringComparison.Ordinal));
        await using var scope = factory.Services.CreateAsyncScope();
        var row = await scope.ServiceProvider.GetRequiredService<GraphApiDbContext>().IntegrationSettings.AsNoTracking().SingleAsync(s => s.TenantId == "tenant-secret");
        row.ProtectedClientSecret.ShouldNotBeNull();
        row.ProtectedClientSecret.ShouldNotContain(secret);
    }

    [Fact]
    public async Task Testing_credentials_tells_a_working_pair_a_bad_secret_and_an_unknown_app_apart()
    {
        using var admin = factory.ClientFor("tenant-test", "admin", admin: true);
        Errors(await admin.SaveAsync(AppB, SecretB, Minimum)).ShouldBeEmpty();

        var saved = await admin.PostAsync(IntegrationPortalRequests.Test);
        var badSecret = await admin.PostAsync(IntegrationPortalRequests.Test, new { input = new { clientSecret = "not-the-secret" } });
        var unknown = await admin.PostAsync(IntegrationPortalRequests.Test, new { input = new { clientId = "no-such-app", clientSecret = "whatever" } });
        var noSecret = await admin.PostAsync(IntegrationPortalRequests.Test, new { input = new { clientId = "another-app" } });

        Status(saved).ShouldBe("OK");
        Status(badSecret).ShouldBe("BAD_SECRET");
        Status(unknown).ShouldBe("INVALID_CREDENTIALS");
        Status(noSecret).ShouldBe("MISSING_CLIENT_SECRET");
        unknown.Body.GetProperty("data").GetProperty("testIntegrationCredentials").GetProperty("message").GetString()!.ShouldContain("Authentication failed.");
    }

    [Fact]
    public async Task Saving_refuses_unknown_scopes_a_missing_minimum_scope_and_a_new_app_without_its_secret()
    {
        using var admin = factory.ClientFor("tenant-invalid", "admin", admin: true);

        var missingMinimum = Errors(await admin.SaveAsync(AppA, SecretA, ["boards:read", "pins:read"]));
        var unknownScope = Errors(await admin.SaveAsync(AppA, SecretA, [.. Minimum, "pins:everything"]));
        var newAppNoSecret = Errors(await admin.SaveAsync("brand-new-app", null, Minimum));
        var hugeList = Errors(await admin.SaveAsync(AppA, SecretA, [.. Enumerable.Repeat("pins:read", 5_000)]));
        var spaceInId = Errors(await admin.SaveAsync("has space", SecretA, Minimum));

        missingMinimum.ShouldHaveSingleItem().GetProperty("field").GetString().ShouldBe("scopes");
        unknownScope.ShouldHaveSingleItem().GetProperty("message").GetString()!.ShouldContain("pins:everything");
        newAppNoSecret.ShouldHaveSingleItem().GetProperty("field").GetString().ShouldBe("clientSecret");
        hugeList.ShouldHaveSingleItem().GetProperty("field").GetString().ShouldBe("scopes");
        spaceInId.ShouldHaveSingleItem().GetProperty("field").GetString().ShouldBe("clientId");
        var url = await ConnectUrlAsync(factory.ClientFor("tenant-invalid", "someone"));
        url["client_id"].ShouldBe("sandbox-client");
    }

    [Fact]
    public async Task Adding_a_scope_marks_existing_connections_with_missing_scopes_without_breaking_them()
    {
        using var admin = factory.ClientFor("tenant-scopes", "admin", admin: true);
        Errors(await admin.SaveAsync(AppA, SecretA, Minimum)).ShouldBeEmpty();
        await factory.ConnectAsync("tenant-scopes", "dana", Minimum);
        using var dana = factory.ClientFor("tenant-scopes", "dana");
        MissingScopes(await dana.PostAsync("{ pinterestConnection { missingScopes } }")).ShouldBeEmpty();

        Errors(await admin.SaveAsync(AppA, null, [.. Minimum, "boards:write", "pins:write"])).ShouldBeEmpty();

        MissingScopes(await dana.PostAsync("{ pinterestConnection { status missingScopes } }")).ShouldBe(["boards:write", "pins:write"]);
        var (raw, me) = await dana.PostAsync("{ me { username } }");
        me.TryGetProperty("errors", out _).ShouldBeFalse(raw);
        me.GetProperty("data").GetProperty("me").GetProperty("username").GetString().ShouldBe(SandboxDemoUsers.Curator);
        // The new scope is asked for on the next connect.
        (await ConnectUrlAsync(dana))["scope"].ShouldBe("boards:read,boards:write,pins:read,pins:write,user_accounts:read");
    }

    [Fact]
    public async Task A_disabled_integration_answers_pinterest_not_configured_and_keeps_connections()
    {
        using var admin = factory.ClientFor("tenant-off", "admin", admin: true);
        Errors(await admin.SaveAsync(AppA, SecretA, Minimum)).ShouldBeEmpty();
        await factory.ConnectAsync("tenant-off", "erin", Minimum);
        using var erin = factory.ClientFor("tenant-off", "erin");
        var first = await erin.PostAsync("{ me { username } }");
        first.Body.TryGetProperty("errors", out _).ShouldBeFalse(first.Raw);

        Errors(await admin.SaveAsync(AppA, null, Minimum, enabled: false)).ShouldBeEmpty();

        var me = (await erin.PostAsync("{ me { username } }")).Body;
        me.FirstErrorCode().ShouldBe("PINTEREST_NOT_CONFIGURED");
        me.FirstErrorMessage().ShouldContain("disabled");
        var connect = (await erin.PostAsync("mutation { connectPinterest(input: { returnUrl: \"/\" }) { authorizationUrl } }")).Body;
        connect.FirstErrorCode().ShouldBe("PINTEREST_NOT_CONFIGURED");
        using var rest = await erin.GetAsync("/integrations/pinterest/connect?returnUrl=/");
        ((int)rest.StatusCode).ShouldBe(503);
        (await rest.Content.ReadAsStringAsync()).ShouldContain("PINTEREST_NOT_CONFIGURED");
        (await factory.FindLinkAsync("tenant-off", "erin")).ShouldNotBeNull().Status.ShouldBe(AccountLinkStatus.Connected);

        Errors(await admin.SaveAsync(AppA, null, Minimum, enabled: true)).ShouldBeEmpty();

        (await erin.PostAsync("{ me { username } }")).Body.GetProperty("data").GetProperty("me").GetProperty("username").GetString().ShouldBe(SandboxDemoUsers.Curator);
    }

    [Fact]
    public async Task Rotating_the_secret_keeps_connections_and_refreshes_with_the_new_secret()
    {
        using var admin = factory.ClientFor("tenant-rotate", "admin", admin: true);
        Errors(await admin.SaveAsync(RotatingApp, RotatingSecret, Minimum)).ShouldBeEmpty();
        // The access token is due for refresh (inside Pinterest:RefreshMargin), so the next call refreshes it.
        await factory.ConnectAsync("tenant-rotate", "frank", Minimum, accessLifetime: TimeSpan.FromMinutes(1));
        var before = await factory.FindLinkAsync("tenant-rotate", "frank");

        // The admin resets the App secret key at Pinterest (the old one stops working there) and saves the new one here.
        const string newSecret = "rotating-secret-new-5e7";
        factory.Services.GetRequiredService<IOptions<SandboxOptions>>().Value.Apps.Single(a => a.ClientId == RotatingApp).ClientSecret = newSecret;
        Errors(await admin.SaveAsync(RotatingApp, newSecret, Minimum)).ShouldBeEmpty();

        using var frank = factory.ClientFor("tenant-rotate", "frank");
        var (raw, me) = await frank.PostAsync("{ me { username } }");

        me.TryGetProperty("errors", out _).ShouldBeFalse(raw);
        me.GetProperty("data").GetProperty("me").GetProperty("username").GetString().ShouldBe(SandboxDemoUsers.Curator);
        var after = await factory.FindLinkAsync("tenant-rotate", "frank");
        after!.Status.ShouldBe(AccountLinkStatus.Connected);
        after.Tokens.RefreshToken.ShouldNotBe(before!.Tokens.RefreshToken);
        after.CreatedAt.ShouldBe(before.CreatedAt);
    }

    [Fact]
    public async Task Many_aliases_of_the_credentials_test_are_refused_before_any_pinterest_call()
    {
        using var admin = factory.ClientFor("tenant-aliases", "admin", admin: true);
        var counters = factory.Services.GetRequiredService<ISandboxCallCounters>();
        var before = counters.CountOf("oauth/token");

        // A thousand is refused by the document limits; fifty pass them and are refused by the cost analysis (2 calls each).
        var thousand = await admin.PostAsync(Aliases(1_000));
        var fifty = await admin.PostAsync(Aliases(50));

        thousand.Body.FirstErrorCode().ShouldBeOneOf(["DOCUMENT_TOO_LARGE", "ALIAS_LIMIT_EXCEEDED"], thousand.Raw[..Math.Min(thousand.Raw.Length, 400)]);
        fifty.Body.FirstErrorCode().ShouldBeOneOf(["COST_LIMIT_EXCEEDED", "WRITE_LIMIT_EXCEEDED"], fifty.Raw[..Math.Min(fifty.Raw.Length, 400)]);
        foreach (var body in new[] { thousand.Body, fifty.Body })
        {
            (body.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object).ShouldBeFalse();
        }

        counters.CountOf("oauth/token").ShouldBe(before);

        static string Aliases(int count) => "mutation{" + string.Concat(Enumerable.Range(0, count).Select(i => $"t{i}:testIntegrationCredentials{{ok}} ")) + "}";
    }

    private static async Task<System.Collections.Specialized.NameValueCollection> ConnectUrlAsync(HttpClient client)
    {
        var (raw, body) = await client.PostAsync("mutation { connectPinterest(input: { returnUrl: \"/\" }) { authorizationUrl } }");
        body.TryGetProperty("errors", out _).ShouldBeFalse(raw);
        var url = new Uri(body.GetProperty("data").GetProperty("connectPinterest").GetProperty("authorizationUrl").GetString()!);
        return HttpUtility.ParseQueryString(url.Query);
    }

    private static List<JsonElement> Errors((string Raw, JsonElement Body) response)
    {
        response.Body.TryGetProperty("errors", out _).ShouldBeFalse(response.Raw);
        return [.. response.Body.GetProperty("data").GetProperty("savePinterestIntegration").GetProperty("errors").EnumerateArray()];
    }

    private static string? Status((string Raw, JsonElement Body) response)
    {
        response.Body.TryGetProperty("errors", out _).ShouldBeFalse(response.Raw);
        return response.Body.GetProperty("data").GetProperty("testIntegrationCredentials").GetProperty("status").GetString();
    }

    private static string?[] MissingScopes((string Raw, JsonElement Body) response) =>
        [.. response.Body.GetProperty("data").GetProperty("pinterestConnection").GetProperty("missingScopes").EnumerateArray().Select(s => s.GetString())];
}
