using GraphApi.DataLoading;
using GraphApi.Pinterest;
using GraphApi.Pinterest.Pins;

namespace GraphApi.Features.Pins;

/// <summary>Pins by Pinterest ID. Pinterest has no batch GET for pins: one deduplicated call per pin.</summary>
public sealed class PinsByIdDataLoader(IPinterestClient pinterest) : DataLoader<string, Pin>
{
    protected internal override Task FetchAsync(IReadOnlyList<string> keys, LoadResults<string, Pin> results, CancellationToken cancellationToken) =>
        KeyedFetch.EachAsync(keys, results, (id, ct) => pinterest.Pins.GetAsync(id, cancellationToken: ct), cancellationToken);
}
