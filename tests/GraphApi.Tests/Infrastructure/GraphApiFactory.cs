using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace GraphApi.Tests.Infrastructure;

/// <summary>
/// The real host, in the Production environment so error masking is what users get. Settings and service
/// overrides come in through <see cref="WithSettings"/> and <see cref="WebApplicationFactory{T}.WithWebHostBuilder"/>.
/// </summary>
public class GraphApiFactory : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder) => builder.UseEnvironment("Production");

    public WebApplicationFactory<Program> WithSettings(params (string Key, string Value)[] settings) =>
        WithWebHostBuilder(builder =>
        {
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        });
}
