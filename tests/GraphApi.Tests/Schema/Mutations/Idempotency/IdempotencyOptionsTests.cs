using GraphApi.Tests.Infrastructure;
using Microsoft.Extensions.Options;

namespace GraphApi.Tests.Schema.Mutations.Idempotency;

/// <summary><c>Idempotency</c> settings are checked at start, with messages that name the setting.</summary>
public sealed class IdempotencyOptionsTests(GraphApiFactory factory) : IClassFixture<GraphApiFactory>
{
    [Theory]
    [InlineData("Idempotency:ReservationTimeout", "00:01:00", "Idempotency:ReservationTimeout (00:01:00) must be longer than Pinterest:RefreshTimeout plus Pinterest:Timeout plus Idempotency:ReconcileTimeout (00:01:10).")]
    [InlineData("Idempotency:ReservationTimeout", "00:00:01", "Idempotency:ReservationTimeout must be between 10 seconds and 1 hour.")]
    [InlineData("Idempotency:Retention", "00:00:10", "Idempotency:Retention must be between 5 minutes and 30 days.")]
    [InlineData("Idempotency:ReconcileMaxPages", "0", "Idempotency:ReconcileMaxPages must be between 1 and 20.")]
    [InlineData("Idempotency:MaxLockedKeys", "0", "Idempotency:MaxLockedKeys must be between 1 and 1,000,000.")]
    public void Invalid_settings_stop_the_start_with_a_clear_message(string key, string value, string message)
    {
        using var invalid = factory.WithSettings((key, value));

        var error = Should.Throw<OptionsValidationException>(() => invalid.CreateClient());

        error.Message.ShouldContain(message);
    }
}
