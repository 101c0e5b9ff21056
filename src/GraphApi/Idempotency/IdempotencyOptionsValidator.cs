using GraphApi.Pinterest.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GraphApi.Idempotency;

/// <summary>
/// A reservation shorter than a create plus a reconciliation could expire while its request still runs, and a
/// retry would take it over and create a second object: refused on start.
/// </summary>
internal sealed class IdempotencyOptionsValidator(IOptions<PinterestClientOptions> pinterest) : IValidateOptions<IdempotencyOptions>
{
    public ValidateOptionsResult Validate(string? name, IdempotencyOptions options)
    {
        var needed = pinterest.Value.Timeout + options.ReconcileTimeout;
        return options.ReservationTimeout > needed
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Idempotency:ReservationTimeout ({options.ReservationTimeout}) must be longer than Pinterest:Timeout plus Idempotency:ReconcileTimeout ({needed}).");
    }
}
