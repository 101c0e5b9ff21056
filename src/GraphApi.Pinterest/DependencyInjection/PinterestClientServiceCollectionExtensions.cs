using GraphApi.Pinterest.Ads;
using GraphApi.Pinterest.Ads.Audiences;
using GraphApi.Pinterest.Ads.ConversionTags;
using GraphApi.Pinterest.Ads.CustomerLists;
using GraphApi.Pinterest.Ads.Keywords;
using GraphApi.Pinterest.Ads.Planning;
using GraphApi.Pinterest.Ads.Reports;
using GraphApi.Pinterest.Billing;
using GraphApi.Pinterest.Boards;
using GraphApi.Pinterest.BusinessAccess;
using GraphApi.Pinterest.Catalogs;
using GraphApi.Pinterest.Catalogs.Items;
using GraphApi.Pinterest.Catalogs.ProductGroups;
using GraphApi.Pinterest.Http;
using GraphApi.Pinterest.Media;
using GraphApi.Pinterest.OAuth;
using GraphApi.Pinterest.Pins;
using GraphApi.Pinterest.Search;
using GraphApi.Pinterest.UserAccount;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace GraphApi.Pinterest.DependencyInjection;

/// <summary>Registers the Pinterest client.</summary>
public static class PinterestClientServiceCollectionExtensions
{
    /// <summary>The name of the underlying <see cref="HttpClient"/>.</summary>
    public const string HttpClientName = "GraphApi.Pinterest";

    /// <summary>
    /// Registers <see cref="IPinterestClient"/>, the per-resource clients and <see cref="IPinterestOAuthClient"/>
    /// on one named HttpClient with timeouts and read-only retries. Options bind from the <c>Pinterest</c>
    /// configuration section (when an <see cref="IConfiguration"/> is registered), then <paramref name="configure"/>
    /// runs, and they are validated at start-up. The host must register an <see cref="IPinterestAccessTokenProvider"/>.
    /// </summary>
    /// <returns>The HttpClient builder, to chain more handlers.</returns>
    public static IHttpClientBuilder AddPinterestClient(this IServiceCollection services, Action<PinterestClientOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        var options = services.AddOptions<PinterestClientOptions>();
        options.Configure<IServiceProvider>((o, provider) => provider.GetService<IConfiguration>()?.GetSection(PinterestClientOptions.SectionName).Bind(o));
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateDataAnnotations().ValidateOnStart();

        // Scoped, not transient: resolvers ask for IPinterestClient once per field, and each transient resolution built
        // seven resource clients, each with its own typed HttpClient (an HttpClient, its CancellationTokenSource and
        // the factory's configure actions) plus one for OAuth: 8 HttpClients per field, hundreds per dashboard request.
        // Their only state is the caller's token provider, which is scoped already, so one set per scope (request)
        // changes nothing a caller can observe. They are stateless and thread-safe, so parallel resolvers share them.
        services.TryAddScoped<IUserAccountClient, UserAccountClient>();
        services.TryAddScoped<IBoardsClient, BoardsClient>();
        services.TryAddScoped<IBoardSectionsClient, BoardSectionsClient>();
        services.TryAddScoped<IPinsClient, PinsClient>();
        services.TryAddScoped<IMediaClient, MediaClient>();
        services.TryAddScoped<ISearchClient, SearchClient>();
        services.TryAddScoped<IAdAccountsClient, AdAccountsClient>();
        services.TryAddScoped<ICampaignsClient, CampaignsClient>();
        services.TryAddScoped<IAdGroupsClient, AdGroupsClient>();
        services.TryAddScoped<IAdsClient, AdsClient>();
        services.TryAddScoped<IAudiencesClient, AudiencesClient>();
        services.TryAddScoped<ICustomerListsClient, CustomerListsClient>();
        services.TryAddScoped<IConversionTagsClient, ConversionTagsClient>();
        services.TryAddScoped<IKeywordsClient, KeywordsClient>();
        services.TryAddScoped<IAdPlanningClient, AdPlanningClient>();
        services.TryAddScoped<IAdsReportsClient, AdsReportsClient>();
        services.TryAddScoped<IBillingClient, BillingClient>();
        services.TryAddScoped<ICatalogsClient, CatalogsClient>();
        services.TryAddScoped<ICatalogItemsClient, CatalogItemsClient>();
        services.TryAddScoped<IProductGroupsClient, ProductGroupsClient>();
        services.TryAddScoped<IBusinessAccessClient, BusinessAccessClient>();
        services.TryAddScoped<IPinterestClient, PinterestClient>();

        // One connection (one HttpClient from the factory) per scope, shared by the six resource clients; what
        // AddTypedClient<PinterestRequestSender>() would register, but scoped instead of transient.
        services.TryAddScoped(provider => new PinterestRequestSender(
            provider.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName),
            provider.GetRequiredService<IPinterestAccessTokenProvider>(),
            provider.GetService<IPinterestQuotaObserver>()));

        var builder = services
            .AddHttpClient(HttpClientName, (provider, client) =>
            {
                var value = provider.GetRequiredService<IOptions<PinterestClientOptions>>().Value;
                client.BaseAddress = WithTrailingSlash(value.ApiBaseUrl);

                // The resilience pipeline owns timeouts; this only backstops it.
                client.Timeout = value.Timeout + TimeSpan.FromSeconds(5);
            })
            .AddTypedClient<IPinterestOAuthClient, PinterestOAuthClient>();

        // IHttpClientFactory's logging handlers open a log scope (an AsyncLocal write and a formatted URL) and check
        // four Information/Trace messages on every call, even when HttpClient logs at Warning, where they write
        // nothing: those messages are their only output. Upstream failures still surface as the client's exceptions,
        // mapped into GraphQL errors, and as Polly's warnings for retries and timeouts.
        builder.RemoveAllLoggers();

        // The connection cap lives on the primary handler (one pool per host for every call of the process).
        // No trace headers go to Pinterest: it is not part of our traces, and the runtime's default propagator would
        // send the current activity's baggage (whatever put it there) and trace ids to a third party.
        builder.UseSocketsHttpHandler((handler, provider) =>
        {
            handler.MaxConnectionsPerServer = provider.GetRequiredService<IOptions<PinterestClientOptions>>().Value.MaxConnectionsPerServer;
            handler.ActivityHeadersPropagator = System.Diagnostics.DistributedContextPropagator.CreateNoOutputPropagator();
        });

        builder.AddResilienceHandler("pinterest", (pipeline, context) =>
            PinterestResilience.Configure(pipeline, context.ServiceProvider.GetRequiredService<IOptions<PinterestClientOptions>>().Value));

        return builder;
    }

    // Relative paths resolve under the last segment only when it ends with '/': ".../v5" + "boards" would lose "v5".
    private static Uri WithTrailingSlash(Uri uri) =>
        uri.AbsoluteUri.EndsWith('/') ? uri : new Uri(uri.AbsoluteUri + "/");
}
