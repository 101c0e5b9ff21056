using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace GraphApi.Bench.Runner.Tests;

public sealed class CallerTokenTests
{
    [Fact]
    public async Task The_gateways_token_handler_accepts_the_runners_token_with_its_key_issuer_and_audience()
    {
        var key = CallerToken.NewSigningKey();

        var result = await ValidateAsync(CallerToken.Create(key, "bench-user", TimeSpan.FromHours(1)), key);

        result.IsValid.ShouldBeTrue(result.Exception?.Message);
        result.ClaimsIdentity.FindFirst("sub")!.Value.ShouldBe("bench-user");
    }

    [Fact]
    public async Task A_token_signed_with_another_key_is_refused()
    {
        var result = await ValidateAsync(CallerToken.Create(CallerToken.NewSigningKey(), "bench-user", TimeSpan.FromHours(1)), CallerToken.NewSigningKey());

        result.IsValid.ShouldBeFalse();
        result.Exception.ShouldBeOfType<SecurityTokenSignatureKeyNotFoundException>();
    }

    [Fact]
    public void Every_run_gets_a_new_32_byte_key()
    {
        var first = CallerToken.NewSigningKey();

        Convert.FromBase64String(first).Length.ShouldBe(32);
        CallerToken.NewSigningKey().ShouldNotBe(first);
    }

    private static Task<TokenValidationResult> ValidateAsync(string token, string key) =>
        new JsonWebTokenHandler().ValidateTokenAsync(token, new TokenValidationParameters
        {
            ValidIssuer = CallerToken.Issuer,
            ValidAudience = CallerToken.Audience,
            IssuerSigningKey = new SymmetricSecurityKey(Convert.FromBase64String(key)),
            ClockSkew = TimeSpan.Zero,
        });
}
