using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using GraphApi.Pinterest.Http;

namespace GraphApi.Pinterest.Tests.Http;

/// <summary>Stripe-style "JSON names are snake_case" check, plus: every DTO has source-generated metadata.</summary>
public sealed partial class JsonConventionTests
{
    private static readonly Assembly Client = typeof(IPinterestClient).Assembly;

    public static TheoryData<Type> Dtos => new(Client.GetExportedTypes()
        .Where(t => t.IsClass && !t.IsAbstract && !t.IsGenericTypeDefinition && !typeof(Exception).IsAssignableFrom(t) && !t.Name.EndsWith("Options", StringComparison.Ordinal))
        .Where(t => t.GetMethod("<Clone>$") is not null)
        .Where(t => !t.Name.StartsWith("List", StringComparison.Ordinal) && !t.Name.StartsWith("Search", StringComparison.Ordinal) && !t.Name.EndsWith("AnalyticsRequest", StringComparison.Ordinal))
        .Where(t => t.Namespace != "GraphApi.Pinterest.Pagination" && t.Namespace != "GraphApi.Pinterest.Errors")
        // The OAuth requests are sent form-encoded, and the app credentials they carry go in the Basic authorization
        // header: none of them is ever JSON, so none has (or needs) JSON metadata.
        .Where(t => t.Name is not ("AuthorizationUrlRequest" or "ExchangeCodeRequest" or "RefreshTokenRequest" or "ClientCredentialsTokenRequest" or "PinterestAppCredentials")));

    /// <summary>Every source-generated context of the client, found rather than listed, so a new one is never missed.</summary>
    private static readonly IReadOnlyList<JsonSerializerContext> Contexts = [.. Client.GetTypes()
        .Where(t => t.IsSubclassOf(typeof(JsonSerializerContext)) && !t.IsAbstract)
        .Select(t => (JsonSerializerContext)t.GetProperty("Default", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!)];

    [Theory]
    [MemberData(nameof(Dtos))]
    public void Every_json_property_is_snake_case_and_generated(Type type)
    {
        var info = Contexts.Select(context => context.GetTypeInfo(type)).FirstOrDefault(found => found is not null);

        info.ShouldNotBeNull($"{type.Name} has no source-generated metadata");
        info.Kind.ShouldBe(JsonTypeInfoKind.Object);
        foreach (var property in info.Properties)
        {
            // Pinterest spells a few billing members in camelCase; those carry an explicit [JsonPropertyName].
            var spelled = property.AttributeProvider is MemberInfo member && member.GetCustomAttribute<JsonPropertyNameAttribute>() is not null;
            (spelled ? CamelCase() : SnakeCase()).IsMatch(property.Name).ShouldBeTrue($"{type.Name}.{property.Name}");
        }
    }

    [Fact]
    public void The_convention_check_sees_the_dtos()
    {
        Dtos.Count.ShouldBeGreaterThan(40);
    }

    [Fact]
    public void The_metadata_check_sees_every_json_context()
    {
        Contexts.Select(context => context.GetType()).ShouldBe(
            [typeof(PinterestJsonContext), typeof(PinterestAdResourcesJsonContext), typeof(GraphApi.Pinterest.Ads.AdsJsonContext), typeof(GraphApi.Pinterest.Catalogs.CatalogsJsonContext), typeof(GraphApi.Pinterest.Catalogs.Items.CatalogItemsJsonContext), typeof(GraphApi.Pinterest.BusinessAccess.BusinessAccessJsonContext)], ignoreOrder: true);
    }

    [GeneratedRegex("^[a-z][a-z0-9]*(_[a-z0-9]+)*$")]
    private static partial Regex SnakeCase();

    [GeneratedRegex("^[a-z][a-zA-Z0-9]*$")]
    private static partial Regex CamelCase();
}
