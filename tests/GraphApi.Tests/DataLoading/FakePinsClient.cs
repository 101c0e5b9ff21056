using GraphApi.Pinterest.Errors;
using GraphApi.Pinterest.Pagination;
using GraphApi.Pinterest.Pins;

namespace GraphApi.Tests.DataLoading;

/// <summary>Pins client double for the analytics loader: counts calls, and can lack the multi-pin (beta) endpoint.</summary>
internal sealed class FakePinsClient(bool multiAvailable) : IPinsClient
{
    public List<int> MultiCallSizes { get; } = [];

    public int SingleCalls { get; private set; }

    public Task<IReadOnlyDictionary<string, IReadOnlyDictionary<string, PinAnalyticsMetrics>>> GetMultiPinAnalyticsAsync(MultiPinAnalyticsRequest request, CancellationToken cancellationToken = default)
    {
        // Chunks of one batch are fetched in parallel: record under the same lock as the single calls.
        lock (MultiCallSizes)
        {
            MultiCallSizes.Add(request.PinIds.Count);
        }

        if (!multiAvailable)
        {
            throw new PinterestTrialAccessException("Not available for this app.");
        }

        IReadOnlyDictionary<string, IReadOnlyDictionary<string, PinAnalyticsMetrics>> result = request.PinIds.ToDictionary(id => id, Metrics);
        return Task.FromResult(result);
    }

    public Task<IReadOnlyDictionary<string, PinAnalyticsMetrics>> GetAnalyticsAsync(string pinId, PinAnalyticsRequest request, CancellationToken cancellationToken = default)
    {
        lock (MultiCallSizes)
        {
            SingleCalls++;
        }

        return pinId == "missing" ? throw new PinterestNotFoundException("No pin.") : Task.FromResult(Metrics(pinId));
    }

    private static IReadOnlyDictionary<string, PinAnalyticsMetrics> Metrics(string pinId) =>
        new Dictionary<string, PinAnalyticsMetrics> { ["all"] = new() { SummaryMetrics = new Dictionary<string, double> { ["IMPRESSION"] = pinId.Length } } };

    public Task<Page<Pin>> ListAsync(ListPinsRequest? request = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<Pin> GetAsync(string pinId, bool? pinMetrics = null, string? adAccountId = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<Pin> CreateAsync(CreatePinRequest request, string? adAccountId = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<Pin> UpdateAsync(string pinId, UpdatePinRequest request, string? adAccountId = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task DeleteAsync(string pinId, string? adAccountId = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<Pin> SaveAsync(string pinId, SavePinRequest request, string? adAccountId = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
