using GraphApi.Features.Pins;
using GraphApi.Schema.Mutations.Idempotency;
namespace GraphApi.Tests.Schema.Mutations.Idempotency;

public sealed class IdempotencyFingerprintTests
{
    [Fact]
    public void Equal_inputs_hash_equal_and_any_changed_field_changes_the_hash()
    {
        static string Of(string? title, string url) => new IdempotencyFingerprint("createPin").Add("boardId", "1").Add("title", title)
            .AddJson("mediaSource", new PinMediaSourceInput { ImageUrl = new ImageUrlSourceInput { Url = url } }).Hash();

        Of("a", "https://x/1.png").ShouldBe(Of("a", "https://x/1.png"));
        Of("a", "https://x/1.png").ShouldNotBe(Of("b", "https://x/1.png"));
        Of("a", "https://x/1.png").ShouldNotBe(Of("a", "https://x/2.png"));
        Of(null, "https://x/1.png").ShouldNotBe(Of("", "https://x/1.png"));
        Of("a", "https://x/1.png").Length.ShouldBe(64);
    }

    [Fact]
    public void Field_names_and_operation_are_part_of_the_canonical_form()
    {
        new IdempotencyFingerprint("createPin").Add("title", "x").Hash().ShouldNotBe(new IdempotencyFingerprint("createPin").Add("description", "x").Hash());
        new IdempotencyFingerprint("createPin").Add("name", "x").Hash().ShouldNotBe(new IdempotencyFingerprint("createBoard").Add("name", "x").Hash());
    }
}
