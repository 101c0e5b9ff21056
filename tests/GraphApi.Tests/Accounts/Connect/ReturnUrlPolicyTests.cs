using GraphApi.Accounts.Connect;
using GraphApi.Upstream;
using Microsoft.Extensions.Options;

namespace GraphApi.Tests.Accounts.Connect;

/// <summary>The policy on its own: what it accepts, in what re-serialised form, and what it refuses.</summary>
public sealed class ReturnUrlPolicyTests
{
    private readonly ReturnUrlPolicy _policy = new(Options.Create(new PinterestOptions { AllowedReturnOrigins = ["https://app.example.com", "http://localhost:5173/"] }));

    [Theory]
    [InlineData("/", "/")]
    [InlineData("/app?x=1#top", "/app?x=1#top")]
    [InlineData("/app/settings?tab=pinterest", "/app/settings?tab=pinterest")]
    [InlineData("/a b?q=c d#e f", "/a%20b?q=c%20d#e%20f")]
    [InlineData("/été?q=ü", "/%C3%A9t%C3%A9?q=%C3%BC")]
    [InlineData("/%2F%2Fevil.example", "/%2F%2Fevil.example")]
    [InlineData("/%", "/%25")]
    [InlineData("/a\"<>`{}|^", "/a%22%3C%3E%60%7B%7D%7C%5E")]
    [InlineData("/\uFF0F\uFF0Fevil.example", "/%EF%BC%8F%EF%BC%8Fevil.example")]
    [InlineData("/..//evil.example", "/..//evil.example")]
    [InlineData("/app#//evil.example", "/app#//evil.example")]
    [InlineData("https://app.example.com/back#top", "https://app.example.com/back#top")]
    [InlineData("https://APP.example.COM:443/ok?x=1", "https://app.example.com/ok?x=1")]
    [InlineData("https://app.example.com", "https://app.example.com/")]
    [InlineData("http://localhost:5173/cb", "http://localhost:5173/cb")]
    public void Accepted_values_are_re_serialised(string value, string expected)
    {
        _policy.TryParse(value, out var url, out var problem).ShouldBeTrue(problem);
        url!.ToString().ShouldBe(expected);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("//evil.example")]
    [InlineData("/\\evil.example")]
    [InlineData("\\\\evil.example")]
    [InlineData("/\t/evil.example")]
    [InlineData("/app\r\nX: y")]
    [InlineData("/\u0085x")]
    [InlineData("/\u007Fx")]
    [InlineData("/\u2028x")]
    [InlineData("/\u2029x")]
    [InlineData("~/app")]
    [InlineData("relative/page")]
    [InlineData("https://evil.example/")]
    [InlineData("https://app.example.com@evil.example/")]
    [InlineData("https://user:pass@app.example.com/")]
    [InlineData("https://app.example.com:8443/")]
    [InlineData("http://app.example.com/")]
    [InlineData("http://localhost:5174/")]
    [InlineData("https://аpp.example.com/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,x")]
    [InlineData("ftp://app.example.com/")]
    public void Hostile_values_are_refused_without_echoing_them(string? value)
    {
        _policy.TryParse(value, out var url, out var problem).ShouldBeFalse();
        url.ShouldBeNull();
        problem.ShouldNotBeNullOrEmpty();
        if (!string.IsNullOrEmpty(value))
        {
            problem.ShouldNotContain(value);
        }
    }

    [Fact]
    public void A_lone_surrogate_is_refused()
    {
        _policy.TryParse("/app/" + '\uD800', out _, out _).ShouldBeFalse();
        _policy.TryParse("/app/" + '\uDC00' + "x", out _, out _).ShouldBeFalse();
    }

    [Fact]
    public void Very_long_values_are_refused()
    {
        _policy.TryParse("/" + new string('a', ReturnUrlPolicy.MaxLength - 1), out _, out _).ShouldBeTrue();
        _policy.TryParse("/" + new string('a', ReturnUrlPolicy.MaxLength), out _, out var problem).ShouldBeFalse();
        problem!.ShouldContain("2048");
    }

    [Fact]
    public void Parameters_are_appended_before_the_fragment_and_escaped()
    {
        _policy.TryParse("/app?x=1#top", out var url, out _).ShouldBeTrue();

        url!.Build([new("pinterest", "error"), new("reason", "a&b=c")]).ShouldBe("/app?x=1&pinterest=error&reason=a%26b%3Dc#top");
    }
}
