using GraphApi.Pinterest.Sandbox.Tests.Contract;
using GraphApi.Pinterest.Sandbox.Tests.Infrastructure;

namespace GraphApi.Pinterest.Sandbox.Tests.Api;

/// <summary>What the ads routes refuse, as Pinterest does: another user's account, bad parameters, missing scopes.</summary>
public sealed class AdsSandboxTests(SandboxFixture fixture) : IClassFixture<SandboxFixture>
{
    private const string BusinessAccount = "94000000000000001";

    [Theory]
    [InlineData("v5/ad_accounts/" + BusinessAccount, 403, 29)]
    [InlineData("v5/ad_accounts/" + BusinessAccount + "/campaigns", 403, 29)]
    [InlineData("v5/ad_accounts/99999999", 404, 404)]
    [InlineData("v5/ad_accounts/" + AdsContractCases.Account + "/campaigns/95000000000000001", 404, 404)]
    [InlineData("v5/ad_accounts/" + AdsContractCases.Account + "/campaigns?entity_statuses=LIVE", 400, 1)]
    [InlineData("v5/ad_accounts/" + AdsContractCases.Account + "/campaigns/analytics?campaign_ids=95000000000001001&start_date=2020-01-01&end_date=2020-01-02&columns=CTR&granularity=DAY", 400, 1)]
    public async Task Refusals_have_pinterests_status_and_code(string url, int status, int code)
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);
        var result = await new ContractCall(client, "ads").GetAsync(url);

        (result.Status, result.Body!["code"]!.GetValue<int>()).ShouldBe((status, code), result.RawBody);
    }

    [Fact]
    public async Task A_bad_column_and_251_ids_are_refused()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var ids = string.Join('&', Enumerable.Range(1, 251).Select(i => $"ad_ids={97000000000000000L + i}"));

        var column = await new ContractCall(client, "ads/analytics").GetAsync($"v5/ad_accounts/{AdsContractCases.Account}/ads/analytics?ad_ids={AdsContractCases.Ad}&start_date={today}&end_date={today}&columns=VIDEO_START&granularity=TOTAL");
        var many = await new ContractCall(client, "ads/list").GetAsync($"v5/ad_accounts/{AdsContractCases.Account}/ads?{ids}");

        column.Status.ShouldBe(400);
        many.Status.ShouldBe(400);
    }

    [Fact]
    public async Task Analytics_leave_out_ids_of_another_account()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, Scopes.All);
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var result = await new ContractCall(client, "ads/analytics").GetAsync(
            $"v5/ad_accounts/{AdsContractCases.Account}/ads/analytics?ad_ids={AdsContractCases.Ad}&ad_ids=97000000000000001&start_date={today}&end_date={today}&columns=CTR&granularity=TOTAL");

        result.Status.ShouldBe(200);
        result.Body!.AsArray().Select(r => r!["AD_ID"]!.GetValue<string>()).ShouldBe([AdsContractCases.Ad]);
    }

    [Fact]
    public async Task Without_ads_read_the_list_is_refused_with_code_3()
    {
        using var client = await fixture.Host.ClientForAsync(SandboxDemoUsers.Pinner, ["boards:read"]);

        var result = await new ContractCall(client, "ad_accounts/list").GetAsync("v5/ad_accounts");

        (result.Status, result.Body!["code"]!.GetValue<int>()).ShouldBe((403, 3));
    }
}
