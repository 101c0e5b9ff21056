using System.Text.Json;
using GraphApi.Pinterest.Sandbox;
using GraphApi.Tests.Infrastructure;
using GraphApi.Tests.Schema.Relay;

namespace GraphApi.Tests.Features.BusinessAccess;

/// <summary>
/// The Relay theories of <see cref="PagingTests"/> and <see cref="NodeTests"/> for Business Access, as demo.business
/// (BIZ_ADMIN of the seeded business) on a sandbox of its own that nothing else changes. RelaySpecificationTests counts
/// these rows with the others.
/// </summary>
public sealed class BusinessRelayTests(PinterestSandboxFixture fixture) : IClassFixture<PinterestSandboxFixture>
{
    internal const string BusinessId = "99100000000000001";
    internal const string AgencyId = "99100000000000002";
    internal const string PinnerId = "90000000000000001";
    private const string Business = $"business(id: \"{BusinessId}\")";

    /// <summary>Every Business Access connection with a query reaching it; all have seeded items.</summary>
    public static TheoryData<string, string, bool> Connections => new()
    {
        { "User.businesses", "me { businesses(first: $first, after: $after) { ...page } }", true },
        { "Business.members", $"{Business} {{ members(first: $first, after: $after) {{ ...page }} }}", true },
        { "Business.partners", $"{Business} {{ partners(first: $first, after: $after) {{ ...page }} }}", true },
        { "Business.assets", $"{Business} {{ assets(assetType: AD_ACCOUNT, first: $first, after: $after) {{ ...page }} }}", true },
        { "Business.invites", $"{Business} {{ invites(first: $first, after: $after) {{ ...page }} }}", true },
        { "BusinessMember.assets", $"{Business} {{ member(id: \"{PinnerId}\") {{ assets(first: $first, after: $after) {{ ...page }} }} }}", true },
        { "BusinessPartner.assets", $"{Business} {{ partner(id: \"{AgencyId}\") {{ assets(first: $first, after: $after) {{ ...page }} }} }}", true },
    };

    /// <summary>Connections that hang on a list item (an asset): walked here by hand, as PagingTests follows objects only.</summary>
    public static TheoryData<string, string> NestedConnections => new()
    {
        { "BusinessAsset.members", "members" },
        { "BusinessAsset.partners", "partners" },
    };

    public static IReadOnlyList<string> ConnectionFields =>
        [.. Connections.Select(row => (string)row[0]), .. NestedConnections.Select(row => (string)row[0])];

    public static TheoryData<string, string, string> Refetches => new()
    {
        { "Business", "{ me { businesses(first: 1) { nodes { ...f } } } }", "id pinterestId username myRoles" },
    };

    public static IReadOnlyList<string> RefetchedTypes => [.. Refetches.Select(row => (string)row[0])];

    [Theory]
    [MemberData(nameof(Connections))]
    public Task Every_business_connection_answers_all_four_page_info_fields_by_the_specification(string name, string selection, bool hasItems) =>
        PagingTests.WalkAsync((query, variables) => fixture.QueryAsync(SandboxDemoUsers.Business, query, variables), name, selection, hasItems);

    [Theory]
    [MemberData(nameof(NestedConnections))]
    public async Task The_asset_connections_page_to_the_end(string name, string field)
    {
        var seen = new List<string>();
        string? after = null;
        var hasNext = true;
        for (var pages = 0; hasNext && pages < 10; pages++)
        {
            var body = await fixture.QueryAsync(SandboxDemoUsers.Business, $$"""
                query($after: String) { {{Business}} { assets(first: 1) { nodes { {{field}}(first: 1, after: $after) {
                  edges { cursor node { user { pinterestId } } } pageInfo { hasPreviousPage hasNextPage startCursor endCursor } } } } } }
                """, new { after });
            body.ShouldHaveNoErrors();
            var connection = body.At("data.business.assets.nodes")[0].GetProperty(field);
            var info = connection.GetProperty("pageInfo");
            info.GetProperty("hasPreviousPage").GetBoolean().ShouldBe(after is not null, name);
            var edges = connection.GetProperty("edges").EnumerateArray().ToList();
            if (edges.Count > 0)
            {
                info.GetProperty("endCursor").GetString().ShouldBe(edges[^1].GetProperty("cursor").GetString(), name);
            }

            seen.AddRange(edges.Select(e => e.At("node.user.pinterestId").GetString()!));
            hasNext = info.GetProperty("hasNextPage").GetBoolean();
            after = info.GetProperty("endCursor").GetString();
        }

        hasNext.ShouldBeFalse(name);
        seen.ShouldNotBeEmpty(name);
        seen.Distinct().Count().ShouldBe(seen.Count, name);
    }

    [Theory]
    [MemberData(nameof(Refetches))]
    public Task Node_refetches_the_identical_business(string type, string read, string fields) =>
        NodeTests.RefetchAsync((query, variables) => fixture.QueryAsync(SandboxDemoUsers.Business, query, variables), type, read, fields);

    [Fact]
    public async Task A_business_the_user_does_not_belong_to_is_null_by_id_and_by_node()
    {
        var body = await fixture.QueryAsync(SandboxDemoUsers.Pinner, $$"""{ business(id: "{{AgencyId}}") { id } node(id: "{{GlobalIds.Of("Business", AgencyId)}}") { id } }""");

        body.ShouldHaveNoErrors();
        body.At("data.business").ValueKind.ShouldBe(JsonValueKind.Null);
        body.At("data.node").ValueKind.ShouldBe(JsonValueKind.Null);
    }
}
