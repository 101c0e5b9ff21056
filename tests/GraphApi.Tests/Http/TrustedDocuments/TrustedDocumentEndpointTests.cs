using System.Net;
using System.Text.Json;
using GraphApi.Http.TrustedDocuments;
using GraphApi.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

using static GraphApi.Tests.Http.TrustedDocuments.TrustedDocumentsFactory;

namespace GraphApi.Tests.Http.TrustedDocuments;

public sealed class TrustedDocumentEndpointTests(TrustedDocumentsFactory factory) : IClassFixture<TrustedDocumentsFactory>
{
    private readonly HttpClient _client = factory.CreateClient();
    private readonly HttpClient _partner = factory.CreatePartnerClient();

    [Theory]
    [InlineData(GatewayDocument, "name", "GraphApi")]
    [InlineData(VersionDocument, "version", null)]
    [InlineData(UpstreamDocument, "upstream", "SANDBOX")]
    [InlineData(WithFragmentDocument, "name", "GraphApi")]
    public async Task A_trusted_document_runs_by_id_over_post(string document, string field, string? expected)
    {
        using var response = await _client.SendAsync(PostJson(new { documentId = Id(document) }));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var value = (await response.ReadJsonAsync()).GetProperty("data").GetProperty("gateway").GetProperty(field).GetString();
        value.ShouldNotBeNullOrEmpty();
        if (expected is not null)
        {
            value.ShouldBe(expected);
        }
    }

    [Fact]
    public async Task A_document_in_a_subfolder_is_loaded()
    {
        using var response = await _client.SendAsync(PostJson(new { documentId = Id(TypenameDocument) }));

        (await response.ReadJsonAsync()).GetProperty("data").GetProperty("__typename").GetString().ShouldBe("Query");
    }

    [Fact]
    public async Task A_trusted_document_runs_by_id_over_get_with_variables_and_operation_name()
    {
        using var response = await _client.GetAsync($"/graphql?documentId={Id(GatewayDocument)}&operationName=Gateway&variables=%7B%7D");

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.ReadJsonAsync()).GetProperty("data").GetProperty("gateway").GetProperty("name").GetString().ShouldBe("GraphApi");
    }

    [Fact]
    public async Task A_mutation_by_id_over_get_is_still_405()
    {
        using var response = await _client.GetAsync($"/graphql?documentId={Id(DisconnectDocument)}");

        response.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.ShouldBe(["POST"]);
        (await response.ReadJsonAsync()).FirstErrorCode().ShouldBe("METHOD_NOT_ALLOWED");
    }

    [Fact]
    public async Task A_browser_get_by_id_is_answered_not_redirected_to_the_ide()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/graphql?documentId={Id(GatewayDocument)}");
        request.Headers.TryAddWithoutValidation("Accept", "text/html,application/json;q=0.9");

        using var response = await _client.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(GraphQLHttp.GraphQLResponse, HttpStatusCode.BadRequest)]
    [InlineData("application/json", HttpStatusCode.OK)]
    public async Task An_unknown_id_is_persisted_query_not_found_with_the_request_error_status(string accept, HttpStatusCode status)
    {
        var id = Id("query Never { gateway { name } }");

        using var response = await _client.SendAsync(PostJson(new { documentId = id }, accept));

        response.StatusCode.ShouldBe(status);
        var body = await response.ReadJsonAsync();
        body.TryGetProperty("data", out _).ShouldBeFalse();
        body.FirstErrorCode().ShouldBe("PERSISTED_QUERY_NOT_FOUND");
        body.FirstErrorMessage().ShouldBe($"No persisted document has the id {id}.");
    }

    [Fact]
    public async Task Query_text_and_document_id_together_are_refused()
    {
        using var response = await _client.SendAsync(PostJson(new { query = GatewayDocument, documentId = Id(GatewayDocument) }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync()).FirstErrorCode().ShouldBe("INVALID_REQUEST");
    }

    [Fact]
    public async Task A_document_id_that_is_not_a_string_is_refused()
    {
        using var response = await _client.SendAsync(GraphQLHttp.Post("{\"documentId\": 42}"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync()).FirstErrorMessage().ShouldBe("The request has a \"documentId\" of type number; it must be a string.");
    }

    public static TheoryData<string> HostileIds() => new()
    {
        "sha256:" + Hex(GatewayDocument).ToUpperInvariant(),
        "SHA256:" + Hex(GatewayDocument),
        Hex(GatewayDocument).ToUpperInvariant(),
        "sha256:sha256:" + Hex(GatewayDocument),
        ":" + Hex(GatewayDocument),
        Hex(GatewayDocument) + "\n",
        " " + Hex(GatewayDocument),
        Hex(GatewayDocument)[..40],
        Hex(GatewayDocument)[..32],
        "x-app:" + Hex(GatewayDocument),
        "sha256:" + Hex(GatewayDocument)[..63],
        "sha256:" + Hex(GatewayDocument) + "0",
        "sha256:../../../../etc/passwd",
        "../" + Hex(GatewayDocument) + ".graphql",
        "sha256:" + new string('g', 64),
        "sha256:" + Hex(GatewayDocument)[..62] + "\u0000a",
        "sha1:" + Hex(GatewayDocument)[..40],
        "sha256: " + Hex(GatewayDocument),
        "",
        "sha256:" + new string('a', 100_000),
    };

    [Theory]
    [MemberData(nameof(HostileIds))]
    public async Task Malformed_ids_are_400_invalid_request_and_never_echoed(string id)
    {
        using var response = await _client.SendAsync(PostJson(new { documentId = id }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await response.ReadJsonAsync();
        body.FirstErrorCode().ShouldBe("INVALID_REQUEST");
        body.FirstErrorMessage().ShouldBe(PersistedDocumentResolver.InvalidDocumentIdMessage);
        body.FirstErrorMessage().ShouldNotContain(id.Length > 8 ? id[..8] : "\u0001");
    }

    // GraphQL Code Generator's client preset keys persisted-documents.json by the bare hex and hands the same value to
    // the client as document.__meta__.hash, so a client following its docs sends that as the documentId.
    [Fact]
    public async Task A_bare_sha256_hex_id_runs_the_same_document_as_the_prefixed_id()
    {
        using var bare = await _client.SendAsync(PostJson(new { documentId = Hex(GatewayDocument) }));
        using var prefixed = await _client.SendAsync(PostJson(new { documentId = Id(GatewayDocument) }));

        bare.StatusCode.ShouldBe(HttpStatusCode.OK);
        var bareBody = await bare.ReadJsonAsync();
        bareBody.TryGetProperty("errors", out _).ShouldBeFalse();
        bareBody.GetProperty("data").GetProperty("gateway").GetProperty("name").GetString().ShouldBe("GraphApi");
        bareBody.GetRawText().ShouldBe((await prefixed.ReadJsonAsync()).GetRawText());
    }

    [Fact]
    public async Task A_bare_hex_id_from_a_codegen_manifest_runs_for_a_caller_limited_to_trusted_documents()
    {
        using var response = await _partner.SendAsync(PostJson(new { documentId = Hex(WithFragmentDocument) }));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await response.ReadJsonAsync()).GetProperty("data").GetProperty("gateway").GetProperty("name").GetString().ShouldBe("GraphApi");
    }

    [Fact]
    public async Task A_bare_hex_id_runs_over_get_and_a_mutation_named_so_is_still_405()
    {
        using var query = await _client.GetAsync($"/graphql?documentId={Hex(GatewayDocument)}");
        using var mutation = await _client.GetAsync($"/graphql?documentId={Hex(DisconnectDocument)}");

        query.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await query.ReadJsonAsync()).GetProperty("data").GetProperty("gateway").GetProperty("name").GetString().ShouldBe("GraphApi");
        mutation.StatusCode.ShouldBe(HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task An_unknown_bare_hex_id_is_not_found_and_named_in_the_prefixed_form()
    {
        var hex = Hex("query NeverShipped { gateway { name } }");

        using var response = await _partner.SendAsync(PostJson(new { documentId = hex }, GraphQLHttp.GraphQLResponse));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await response.ReadJsonAsync();
        body.TryGetProperty("data", out _).ShouldBeFalse();
        body.FirstErrorCode().ShouldBe("PERSISTED_QUERY_NOT_FOUND");
        body.FirstErrorMessage().ShouldBe($"No persisted document has the id sha256:{hex}.");
    }

    [Fact]
    public async Task A_bare_hex_id_with_query_text_is_refused_like_a_prefixed_one()
    {
        using var response = await _client.SendAsync(PostJson(new { query = GatewayDocument, documentId = Hex(GatewayDocument) }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync()).FirstErrorCode().ShouldBe("INVALID_REQUEST");
    }

    [Theory]
    [InlineData("documentId=sha256:..%2F..%2F..%2Fetc%2Fpasswd", "\"documentId\" must be")]
    [InlineData("documentId=%2Fetc%2Fpasswd", "\"documentId\" must be")]
    [InlineData("documentId=sha256:abc&documentId=sha256:def", "The \"documentId\" parameter is given more than once.")]
    [InlineData("extensions=%7B%22persistedQuery%22%3Anull%7D", "The \"query\" parameter is missing")]
    public async Task Malformed_ids_over_get_are_400(string parameters, string message)
    {
        using var response = await _client.GetAsync("/graphql?" + parameters);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        var body = await response.ReadJsonAsync();
        body.FirstErrorCode().ShouldBe("INVALID_REQUEST");
        body.FirstErrorMessage().ShouldStartWith(message);
    }

    [Fact]
    public async Task A_partner_sending_query_text_is_refused_with_persisted_documents_only()
    {
        using var response = await _partner.SendAsync(GraphQLHttp.PostQuery(GatewayDocument));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync()).FirstErrorCode().ShouldBe("PERSISTED_DOCUMENTS_ONLY");
    }

    [Fact]
    public async Task A_partner_sending_query_text_over_get_is_refused_too()
    {
        using var response = await _partner.GetAsync("/graphql?query=" + Uri.EscapeDataString(GatewayDocument));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync()).FirstErrorCode().ShouldBe("PERSISTED_DOCUMENTS_ONLY");
    }

    [Fact]
    public async Task A_partner_runs_trusted_documents_by_id_and_by_apq_hash()
    {
        using var byId = await _partner.SendAsync(PostJson(new { documentId = Id(GatewayDocument) }));
        using var byHash = await _partner.SendAsync(PostJson(new { extensions = Apq(UpstreamDocument) }));

        byId.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await byId.ReadJsonAsync()).GetProperty("data").GetProperty("gateway").GetProperty("name").GetString().ShouldBe("GraphApi");
        byHash.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await byHash.ReadJsonAsync()).GetProperty("data").GetProperty("gateway").GetProperty("upstream").GetString().ShouldBe("SANDBOX");
    }

    [Fact]
    public async Task A_partner_cannot_register_through_apq_nor_run_what_others_registered()
    {
        const string document = "query PartnerTry { gateway { name version } }";

        using var register = await _partner.SendAsync(PostJson(new { query = document, extensions = Apq(document) }));
        register.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await register.ReadJsonAsync()).FirstErrorCode().ShouldBe("PERSISTED_DOCUMENTS_ONLY");
        factory.Services.GetRequiredService<AutomaticPersistedQueryStore>().Find(Hex(document)).ShouldBeNull();

        // Another caller registers it: the partner still cannot run it, by hash or by id.
        using var other = await _client.SendAsync(PostJson(new { query = document, extensions = Apq(document) }));
        other.StatusCode.ShouldBe(HttpStatusCode.OK);
        using var byHash = await _partner.SendAsync(PostJson(new { extensions = Apq(document) }));
        using var byId = await _partner.SendAsync(PostJson(new { documentId = Id(document) }));

        (await byHash.ReadJsonAsync()).FirstErrorCode().ShouldBe("PERSISTED_QUERY_NOT_FOUND");
        (await byId.ReadJsonAsync()).FirstErrorCode().ShouldBe("PERSISTED_QUERY_NOT_FOUND");
    }

    [Fact]
    public async Task Apq_hash_only_is_not_found_then_registered_then_served_over_post_and_get()
    {
        const string document = "query ApqFlow { gateway { name } }";

        using var first = await _client.SendAsync(PostJson(new { extensions = Apq(document) }));
        var firstBody = await first.ReadJsonAsync();
        firstBody.FirstErrorMessage().ShouldBe("PersistedQueryNotFound");
        firstBody.FirstErrorCode().ShouldBe("PERSISTED_QUERY_NOT_FOUND");

        using var register = await _client.SendAsync(PostJson(new { query = document, extensions = Apq(document) }));
        register.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await register.ReadJsonAsync()).GetProperty("data").GetProperty("gateway").GetProperty("name").GetString().ShouldBe("GraphApi");

        using var again = await _client.SendAsync(PostJson(new { extensions = Apq(document) }));
        (await again.ReadJsonAsync()).GetProperty("data").GetProperty("gateway").GetProperty("name").GetString().ShouldBe("GraphApi");

        // Apollo's useGETForHashedQueries: the hash in the URL-encoded extensions.
        using var get = await _client.GetAsync("/graphql?extensions=" + Uri.EscapeDataString(JsonSerializer.Serialize(Apq(document))));
        get.StatusCode.ShouldBe(HttpStatusCode.OK);
        (await get.ReadJsonAsync()).GetProperty("data").GetProperty("gateway").GetProperty("name").GetString().ShouldBe("GraphApi");

        // A registered document is also reachable by the spec's documentId.
        using var byId = await _client.SendAsync(PostJson(new { documentId = Id(document) }));
        byId.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Apq_with_a_hash_that_does_not_match_the_text_is_400_and_stores_nothing()
    {
        const string claimed = "query Claimed { gateway { name } }";
        const string sent = "query Sent { gateway { version } }";

        using var response = await _client.SendAsync(PostJson(new { query = sent, extensions = Apq(claimed) }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync()).FirstErrorCode().ShouldBe("PERSISTED_QUERY_HASH_MISMATCH");
        var store = factory.Services.GetRequiredService<AutomaticPersistedQueryStore>();
        store.Find(Hex(claimed)).ShouldBeNull();
        store.Find(Hex(sent)).ShouldBeNull();
    }

    [Theory]
    [InlineData("{\"version\":1,\"sha256Hash\":\"ABCDEF\"}")]
    [InlineData("{\"version\":2,\"sha256Hash\":\"0000000000000000000000000000000000000000000000000000000000000000\"}")]
    [InlineData("{\"sha256Hash\":\"0000000000000000000000000000000000000000000000000000000000000000\"}")]
    [InlineData("{\"version\":1,\"sha256Hash\":\"../../../../../../../../../../../../../../../../../../etc/passwd\"}")]
    [InlineData("{\"version\":1,\"sha256Hash\":42}")]
    [InlineData("\"yes\"")]
    public async Task A_malformed_persisted_query_extension_is_400(string persistedQuery)
    {
        using var response = await _client.SendAsync(GraphQLHttp.Post($"{{\"extensions\":{{\"persistedQuery\":{persistedQuery}}}}}"));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync()).FirstErrorCode().ShouldBe("INVALID_REQUEST");
    }

    [Fact]
    public async Task A_huge_apq_registration_is_refused_and_never_stored()
    {
        var document = "query Huge { gateway { name } }" + new string(' ', 40_000);

        using var response = await _client.SendAsync(PostJson(new { query = document, extensions = Apq(document) }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await response.ReadJsonAsync()).FirstErrorCode().ShouldBe("DOCUMENT_TOO_LARGE");
        factory.Services.GetRequiredService<AutomaticPersistedQueryStore>().Find(Hex(document)).ShouldBeNull();
    }

    [Fact]
    public async Task A_batch_mixes_ids_text_apq_and_refusals_entry_by_entry()
    {
        const string apq = "query BatchApq { gateway { upstream } }";
        var batch = new object[]
        {
            new { documentId = Id(GatewayDocument) },
            new { query = "{ gateway { version } }" },
            new { documentId = Id("query Missing { __typename }") },
            new { query = apq, extensions = Apq(apq) },
            new { extensions = Apq(apq) },
            new { documentId = "sha256:nope" },
        };

        using var response = await _client.SendAsync(GraphQLHttp.Post(JsonSerializer.Serialize(batch)));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var results = (await response.ReadJsonAsync()).EnumerateArray().ToList();
        results.Count.ShouldBe(6);
        results[0].GetProperty("data").GetProperty("gateway").GetProperty("name").GetString().ShouldBe("GraphApi");
        results[1].GetProperty("data").GetProperty("gateway").GetProperty("version").GetString().ShouldNotBeNullOrEmpty();
        results[2].FirstErrorCode().ShouldBe("PERSISTED_QUERY_NOT_FOUND");
        results[3].GetProperty("data").GetProperty("gateway").GetProperty("upstream").GetString().ShouldBe("SANDBOX");
        results[4].GetProperty("data").GetProperty("gateway").GetProperty("upstream").GetString().ShouldBe("SANDBOX");
        results[5].FirstErrorCode().ShouldBe("INVALID_REQUEST");
    }

    [Fact]
    public async Task A_full_partner_batch_of_bare_prefixed_and_look_alike_ids_is_answered_entry_by_entry()
    {
        // 100 entries (the factory's MaxBatchSize): bare hex, prefixed hex, and the look-alikes that must not be folded.
        string[] forms = [Hex(GatewayDocument), Id(GatewayDocument), Hex(GatewayDocument).ToUpperInvariant(), Hex(GatewayDocument)[..40]];
        var batch = Enumerable.Range(0, 100).Select(n => new { documentId = forms[n % forms.Length] }).ToArray();

        using var response = await _partner.SendAsync(GraphQLHttp.Post(JsonSerializer.Serialize(batch)));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var results = (await response.ReadJsonAsync()).EnumerateArray().ToList();
        results.Count.ShouldBe(100);
        for (var n = 0; n < results.Count; n++)
        {
            if (n % forms.Length < 2)
            {
                results[n].GetProperty("data").GetProperty("gateway").GetProperty("name").GetString().ShouldBe("GraphApi", $"entry {n}");
            }
            else
            {
                results[n].FirstErrorCode().ShouldBe("INVALID_REQUEST", $"entry {n}");
            }
        }
    }

    [Fact]
    public async Task A_partner_batch_runs_trusted_entries_and_refuses_text_entries()
    {
        var batch = new object[] { new { documentId = Id(GatewayDocument) }, new { query = GatewayDocument } };

        using var response = await _partner.SendAsync(GraphQLHttp.Post(JsonSerializer.Serialize(batch)));

        var results = (await response.ReadJsonAsync()).EnumerateArray().ToList();
        results[0].GetProperty("data").GetProperty("gateway").GetProperty("name").GetString().ShouldBe("GraphApi");
        results[1].FirstErrorCode().ShouldBe("PERSISTED_DOCUMENTS_ONLY");
    }

    [Fact]
    public async Task Ten_thousand_apq_registrations_keep_the_store_bounded_and_evict_the_oldest()
    {
        var store = factory.Services.GetRequiredService<AutomaticPersistedQueryStore>();
        string Document(int n) => $"query Flood{n} {{ __typename }}";

        for (var chunk = 0; chunk < 100; chunk++)
        {
            var batch = Enumerable.Range(chunk * 100, 100).Select(n => new { query = Document(n), extensions = Apq(Document(n)) });
            using var response = await _client.SendAsync(GraphQLHttp.Post(JsonSerializer.Serialize(batch)));
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            store.Count.ShouldBeLessThanOrEqualTo(MaxEntries);
            store.Bytes.ShouldBeLessThanOrEqualTo(MaxBytes);
        }

        store.Count.ShouldBe(MaxEntries);
        store.Find(Hex(Document(0))).ShouldBeNull();
        store.Find(Hex(Document(9_899))).ShouldBeNull();
        store.Find(Hex(Document(9_900))).ShouldNotBeNull();
        store.Find(Hex(Document(9_999))).ShouldNotBeNull();
        using var oldest = await _client.SendAsync(PostJson(new { extensions = Apq(Document(0)) }));
        (await oldest.ReadJsonAsync()).FirstErrorMessage().ShouldBe("PersistedQueryNotFound");

        // Trusted documents are never evicted by registrations.
        using var trusted = await _client.SendAsync(PostJson(new { documentId = Id(GatewayDocument) }));
        trusted.StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    internal static object Apq(string document) => new { persistedQuery = new { version = 1, sha256Hash = Hex(document) } };

    private static HttpRequestMessage PostJson(object body, string? accept = null) => GraphQLHttp.Post(JsonSerializer.Serialize(body), accept);
}
