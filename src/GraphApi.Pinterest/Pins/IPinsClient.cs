using GraphApi.Pinterest.Pagination;

namespace GraphApi.Pinterest.Pins;

/// <summary>Pins of the authorized user (tag <c>pins</c>).</summary>
public interface IPinsClient
{
    /// <summary>Lists the user's Pins (<c>pins/list</c>).</summary>
    Task<Page<Pin>> ListAsync(ListPinsRequest? request = null, CancellationToken cancellationToken = default);

    /// <summary>Gets one Pin (<c>pins/get</c>).</summary>
    Task<Pin> GetAsync(string pinId, bool? pinMetrics = null, string? adAccountId = null, CancellationToken cancellationToken = default);

    /// <summary>Creates a Pin (<c>pins/create</c>). Never retried automatically: a retry could duplicate the Pin.</summary>
    Task<Pin> CreateAsync(CreatePinRequest request, string? adAccountId = null, CancellationToken cancellationToken = default);

    /// <summary>Updates a Pin (<c>pins/update</c>, beta).</summary>
    Task<Pin> UpdateAsync(string pinId, UpdatePinRequest request, string? adAccountId = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes a Pin (<c>pins/delete</c>).</summary>
    Task DeleteAsync(string pinId, string? adAccountId = null, CancellationToken cancellationToken = default);

    /// <summary>Saves (repins) a Pin to a board or section (<c>pins/save</c>).</summary>
    Task<Pin> SaveAsync(string pinId, SavePinRequest request, string? adAccountId = null, CancellationToken cancellationToken = default);

    /// <summary>Analytics of one Pin, keyed by split bucket (<c>pins/analytics</c>).</summary>
    Task<IReadOnlyDictionary<string, PinAnalyticsMetrics>> GetAnalyticsAsync(string pinId, PinAnalyticsRequest request, CancellationToken cancellationToken = default);

    /// <summary>
    /// Analytics of up to 100 Pins in one call, keyed by Pin id then split bucket (<c>multi_pins/analytics</c>, beta).
    /// </summary>
    Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, PinAnalyticsMetrics>>> GetMultiPinAnalyticsAsync(MultiPinAnalyticsRequest request, CancellationToken cancellationToken = default);
}
