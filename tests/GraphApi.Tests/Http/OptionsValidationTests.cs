using GraphApi.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace GraphApi.Tests.Http;

public sealed class OptionsValidationTests(GraphApiFactory factory) : IClassFixture<GraphApiFactory>
{
    [Theory]
    [InlineData("GraphQL:Http:MaxBatchSize", "0", "GraphQL:Http:MaxBatchSize must be between 1 and 100.")]
    [InlineData("GraphQL:Http:MaxRequestBodyBytes", "10", "GraphQL:Http:MaxRequestBodyBytes must be between 1 KiB and 16 MiB.")]
    [InlineData("GraphQL:Http:Path", "graphql", "GraphQL:Http:Path must start with '/'.")]
    [InlineData("GraphQL:Http:Uploads:MaxFileBytes", "10", "GraphQL:Http:Uploads:MaxFileBytes must be between 1 KiB and 64 MiB.")]
    [InlineData("GraphQL:Http:Uploads:MaxFiles", "0", "GraphQL:Http:Uploads:MaxFiles must be between 1 and 100.")]
    [InlineData("GraphQL:Http:Uploads:MaxTotalBytes", "1000", "GraphQL:Http:Uploads:MaxTotalBytes must be between 2 KiB and 512 MiB.")]
    [InlineData("GraphQL:Http:Uploads:MaxTotalBytes", "4096", "GraphQL:Http:Uploads:MaxFileBytes (10,485,760) must not be larger than GraphQL:Http:Uploads:MaxTotalBytes (4,096).")]
    public void Invalid_settings_stop_the_start_with_a_clear_message(string key, string value, string message)
    {
        using var invalid = factory.WithSettings((key, value));

        var error = Should.Throw<OptionsValidationException>(() => invalid.CreateClient());

        error.Message.ShouldContain(message);
    }
}
