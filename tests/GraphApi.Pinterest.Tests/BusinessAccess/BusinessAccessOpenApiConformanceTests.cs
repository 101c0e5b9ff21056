using System.Reflection;
using GraphApi.Pinterest.BusinessAccess;
using GraphApi.Pinterest.Http;
using GraphApi.Pinterest.Tests.Infrastructure;
using GraphApi.Pinterest.Tests.OpenApi;

namespace GraphApi.Pinterest.Tests.BusinessAccess;

/// <summary>Every business-access request the client builds, checked against the official description.</summary>
public sealed class BusinessAccessOpenApiConformanceTests
{
    [Theory]
    [MemberData(nameof(BusinessAccessOperationCatalog.Names), MemberType = typeof(BusinessAccessOperationCatalog))]
    public async Task Request_is_valid_against_the_spec_and_the_generated_response_example_deserializes(string name)
    {
        var (operationId, call) = BusinessAccessOperationCatalog.Calls[name];
        var operation = OpenApiDocument.Instance.Operation(operationId);
        using var host = new PinterestTestHost();
        var example = operation.SuccessSchema is { } schema ? ExampleGenerator.From(schema)!.ToJsonString() : string.Empty;
        host.Respond(example.Length == 0 ? 204 : 200, example);

        await call(host.Client);

        SpecRequestValidator.Validate(operation, host.Single).ShouldBeEmpty();
    }

    [Fact]
    public void Every_business_access_route_the_client_knows_matches_the_spec_and_has_a_call()
    {
        var operations = typeof(BusinessAccessOperations).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (PinterestOperation)f.GetValue(null)!)
            .ToList();

        operations.Count.ShouldBe(22);
        foreach (var known in operations)
        {
            var spec = OpenApiDocument.Instance.Operation(known.OperationId);
            (known.Method.Method, known.Route, known.RateLimitCategory).ShouldBe((spec.Method, spec.Path, spec.RateLimitCategory), known.OperationId);
        }

        BusinessAccessOperationCatalog.Calls.Values.Select(c => c.OperationId).Distinct().Order(StringComparer.Ordinal)
            .ShouldBe(operations.Select(o => o.OperationId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task The_deletes_send_their_json_body_and_the_access_delete_leaves_permissions_out()
    {
        using var host = new PinterestTestHost();
        host.Respond(200, """{"items":[{"asset_id":"1","member_id":"2"}]}""");

        var removed = await host.Client.BusinessAccess.DeleteMemberAccessAsync("9", new MemberAssetAccessRequest
        {
            Accesses = [new MemberAssetAccess { AssetId = "1", MemberId = "2", Permissions = ["ADMIN"] }],
        });

        host.Single.Method.ShouldBe("DELETE");
        host.Single.ShouldHaveJsonBody("""{"accesses":[{"asset_id":"1","member_id":"2"}]}""");
        removed.Items.ShouldHaveSingleItem().MemberId.ShouldBe("2");
    }

    [Fact]
    public async Task The_partner_access_writes_send_only_what_each_body_takes()
    {
        using var host = new PinterestTestHost();
        host.Respond(200, """{"items":[{"asset_id":"1","partner_id":"2","asset_type":"AD_ACCOUNT","is_shared_partner":true}]}""");
        var access = new PartnerAssetAccess { AssetId = "1", PartnerId = "2", Permissions = ["ADMIN"], PartnerType = "EXTERNAL" };

        var removed = await host.Client.BusinessAccess.DeletePartnerAccessAsync("9", new PartnerAssetAccessRequest { Accesses = [access] });
        await host.Client.BusinessAccess.UpdatePartnerAccessAsync("9", new PartnerAssetAccessRequest { Accesses = [access] });

        host.Requests[0].Method.ShouldBe("DELETE");
        host.Requests[0].ShouldHaveJsonBody("""{"accesses":[{"asset_id":"1","partner_id":"2","partner_type":"EXTERNAL"}]}""");
        host.Requests[1].ShouldHaveJsonBody("""{"accesses":[{"asset_id":"1","partner_id":"2","permissions":["ADMIN"]}]}""");
        removed.Items.ShouldHaveSingleItem().IsSharedPartner.ShouldBe(true);
    }

    [Fact]
    public async Task Guards_refuse_too_many_items_a_long_id_filter_and_a_bad_id_before_sending()
    {
        using var host = new PinterestTestHost();
        var ids = Enumerable.Range(1, 51).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var client = host.Client.BusinessAccess;

        await Should.ThrowAsync<ArgumentException>(() => client.UpdateMemberRolesAsync("1", ids.Select(i => new MemberRole { MemberId = i, BusinessRole = "EMPLOYEE" }).ToList()));
        await Should.ThrowAsync<ArgumentException>(() => client.DeletePartnersAsync("1", new DeletePartnersRequest { PartnerIds = ids }));
        await Should.ThrowAsync<ArgumentException>(() => client.DeletePartnerAccessAsync("1", new PartnerAssetAccessRequest { Accesses = ids.Select(i => new PartnerAssetAccess { AssetId = i, PartnerId = i }).ToList() }));
        await Should.ThrowAsync<ArgumentException>(() => client.CancelInvitesAsync("1", new CancelBusinessInvitesRequest { InviteIds = [] }));
        await Should.ThrowAsync<ArgumentException>(() => client.ListMembersAsync("1", new ListBusinessMembersRequest { MemberIds = Enumerable.Repeat("12345678901234567890", 30).ToList() }));
        await Should.ThrowAsync<ArgumentException>(() => client.ListMembersAsync("1/../2"));
        host.Requests.ShouldBeEmpty();
    }
}
