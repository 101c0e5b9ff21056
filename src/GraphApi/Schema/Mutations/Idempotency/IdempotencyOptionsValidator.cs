using GraphApi.Pinterest.DependencyInjection;
using GraphApi.Upstream;
using Microsoft.Extensions.Options;

namespace GraphApi.Schema.Mutations.Idempotency;

/// <summary>
/// A reservation shorter than a create (a token refresh first, then the call) plus a reconciliation could expire while
/// its request still runs, and a retry would take it over and create a second object: refused on start.
/// </summary>
internal sealed class IdempotencyOptionsValidator(IOptions<PinterestClientOptions> pinterest, IOptions<PinterestOptions> refresh)
    : IValidateOptions<IdempotencyOptions>
{
    public ValidateOptionsResult Validate(string? name, IdempotencyOptions options)
    {
        var needed = refresh.Value.RefreshTimeout + pinterest.Value.Timeout + options.ReconcileTimeout;
        return options.ReservationTimeout > needed
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"Idempotency:ReservationTimeout ({options.ReservationTimeout}) must be longer than Pinterest:RefreshTimeout plus Pinterest:Timeout plus Idempotency:ReconcileTimeout ({needed}).");
    }
}
