using System.Text;
using System.Text.Json;
using GraphApi.Http.TrustedDocuments;
using Microsoft.Extensions.Options;

using static GraphApi.Tests.Http.TrustedDocuments.TrustedDocumentsFactory;

namespace GraphApi.Tests.Http.TrustedDocuments;

public sealed class TrustedDocumentFolderTests : IDisposable
{
    private const string Document = "query A { gateway { name } }";
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "graphapi-trusted-unit", Guid.NewGuid().ToString("N"));

    public TrustedDocumentFolderTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void No_folder_means_no_documents()
    {
        TrustedDocumentFolder.Load(new TrustedDocumentOptions(), 32_768, _folder).Count.ShouldBe(0);
    }

    [Fact]
    public void Graphql_files_and_a_codegen_manifest_load_by_sha256_of_their_text()
    {
        const string other = "query B { gateway { version } }";
        Write("a.graphql", Document);
        Write(Hex(other) + ".graphql", other);
        Write("persisted-documents.json", Manifest((Hex("{ __typename }"), "{ __typename }"), ("sha256:" + Hex("query C { gateway { upstream } }"), "query C { gateway { upstream } }")));
        Write("ignored.txt", "not a document");

        var set = Load();

        set.Count.ShouldBe(4);
        set.Find(Hex(Document)).ShouldBe(Document);
        set.Find(Hex(other)).ShouldBe(other);
        set.Find(Hex("{ __typename }")).ShouldBe("{ __typename }");
        set.Find(Hex("query C { gateway { upstream } }")).ShouldNotBeNull();
    }

    [Fact]
    public void A_relative_folder_is_resolved_against_the_content_root()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "docs"));
        Write(Path.Combine("docs", "a.graphql"), Document);

        TrustedDocumentFolder.Load(new TrustedDocumentOptions { Folder = "docs" }, 32_768, _folder).Count.ShouldBe(1);
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_hashed_text_and_crlf_is()
    {
        File.WriteAllBytes(Path.Combine(_folder, "bom.graphql"), [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Document)]);
        Write("crlf.graphql", "query D {\r\n  __typename\r\n}");

        var set = Load();

        set.Find(Hex(Document)).ShouldBe(Document);
        set.Find(Hex("query D {\r\n  __typename\r\n}")).ShouldNotBeNull();
        set.Find(Hex("query D {\n  __typename\n}")).ShouldBeNull();
    }

    [Fact]
    public void The_same_document_twice_is_fine()
    {
        Write("a.graphql", Document);
        Write("m.json", Manifest((Hex(Document), Document)));

        Load().Count.ShouldBe(1);
    }

    [Fact]
    public void A_manifest_entry_whose_hash_does_not_match_its_text_stops_the_start_naming_the_file()
    {
        Write("persisted-documents.json", Manifest((Hex(Document), Document + " ")));

        var message = Fails();

        message.ShouldContain("GraphQL:TrustedDocuments:Folder");
        message.ShouldContain(Path.Combine(_folder, "persisted-documents.json"));
        message.ShouldContain($"the entry {Hex(Document)} does not match its document");
    }

    [Theory]
    [InlineData("ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789")]
    [InlineData("da39a3ee5e6b4b0d3255bfef95601890afd80709")]
    [InlineData("../../etc/passwd")]
    public void A_manifest_key_that_is_not_a_lowercase_sha256_stops_the_start(string key)
    {
        Write("m.json", Manifest((key, Document)));

        Fails().ShouldContain("is not a SHA-256 hash (64 lowercase hex digits)");
    }

    [Theory]
    [InlineData("[]", "must be a JSON object")]
    [InlineData("{\"x\": ", "is not valid JSON")]
    [InlineData("{\"0000000000000000000000000000000000000000000000000000000000000000\": 5}", "is not a string of GraphQL text")]
    public void A_malformed_manifest_stops_the_start(string json, string expected)
    {
        Write("m.json", json);

        Fails().ShouldContain(expected);
    }

    [Theory]
    [InlineData("query { gateway { ", "is not valid GraphQL")]
    [InlineData("type Evil { x: Int }", "operations and fragments only")]
    [InlineData("fragment F on Gateway { name }", "operations and fragments only")]
    public void An_unusable_document_stops_the_start(string text, string expected)
    {
        Write("bad.graphql", text);

        var message = Fails();

        message.ShouldContain(expected);
        message.ShouldContain("bad.graphql");
    }

    [Fact]
    public void A_hash_named_file_with_other_text_stops_the_start()
    {
        Write(Hex("query Other { __typename }") + ".graphql", Document);

        Fails().ShouldContain($"the SHA-256 of its text is {Hex(Document)}");
    }

    [Fact]
    public void Invalid_utf8_stops_the_start()
    {
        File.WriteAllBytes(Path.Combine(_folder, "bad.graphql"), [.. Encoding.UTF8.GetBytes("query A { "), 0xC3, 0x28, (byte)'}']);

        Fails().ShouldContain("is not valid UTF-8");
    }

    [Fact]
    public void A_missing_folder_stops_the_start()
    {
        var options = new TrustedDocumentOptions { Folder = Path.Combine(_folder, "missing") };

        Should.Throw<OptionsValidationException>(() => TrustedDocumentFolder.Load(options, 32_768, _folder)).Message.ShouldContain("the folder does not exist");
    }

    [Fact]
    public void A_folder_over_its_byte_bound_stops_the_start_before_reading_the_big_file()
    {
        Write("a.graphql", Document);
        Write("b.graphql", "query B { __typename }" + new string(' ', 4_000));

        var options = new TrustedDocumentOptions { Folder = _folder, MaxFolderBytes = 2_048 };

        Should.Throw<OptionsValidationException>(() => TrustedDocumentFolder.Load(options, 32_768, _folder))
            .Message.ShouldContain("GraphQL:TrustedDocuments:MaxFolderBytes");
    }

    [Fact]
    public void A_document_over_the_endpoint_length_limit_stops_the_start()
    {
        Write("a.graphql", Document);

        Should.Throw<OptionsValidationException>(() => TrustedDocumentFolder.Load(new TrustedDocumentOptions { Folder = _folder }, 16, _folder))
            .Message.ShouldContain("GraphQL:Http:MaxDocumentLength");
    }

    private TrustedDocumentSet Load() => TrustedDocumentFolder.Load(new TrustedDocumentOptions { Folder = _folder }, 32_768, _folder);

    private string Fails() => Should.Throw<OptionsValidationException>(Load).Message;

    private void Write(string name, string text) => File.WriteAllText(Path.Combine(_folder, name), text);

    private static string Manifest(params (string Key, string Text)[] entries) =>
        JsonSerializer.Serialize(entries.ToDictionary(e => e.Key, e => e.Text));
}
