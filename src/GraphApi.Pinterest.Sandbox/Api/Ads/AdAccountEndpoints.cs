using System.Text.Json.Nodes;
using GraphApi.Pinterest.Sandbox.Api.Shared;
using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Http;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using static GraphApi.Pinterest.Sandbox.Http.SandboxScopes;

namespace GraphApi.Pinterest.Sandbox.Api.Ads;

/// <summary>/v5/ad_accounts: list, get, create, and the account's analytics and targeting analytics.</summary>
internal static class AdAccountEndpoints
{
    private static readonly string[] Currencies = ["USD", "GBP", "CAD", "EUR", "AUD", "NZD", "SEK", "ILS", "CHF", "HKD", "JPY", "SGD", "KRW", "NOK", "DKK", "PLN", "RON", "HUF", "CZK", "BRL", "MXN", "ARS", "CLP", "COP", "INR", "TRY"];

    public static void MapAdAccounts(this RouteGroupBuilder v5)
    {
        v5.MapGet("/ad_accounts", ListAsync).AdsOperation("ad_accounts/list", AdsRead);
        v5.MapPost("/ad_accounts", CreateAsync).AdsOperation("ad_accounts/create", AdsWrite);
        v5.MapGet("/ad_accounts/{adAccountId}", GetAsync).AdsOperation("ad_accounts/get", AdsRead);
        v5.MapGet("/ad_accounts/{adAccountId}/analytics", AnalyticsAsync).AdsOperation("ad_account/analytics", AdsRead);
        v5.MapGet("/ad_accounts/{adAccountId}/targeting_analytics", TargetingAnalyticsAsync).AdsOperation("ad_account_targeting_analytics/get", AdsRead);
    }

    private static async Task<IResult> ListAsync(HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if (!PageRequest.TryParse(request, out var pageRequest, out var error))
        {
            return error!;
        }

        var query = api.Db.AdAccounts.AsNoTracking().Where(a => a.OwnerId == api.Caller.UserId).OrderBy(a => a.Id);
        var page = await Page<AdAccountEntity>.FromQueryAsync(query, pageRequest, cancellationToken);
        return SandboxJson.Ok(page.Map(a => AdsMapper.ToResponse(a, api.Caller.Username)));
    }

    private static async Task<IResult> GetAsync(string adAccountId, ApiContext api, CancellationToken cancellationToken)
    {
        var (account, error) = await AdAccountAccess.OwnedAsync(api, adAccountId, cancellationToken);
        return account is null ? error! : SandboxJson.Ok(AdsMapper.ToResponse(account, api.Caller.Username));
    }

    private static async Task<IResult> CreateAsync(HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        if (await SandboxJson.ReadObjectAsync(request, cancellationToken) is not { } body)
        {
            return SandboxErrors.InvalidJson();
        }

        string? name, country, currency, owner;
        try
        {
            name = body.String("name");
            country = body.String("country");
            currency = body.String("currency") ?? "USD";
            owner = body.String("owner_user_id");
        }
        catch (FormatException ex)
        {
            return SandboxErrors.InvalidParameters(ex.Message);
        }

        if (string.IsNullOrWhiteSpace(name) || name.Length > 256)
        {
            return SandboxErrors.InvalidParameters("name is required and must be at most 256 characters.");
        }

        if (country is not { Length: 2 } || !country.All(char.IsAsciiLetterUpper) || !Currencies.Contains(currency, StringComparer.Ordinal))
        {
            return SandboxErrors.InvalidParameters("country must be an ISO 3166-1 alpha-2 code and currency an ISO 4217 code Pinterest bills in.");
        }

        if (owner is not null && owner != api.Caller.UserId)
        {
            return SandboxErrors.NotPermitted();
        }

        var account = new AdAccountEntity
        {
            Id = SandboxIds.NewId()[..18],
            OwnerId = api.Caller.UserId,
            Name = name,
            Country = country,
            Currency = currency,
            CreatedAt = api.Now,
            UpdatedAt = api.Now,
        };
        api.Db.AdAccounts.Add(account);
        await api.Db.SaveChangesAsync(cancellationToken);
        return SandboxJson.Ok(AdsMapper.ToResponse(account, api.Caller.Username));
    }

    private static async Task<IResult> AnalyticsAsync(string adAccountId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var (account, error) = await AdAccountAccess.OwnedAsync(api, adAccountId, cancellationToken);
        if (account is null)
        {
            return error!;
        }

        return AdsAnalyticsQuery.TryParse(request, api, out var query, out error)
            ? SandboxJson.Ok(query.Rows("AD_ACCOUNT_ID", account.Id).ToList())
            : error!;
    }

    private static async Task<IResult> TargetingAnalyticsAsync(string adAccountId, HttpRequest request, ApiContext api, CancellationToken cancellationToken)
    {
        var (account, error) = await AdAccountAccess.OwnedAsync(api, adAccountId, cancellationToken);
        if (account is null)
        {
            return error!;
        }

        return TargetingRows.TryAnswer(request, api, AdsAnalyticsSpec.AdAccountTargetingTypes, 15, "AD_ACCOUNT_ID", [account.Id]);
    }
}

/// <summary>The <c>MetricsResponse</c> of the targeting analytics reads: rows per entity, targeting value and bucket.</summary>
internal static class TargetingRows
{
    // A few plausible values per type; the rest get two generic buckets.
    private static readonly Dictionary<string, string[]> Values = new(StringComparer.Ordinal)
    {
        ["GENDER"] = ["female", "male", "unknown"],
        ["APPTYPE"] = ["iphone", "android_mobile", "web"],
        ["AGE_BUCKET"] = ["18-24", "25-34", "35-44"],
        ["COUNTRY"] = ["US", "GB"],
        ["PLACEMENT"] = ["SEARCH", "BROWSE"],
    };

    public static IResult TryAnswer(HttpRequest request, ApiContext api, string[] allowedTypes, int maxTypes, string idColumn, IReadOnlyList<string> entityIds)
    {
        if (!AdsAnalyticsQuery.TryParse(request, api, out var query, out var error))
        {
            return error!;
        }

        var types = AdsAnalyticsQuery.CommaList(request, "targeting_types");
        if (types.Count == 0 || types.Count > maxTypes || types.Any(t => !allowedTypes.Contains(t, StringComparer.Ordinal)))
        {
            return SandboxErrors.InvalidParameters($"targeting_types takes 1 to {maxTypes} of {string.Join(", ", allowedTypes)}.");
        }

        var attribution = AdsAnalyticsQuery.CommaList(request, "attribution_types");
        if (attribution.Count > 2 || attribution.Any(a => !AdsAnalyticsSpec.AttributionTypes.Contains(a, StringComparer.Ordinal)))
        {
            return SandboxErrors.InvalidParameters("attribution_types takes up to two of INDIVIDUAL, HOUSEHOLD.");
        }

        var data = new JsonArray();
        foreach (var id in entityIds)
        {
            foreach (var type in types)
            {
                foreach (var value in Values.GetValueOrDefault(type) ?? ["value_1", "value_2"])
                {
                    foreach (var row in query.Rows(idColumn, id, "|" + type + "|" + value))
                    {
                        var metrics = new JsonObject();
                        foreach (var (key, cell) in row)
                        {
                            metrics[key] = cell is double number ? JsonValue.Create(number) : JsonValue.Create((string)cell);
                        }

                        data.Add(new JsonObject { ["targeting_type"] = type, ["targeting_value"] = value, ["metrics"] = metrics });
                    }
                }
            }
        }

        return SandboxJson.Ok(new JsonObject { ["data"] = data });
    }
}
