using System.Reflection;
using System.Text.Json.Nodes;
using GraphApi.Pinterest.Ads;
using GraphApi.Pinterest.Http;
using GraphApi.Pinterest.Patching;
using GraphApi.Pinterest.Tests.Infrastructure;
using GraphApi.Pinterest.Tests.OpenApi;

namespace GraphApi.Pinterest.Tests.Ads;

/// <summary>Every ads request the client builds, checked against the official description, and its enum lists against the spec.</summary>
public sealed class AdsOpenApiConformanceTests
{
    private static readonly string[] CoveredTags = ["ad_accounts", "campaigns", "ad_groups", "ads"];

    // Under /ad_accounts in those tags but not the ads hierarchy: previews, planning, reports, templates, sandbox
    // accounts (ads-more or later work).
    private static readonly string[] NotCovered = ["ad_previews/create", "ad_groups/audience_sizing", "ad_groups_bid_floor/get", "sandbox/delete", "templates/list"];

    [Theory]
    [MemberData(nameof(AdsOperationCatalog.Names), MemberType = typeof(AdsOperationCatalog))]
    public async Task Request_is_valid_against_the_spec_and_the_generated_response_example_deserializes(string name)
    {
        var (operationId, call) = AdsOperationCatalog.Calls[name];
        var operation = OpenApiDocument.Instance.Operation(operationId);
        using var host = new PinterestTestHost();
        var example = operation.SuccessSchema is { } schema ? ExampleGenerator.From(schema)!.ToJsonString() : string.Empty;
        host.Respond(example.Length == 0 ? 204 : 200, example);

        await call(host.Client);

        SpecRequestValidator.Validate(operation, host.Single).ShouldBeEmpty();
    }

    [Fact]
    public void Every_hierarchy_operation_of_the_ads_tags_has_a_client_call()
    {
        var expected = OpenApiDocument.Instance.Operations
            .Where(o => CoveredTags.Contains(o.Tag) && o.Path.StartsWith("/ad_accounts", StringComparison.Ordinal) && !NotCovered.Contains(o.OperationId)
                && !o.OperationId.StartsWith("analytics/", StringComparison.Ordinal))
            .Where(o => !o.Path.Contains("/keywords", StringComparison.Ordinal))
            .Select(o => o.OperationId)
            .Order(StringComparer.Ordinal)
            .ToList();

        AdsOperationCatalog.Calls.Values.Select(c => c.OperationId).Distinct().Order(StringComparer.Ordinal).ShouldBe(expected);
    }

    [Fact]
    public void Every_ads_route_the_client_knows_matches_the_spec()
    {
        var operations = typeof(AdsOperations).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (PinterestOperation)f.GetValue(null)!)
            .ToList();

        operations.Count.ShouldBe(24);
        foreach (var known in operations)
        {
            var spec = OpenApiDocument.Instance.Operation(known.OperationId);
            (known.Method.Method, known.Route, known.RateLimitCategory).ShouldBe((spec.Method, spec.Path, spec.RateLimitCategory), known.OperationId);
        }
    }

    [Theory]
    [InlineData("campaigns/analytics", "columns")]
    [InlineData("ad_groups/analytics", "columns")]
    [InlineData("ads/analytics", "columns")]
    [InlineData("ad_account/analytics", "columns")]
    [InlineData("ad_pins/analytics", "columns")]
    [InlineData("campaigns/analytics", "granularity")]
    [InlineData("ad_account_targeting_analytics/get", "targeting_types")]
    [InlineData("campaign_targeting_analytics/get", "targeting_types")]
    [InlineData("ad_groups_targeting_analytics/get", "targeting_types")]
    [InlineData("ad_targeting_analytics/get", "targeting_types")]
    [InlineData("ad_targeting_analytics/get", "attribution_types")]
    public void Each_enum_list_is_exactly_its_parameters_enum(string operationId, string parameter)
    {
        var spec = OpenApiDocument.Instance.Operation(operationId);
        var expected = EnumOf(spec.Parameters.Single(p => p["name"]!.GetValue<string>() == parameter)["schema"]!);
        IReadOnlyList<string> ours = (operationId, parameter) switch
        {
            (_, "columns") => AdsAnalyticsValues.Columns,
            (_, "granularity") => AdsAnalyticsValues.Granularities,
            (_, "attribution_types") => AdsAnalyticsValues.AttributionTypes,
            ("ad_account_targeting_analytics/get", _) => AdsAnalyticsValues.AdAccountTargetingTypes,
            ("campaign_targeting_analytics/get", _) => AdsAnalyticsValues.CampaignTargetingTypes,
            ("ad_groups_targeting_analytics/get", _) => AdsAnalyticsValues.AdGroupTargetingTypes,
            _ => AdsAnalyticsValues.AdTargetingTypes,
        };

        ours.ShouldBe(expected);
    }

    [Fact]
    public async Task A_bulk_write_reads_refused_items_whether_exceptions_is_an_array_or_one_object()
    {
        using var host = new PinterestTestHost();
        host.Respond(200, """{"items":[{"data":{"id":"1","ad_account_id":"2","ad_group_id":"3","campaign_id":"4"},"exceptions":{}},{"exceptions":{"code":2,"message":"Ad group not found."}}]}""");

        var written = await host.Client.Ads.CreateAsync("2", [new CreateAdRequest { AdGroupId = "3", PinId = "5", CreativeType = "REGULAR" }]);

        written.Items[0].Data!.Id.ShouldBe("1");
        written.Items[0].Exceptions.ShouldBeEmpty();
        written.Items[1].Exceptions!.ShouldHaveSingleItem().Message.ShouldBe("Ad group not found.");
    }

    [Fact]
    public async Task An_update_sends_null_only_for_the_cap_it_clears_and_leaves_unset_fields_out()
    {
        using var host = new PinterestTestHost();
        host.Respond(200, """{"items":[{"data":{"id":"1","ad_account_id":"2"},"exceptions":[]}]}""");

        await host.Client.Campaigns.UpdateAsync("2", [new UpdateCampaignRequest { Id = "1", AdAccountId = "2", DailySpendCap = Patch.Null<long>() }]);
        await host.Client.Campaigns.UpdateAsync("2", [new UpdateCampaignRequest { Id = "1", AdAccountId = "2", DailySpendCap = 5_000_000, Name = "Kept" }]);

        host.Requests[0].ShouldHaveJsonBody("""[{"id":"1","ad_account_id":"2","daily_spend_cap":null}]""");
        host.Requests[1].ShouldHaveJsonBody("""[{"id":"1","ad_account_id":"2","name":"Kept","daily_spend_cap":5000000}]""");
    }

    [Fact]
    public async Task Guards_refuse_too_many_ids_and_writes_before_sending()
    {
        using var host = new PinterestTestHost();
        var ids = Enumerable.Range(1, 251).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var analytics = new AdsAnalyticsRequest { StartDate = new(2025, 1, 1), EndDate = new(2025, 1, 2), Columns = ["CTR"], Granularity = "TOTAL" };

        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => host.Client.Campaigns.GetAnalyticsAsync("1", ids, analytics));
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => host.Client.Ads.ListAsync("1", new ListAdsEntitiesRequest { AdIds = ids }));
        await Should.ThrowAsync<ArgumentOutOfRangeException>(() => host.Client.Campaigns.UpdateAsync("1", Enumerable.Range(0, 31).Select(i => new UpdateCampaignRequest { Id = "1", AdAccountId = "1" }).ToList()));
        await Should.ThrowAsync<ArgumentException>(() => host.Client.Campaigns.ListAsync("1", new ListAdsEntitiesRequest { AdIds = ["1"] }));
        host.Requests.ShouldBeEmpty();
    }

    private static List<string> EnumOf(JsonNode schema)
    {
        var resolved = OpenApiDocument.Instance.Resolve(schema);
        var items = OpenApiDocument.Instance.Resolve(resolved["items"] ?? resolved);
        return items["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ToList();
    }
}
