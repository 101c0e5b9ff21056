using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace GraphApi.Pinterest.Sandbox.Hosting;

// The default data folder depends on the host's content root, which only DI knows.
internal sealed class SandboxOptionsSetup(IHostEnvironment environment) : IPostConfigureOptions<SandboxOptions>
{
    public void PostConfigure(string? name, SandboxOptions options)
    {
        options.DataDirectory = string.IsNullOrWhiteSpace(options.DataDirectory)
            ? Path.Combine(environment.ContentRootPath, "App_Data")
            : Path.GetFullPath(options.DataDirectory, environment.ContentRootPath);
        options.PathBase = "/" + options.PathBase.Trim().Trim('/');
        if (options.PathBase == "/")
        {
            options.PathBase = string.Empty;
        }
    }
}
