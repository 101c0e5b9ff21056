using System.Text.Json.Nodes;

namespace GraphApi.Pinterest.Sandbox.Tests.Contract;

/// <summary>The validator must be able to fail, or the contract tests prove nothing.</summary>
public sealed class ValidatorTests
{
    [Fact]
    public void A_board_without_an_id_is_rejected()
    {
        var body = new JsonObject { ["name"] = "No id" };

        OpenApiContract.Instance.ValidateResponse("boards/get", 200, body).ShouldNotBeEmpty();
    }

    [Fact]
    public void A_pin_with_a_non_digit_id_and_unknown_media_type_is_rejected()
    {
        var body = new JsonObject { ["id"] = "abc", ["media"] = new JsonObject { ["media_type"] = "hologram" } };

        OpenApiContract.Instance.ValidateResponse("pins/get", 200, body).ShouldNotBeEmpty();
    }

    [Fact]
    public void Null_is_accepted_only_where_the_spec_says_nullable()
    {
        var nullableDescription = new JsonObject { ["id"] = "1", ["name"] = "n", ["description"] = null };
        var nullName = new JsonObject { ["id"] = "1", ["name"] = null };

        OpenApiContract.Instance.ValidateResponse("boards/get", 200, nullableDescription).ShouldBeEmpty();
        OpenApiContract.Instance.ValidateResponse("boards/get", 200, nullName).ShouldNotBeEmpty();
    }

    [Fact]
    public void An_error_body_needs_code_and_message()
    {
        OpenApiContract.Instance.ValidateResponse("boards/get", 404, new JsonObject { ["message"] = "x" }).ShouldNotBeEmpty();
        OpenApiContract.Instance.ValidateResponse("boards/get", 404, new JsonObject { ["code"] = 40, ["message"] = "x" }).ShouldBeEmpty();
    }

    [Fact]
    public void Request_bodies_are_checked_too()
    {
        OpenApiContract.Instance.ValidateRequest("boards/create", new JsonObject { ["description"] = "no name" }).ShouldNotBeEmpty();
        OpenApiContract.Instance.ValidateRequest("boards/update", new JsonObject { ["privacy"] = "PROTECTED" }).ShouldNotBeEmpty();
        OpenApiContract.Instance.ValidateRequest("boards/create", new JsonObject { ["name"] = "ok", ["privacy"] = "SECRET" }).ShouldBeEmpty();
    }
}
