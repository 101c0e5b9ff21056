using GraphApi.Execution.Documents;
using GraphApi.Execution.Limits;
using GraphQL;
using Microsoft.Extensions.Options;

namespace GraphApi.Tests.Execution.Documents;

/// <summary>The cache under floods: distinct documents, big documents, refused ones; and what an entry may be shared for.</summary>
public sealed class DocumentCacheBoundTests
{
    private static (GraphQLDocumentGate Gate, DocumentCache Cache) Create(DocumentCacheOptions? options = null)
    {
        var cache = new DocumentCache(Options.Create(options ?? new DocumentCacheOptions()));
        return (new GraphQLDocumentGate(Options.Create(new GraphQLLimitsOptions()), cache), cache);
    }

    [Fact]
    public void Ten_thousand_distinct_documents_keep_the_cache_within_its_default_entry_bound()
    {
        var (gate, cache) = Create();

        for (var i = 0; i < 10_000; i++)
        {
            gate.Check($"query Q{i} {{ gateway {{ version }} a{i}: __typename }}").Refusal.ShouldBeNull();
            cache.Count.ShouldBeLessThanOrEqualTo(1_000);
        }

        cache.Count.ShouldBe(1_000);
        cache.Bytes.ShouldBeLessThanOrEqualTo(16L * 1024 * 1024);
        // Least recently used first out: the newest stays, the first one is gone.
        gate.Check("query Q9999 { gateway { version } a9999: __typename }").Cache.ShouldBe(CheckedDocument.CacheHit);
        gate.Check("query Q0 { gateway { version } a0: __typename }").Cache.ShouldBe(CheckedDocument.CacheMiss);
    }

    [Fact]
    public void Big_documents_are_bounded_by_bytes_before_entries()
    {
        var (gate, cache) = Create(new DocumentCacheOptions { MaxBytes = 1024 * 1024 });
        var padding = new string('x', 20_000);

        for (var i = 0; i < 500; i++)
        {
            gate.Check($"query Q{i}($s: String = \"{padding}\") {{ gateway {{ version }} }}").Refusal.ShouldBeNull();
            cache.Bytes.ShouldBeLessThanOrEqualTo(1024 * 1024);
        }

        cache.Count.ShouldBeGreaterThan(0);
        cache.Count.ShouldBeLessThan(500);
    }

    [Fact]
    public void Refused_documents_are_cached_as_refused_and_counted_against_the_same_bound()
    {
        var (gate, cache) = Create(new DocumentCacheOptions { MaxEntries = 50 });

        for (var i = 0; i < 1_000; i++)
        {
            gate.Check($"{{ broken{i} ").Refusal.ShouldNotBeNull();
        }

        cache.Count.ShouldBe(50);
        var again = gate.Check("{ broken999 ");
        again.Cache.ShouldBe(CheckedDocument.CacheHit);
        again.Refusal!.Errors![0].Code.ShouldBe("SYNTAX_ERROR");
        // Each request gets its own result around the shared error.
        gate.Check("{ broken999 ").Refusal.ShouldNotBeSameAs(again.Refusal);
    }

    [Fact]
    public void Texts_that_differ_in_one_character_never_share_an_entry()
    {
        var (gate, _) = Create();

        var first = gate.Check("query A { gateway { version } }");
        var second = gate.Check("query B { gateway { version } }");

        second.Cache.ShouldBe(CheckedDocument.CacheMiss);
        second.Document.ShouldNotBeSameAs(first.Document);
        gate.Check("query A { gateway { version } }").Document.ShouldBeSameAs(first.Document);
        gate.Check("query B { gateway { version } }").Document.ShouldBeSameAs(second.Document);
    }

    [Fact]
    public void Off_means_every_request_parses_again_and_nothing_is_kept()
    {
        var (gate, cache) = Create(new DocumentCacheOptions { Enabled = false });

        var first = gate.Check("{ gateway { version } }");
        var second = gate.Check("{ gateway { version } }");

        second.Cache.ShouldBe(CheckedDocument.CacheOff);
        second.Document.ShouldNotBeSameAs(first.Document);
        cache.Count.ShouldBe(0);
    }

    [Fact]
    public void Only_a_marked_execution_runs_the_cached_document_rules()
    {
        var step = new ValidatedDocumentExecution();
        var all = new GraphQL.Validation.IValidationRule[] { GraphQL.Validation.Rules.KnownTypeNames.Instance };
        var cachedOnly = Array.Empty<GraphQL.Validation.IValidationRule>();
        ExecutionOptions? seen = null;
        Task<ExecutionResult> Next(ExecutionOptions o)
        {
            seen = o;
            return Task.FromResult(new ExecutionResult());
        }

        var unmarked = new ExecutionOptions { ValidationRules = all, CachedDocumentValidationRules = cachedOnly };
        step.ExecuteAsync(unmarked, Next);
        seen!.ValidationRules.ShouldBeSameAs(all);

        var marked = new ExecutionOptions { ValidationRules = all, CachedDocumentValidationRules = cachedOnly };
        ValidatedDocumentExecution.MarkValidated(marked);
        step.ExecuteAsync(marked, Next);
        seen!.ValidationRules.ShouldBeSameAs(cachedOnly);
        marked.UserContext.ShouldBeEmpty();
    }
}
