using GraphApi.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace GraphApi.Tests.Execution.Limits;

public sealed class LimitsOptionsTests(GraphApiFactory factory) : IClassFixture<GraphApiFactory>
{
    [Theory]
    [InlineData("GraphQL:Limits:MaxDepth", "1", "GraphQL:Limits:MaxDepth must be between 2 and 64.")]
    [InlineData("GraphQL:Limits:MaxErrors", "0", "GraphQL:Limits:MaxErrors must be between 1 and 10,000.")]
    [InlineData("GraphQL:Limits:MaxResponseBytes", "100", "GraphQL:Limits:MaxResponseBytes must be between 1 KiB and 256 MiB.")]
    [InlineData("GraphQL:Limits:ExecutionTimeout", "00:00:00", "GraphQL:Limits:ExecutionTimeout must be more than 0")]
    [InlineData("GraphQL:Limits:RequestTimeout", "00:00:05", "GraphQL:Limits:RequestTimeout must not be shorter than GraphQL:Limits:ExecutionTimeout.")]
    public void Invalid_limits_stop_the_start_with_a_clear_message(string key, string value, string message)
    {
        using var invalid = factory.WithSettings((key, value));

        var error = Should.Throw<OptionsValidationException>(() => invalid.CreateClient());

        error.Message.ShouldContain(message);
    }
}
