using System.Net.Http.Headers;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using GraphApi.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GraphApi.Tests.Http.TrustedDocuments;

/// <summary>
/// The real host with a trusted-document folder (plain, hash-named and nested .graphql files, a Code Generator
/// manifest), callers with <c>client_type=partner</c> limited to trusted documents, and a small APQ store.
/// </summary>
public sealed class TrustedDocumentsFactory : GraphApiFactory
{
    public const string GatewayDocument = "query Gateway { gateway { name } }\n";
    public const string VersionDocument = "query Version { gateway { version } }";
    public const string DisconnectDocument = "mutation Disconnect { disconnectPinterest { __typename } }";
    public const string UpstreamDocument = "query Upstream { gateway { upstream } }";
    public const string WithFragmentDocument = "fragment G on Gateway { name }\nquery WithFragment { gateway { ...G } }";
    public const string TypenameDocument = "{ __typename }";
    public const int MaxEntries = 100;
    public const int MaxBytes = 256 * 1024;

    public TrustedDocumentsFactory()
    {
        Directory.CreateDirectory(Path.Combine(Folder, "nested"));
        File.WriteAllText(Path.Combine(Folder, "gateway.graphql"), GatewayDocument);
        File.WriteAllText(Path.Combine(Folder, Hex(VersionDocument) + ".graphql"), VersionDocument);
        File.WriteAllText(Path.Combine(Folder, "disconnect.graphql"), DisconnectDocument);
        File.WriteAllText(Path.Combine(Folder, "nested", "typename.graphql"), TypenameDocument);
        File.WriteAllText(Path.Combine(Folder, "persisted-documents.json"), JsonSerializer.Serialize(new Dictionary<string, string>
        {
            [Hex(UpstreamDocument)] = UpstreamDocument,
            [Hex(WithFragmentDocument)] = WithFragmentDocument,
        }));
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "graphapi-trusted", Guid.NewGuid().ToString("N"));

    public static string Hex(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public static string Id(string text) => "sha256:" + Hex(text);

    /// <summary>A caller whose token says <c>client_type=partner</c>: limited to trusted documents.</summary>
    public HttpClient CreatePartnerClient()
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", PartnerToken());
        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder
            .UseSetting("GraphQL:TrustedDocuments:Folder", Folder)
            .UseSetting("GraphQL:TrustedDocuments:RequiredWhenClaim:0", "client_type=partner")
            .UseSetting("GraphQL:TrustedDocuments:AutomaticPersistedQueries:MaxEntries", MaxEntries.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("GraphQL:TrustedDocuments:AutomaticPersistedQueries:MaxBytes", MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .UseSetting("GraphQL:Http:MaxBatchSize", "100")
            // 10,000 APQ registrations from one caller in a second
            .UseSettings(RelaxedLimits.RateLimits);
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(Folder))
        {
            Directory.Delete(Folder, recursive: true);
        }
    }

    private static string PartnerToken() => new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
    {
        Issuer = TestTokens.Issuer,
        Audience = TestTokens.Audience,
        Subject = new ClaimsIdentity([new Claim("sub", "partner-user"), new Claim("client_type", "partner")]),
        Expires = DateTime.UtcNow.AddHours(1),
        SigningCredentials = new SigningCredentials(
            new SymmetricSecurityKey(Convert.FromBase64String(TestTokens.SigningKey)), SecurityAlgorithms.HmacSha256),
    });
}
