using System.Security.Claims;
using GraphApi.Accounts.Callers;
namespace GraphApi.Tests.Accounts.Callers;

public sealed class CallerTests
{
    [Fact]
    public void Sub_and_tenant_name_the_caller()
    {
        var caller = Caller.From(Principal(("sub", "u1"), ("tenantId", "t1")));

        caller.ShouldBe(new Caller("t1", "u1", null));
    }

    [Fact]
    public void No_sub_means_no_caller()
    {
        Caller.From(Principal(("tenantId", "t1"))).ShouldBeNull();
    }

    [Theory]
    [InlineData("scope", "openid pins:read pins:write profile")]
    [InlineData("scp", "pins:read pins:write")]
    public void Pinterest_scopes_in_the_token_are_kept_and_others_ignored(string claim, string value)
    {
        var caller = Caller.From(Principal(("sub", "u1"), (claim, value)))!;

        caller.TokenPinterestScopes!.Order().ShouldBe(["pins:read", "pins:write"]);
    }

    [Fact]
    public void Permissions_as_one_claim_per_value_are_read_too()
    {
        var caller = Caller.From(Principal(("sub", "u1"), ("permissions", "boards:read"), ("permissions", "read:messages")))!;

        caller.TokenPinterestScopes!.ShouldBe(["boards:read"]);
    }

    [Fact]
    public void A_token_without_pinterest_scopes_does_not_narrow()
    {
        Caller.From(Principal(("sub", "u1"), ("scope", "openid profile")))!.TokenPinterestScopes.ShouldBeNull();
    }

    private static ClaimsPrincipal Principal(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity(claims.Select(c => new Claim(c.Type, c.Value)), "test"));
}
