using System.Security.Claims;
using GraphApi.Admin;
using Microsoft.Extensions.Options;

namespace GraphApi.Tests.Admin;

public sealed class AdminCallerTests
{
    [Theory]
    [InlineData("role", "admin", true)]
    [InlineData("role", "editor admin", true)]
    [InlineData("role", "editor,admin", true)]
    [InlineData("role", "administrator", false)]
    [InlineData("role", "Admin", false)]
    [InlineData("roles", "admin", false)]
    public void The_admin_role_is_one_value_of_the_configured_claim(string claim, string value, bool admin)
    {
        var caller = new AdminCaller(Options.Create(new AdminOptions()));

        caller.IsAdmin(Principal((claim, value))).ShouldBe(admin);
    }

    [Fact]
    public void The_claim_and_role_names_are_settings_and_several_claims_count()
    {
        var caller = new AdminCaller(Options.Create(new AdminOptions { RoleClaim = "roles", Role = "integration-admin" }));

        caller.IsAdmin(Principal(("roles", "viewer"), ("roles", "integration-admin"))).ShouldBeTrue();
        caller.IsAdmin(Principal(("role", "integration-admin"))).ShouldBeFalse();
        caller.IsAdmin(new ClaimsPrincipal(new ClaimsIdentity([new Claim("roles", "integration-admin")]))).ShouldBeFalse("an unauthenticated identity is never an admin");
    }

    private static ClaimsPrincipal Principal(params (string Type, string Value)[] claims) =>
        new(new ClaimsIdentity([new Claim("sub", "u"), .. claims.Select(c => new Claim(c.Type, c.Value))], "Bearer"));
}
