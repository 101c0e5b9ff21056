using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using GraphApi.Pinterest.Boards;
using GraphApi.Pinterest.Http;
using GraphApi.Pinterest.Patching;
using GraphApi.Pinterest.Pins;

namespace GraphApi.Pinterest.Tests.Patching;

/// <summary>Unset is left out, Null is written as null, a value as itself; and every Patch property is marked to leave Unset out.</summary>
public sealed class PatchJsonTests
{
    private static readonly Assembly Client = typeof(IPinterestClient).Assembly;

    public static TheoryData<string> PatchProperties => new(Client.GetExportedTypes()
        .SelectMany(t => t.GetProperties().Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(Patch<>)))
        .Select(p => $"{p.DeclaringType!.FullName}.{p.Name}"));

    [Fact]
    public void Unset_null_and_value_each_have_their_wire_form()
    {
        var body = new UpdatePinRequest { Title = Patch.Null<string>(), Link = "https://example.test/x", BoardId = "2" };

        var json = JsonSerializer.Serialize(body, PinterestJsonContext.Default.UpdatePinRequest);

        json.ShouldBe("""{"title":null,"link":"https://example.test/x","board_id":"2"}""");
    }

    [Fact]
    public void Reading_tells_absent_from_null()
    {
        var read = JsonSerializer.Deserialize("""{"description":null}""", PinterestJsonContext.Default.UpdatePinRequest)!;

        read.Description.IsNull.ShouldBeTrue();
        read.Title.IsUnset.ShouldBeTrue();
        JsonSerializer.Deserialize("""{"title":"t"}""", PinterestJsonContext.Default.UpdatePinRequest)!.Title.ShouldBe(Patch.Of("t"));
    }

    [Fact]
    public void An_unmarked_unset_patch_fails_loudly_instead_of_clearing()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };

        Should.Throw<InvalidOperationException>(() => JsonSerializer.Serialize(new Unmarked(), options));
        JsonSerializer.Serialize(new UpdateBoardRequest(), PinterestJsonContext.Default.UpdateBoardRequest).ShouldBe("{}");
    }

    [Fact]
    public void Omit_if_null_keeps_the_old_rule()
    {
        Patch.OmitIfNull<string>(null).IsUnset.ShouldBeTrue();
        Patch.OmitIfNull("x").Value.ShouldBe("x");
        Patch.OmitIfNull<int>(null).IsUnset.ShouldBeTrue();
        Patch.OmitIfNull((int?)3).Value.ShouldBe(3);
        Should.Throw<InvalidOperationException>(() => Patch.Null<string>().Value);
    }

    [Theory]
    [MemberData(nameof(PatchProperties))]
    public void Every_patch_property_leaves_unset_out(string property)
    {
        var name = property[(property.LastIndexOf('.') + 1)..];
        var type = Client.GetType(property[..property.LastIndexOf('.')])!;
        var ignore = type.GetProperty(name)!.GetCustomAttribute<JsonIgnoreAttribute>();

        ignore.ShouldNotBeNull($"{property} needs [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]");
        ignore.Condition.ShouldBe(JsonIgnoreCondition.WhenWritingDefault);
    }

    private sealed record Unmarked
    {
        public Patch<string> Description { get; init; }
    }

    [Fact]
    public void The_patch_property_check_sees_the_update_requests()
    {
        PatchProperties.Count.ShouldBeGreaterThanOrEqualTo(6);
    }
}
