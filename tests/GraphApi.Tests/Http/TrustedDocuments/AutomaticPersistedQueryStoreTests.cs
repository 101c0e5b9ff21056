using GraphApi.Http;
using GraphApi.Http.TrustedDocuments;
using Microsoft.Extensions.Options;

using static GraphApi.Tests.Http.TrustedDocuments.TrustedDocumentsFactory;

namespace GraphApi.Tests.Http.TrustedDocuments;

public sealed class AutomaticPersistedQueryStoreTests
{
    [Fact]
    public void The_least_recently_used_entry_is_evicted_first()
    {
        var store = Store(maxEntries: 3);
        store.Add("a", "{ a }");
        store.Add("b", "{ b }");
        store.Add("c", "{ c }");
        store.Find("a").ShouldNotBeNull();

        store.Add("d", "{ d }");

        store.Count.ShouldBe(3);
        store.Find("b").ShouldBeNull();
        store.Find("a").ShouldBe("{ a }");
        store.Find("d").ShouldBe("{ d }");
    }

    [Fact]
    public void The_byte_bound_evicts_as_many_entries_as_needed()
    {
        var text = new string('x', 1_000);
        var size = AutomaticPersistedQueryStore.SizeOf(text);
        var store = Store(maxEntries: 1_000, maxBytes: 3 * size);

        for (var i = 0; i < 50; i++)
        {
            store.Add(i.ToString(System.Globalization.CultureInfo.InvariantCulture), text);
            store.Bytes.ShouldBeLessThanOrEqualTo(3 * size);
        }

        store.Count.ShouldBe(3);
        store.Find("49").ShouldNotBeNull();
        store.Find("46").ShouldBeNull();
    }

    [Fact]
    public void A_document_over_the_length_limit_or_the_byte_bound_is_never_stored()
    {
        var store = Store(maxEntries: 10, maxBytes: 4_096, maxDocumentLength: 5_000);

        store.Add("long", new string('x', 5_001)).ShouldBeFalse();
        store.Add("big", new string('x', 3_000)).ShouldBeFalse();

        store.Count.ShouldBe(0);
        store.Bytes.ShouldBe(0);
    }

    [Fact]
    public async Task Concurrent_registrations_and_reads_keep_the_bounds()
    {
        var store = Store(maxEntries: 50);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(worker => Task.Run(() =>
        {
            for (var i = 0; i < 2_000; i++)
            {
                var text = $"query Q{worker}_{i} {{ __typename }}";
                store.Add(Hex(text), text);
                store.Find(Hex(text));
            }
        })));

        store.Count.ShouldBe(50);
        store.Bytes.ShouldBeLessThanOrEqualTo(50 * AutomaticPersistedQueryStore.SizeOf("query Q0_0000 { __typename }"));
    }

    private static AutomaticPersistedQueryStore Store(int maxEntries, long maxBytes = 1024 * 1024, int maxDocumentLength = 32_768) => new(
        Options.Create(new TrustedDocumentOptions { AutomaticPersistedQueries = { MaxEntries = maxEntries, MaxBytes = maxBytes } }),
        Options.Create(new GraphQLHttpOptions { MaxDocumentLength = maxDocumentLength }));
}
