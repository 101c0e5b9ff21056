using GraphApi.Pinterest;
using GraphApi.Pinterest.Patching;
using GraphApi.Schema.Mutations;
using GraphQL.Types;

namespace GraphApi.Features.Pins;

public sealed class CreatePinInput
{
    public string BoardId { get; set; } = "";

    public string? BoardSectionId { get; set; }

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Link { get; set; }

    public string? AltText { get; set; }

    public string? DominantColor { get; set; }

    public PinMediaSourceInput MediaSource { get; set; } = new();

    public string? IdempotencyKey { get; set; }
}

public sealed class CreatePinInputType : InputObjectGraphType<CreatePinInput>
{
    public CreatePinInputType()
    {
        Name = "CreatePinInput";
        Description = "A new pin.";
        Field<NonNullGraphType<IdGraphType>>("boardId").Description("The board to pin to (global or Pinterest ID).");
        Field<IdGraphType>("boardSectionId").Description("A section of that board (global or Pinterest ID).");
        Field(p => p.Title, nullable: true).Description($"Up to {PinterestLimits.PinTitleMaxLength} characters.");
        Field(p => p.Description, nullable: true).Description($"Up to {PinterestLimits.PinDescriptionMaxLength} characters.");
        Field(p => p.Link, nullable: true).Description("Destination: an absolute http(s) URL, up to 2048 characters.");
        Field(p => p.AltText, nullable: true).Description($"Alternative text, up to {PinterestLimits.PinAltTextMaxLength} characters.");
        Field(p => p.DominantColor, nullable: true).Description("#RRGGBB; Pinterest computes one when omitted.");
        Field<NonNullGraphType<PinMediaSourceInputType>>("mediaSource").Description("The media: exactly one source.");
        Field(p => p.IdempotencyKey, nullable: true).Description("Retrying with the same key and input returns the first pin (replayed: true) instead of creating another, also after a timeout; another input with this key is refused (IDEMPOTENCY_KEY_REUSED). Kept 24 h by default.");
    }
}

public sealed class DeletePinInput
{
    public string PinId { get; set; } = "";
}

public sealed class DeletePinInputType : InputObjectGraphType<DeletePinInput>
{
    public DeletePinInputType()
    {
        Name = "DeletePinInput";
        Description = "The pin to delete.";
        Field<NonNullGraphType<IdGraphType>>("pinId").Description("Global or Pinterest ID.");
    }
}

/// <summary>An updatePin input: each field is Unset (omitted), Null (explicit null) or a value.</summary>
public sealed class UpdatePinInput
{
    public string PinId { get; set; } = "";

    public Patch<string> Title { get; set; }

    public Patch<string> Description { get; set; }

    public Patch<string> Link { get; set; }

    public Patch<string> AltText { get; set; }

    public Patch<string> BoardId { get; set; }

    public Patch<string> BoardSectionId { get; set; }
}

public sealed class UpdatePinInputType : InputObjectGraphType<UpdatePinInput>
{
    public UpdatePinInputType()
    {
        Name = "UpdatePinInput";
        Description = "Changes to a pin: an omitted field stays as it is; an explicit null clears a field Pinterest lets you clear (title, description, link, altText, boardSectionId) and is refused for boardId.";
        Field<NonNullGraphType<IdGraphType>>("pinId").Description("Global or Pinterest ID.");
        Field<StringGraphType>("title").Description($"Up to {PinterestLimits.PinTitleMaxLength} characters. {InputPatch.Clearable}");
        Field<StringGraphType>("description").Description($"Up to {PinterestLimits.PinDescriptionMaxLength} characters. {InputPatch.Clearable}");
        Field<StringGraphType>("link").Description($"An absolute http(s) URL, up to 2048 characters. {InputPatch.Clearable}");
        Field<StringGraphType>("altText").Description($"Up to {PinterestLimits.PinAltTextMaxLength} characters. {InputPatch.Clearable}");
        Field<IdGraphType>("boardId").Description($"Move the pin to this board. {InputPatch.NotClearable}");
        Field<IdGraphType>("boardSectionId").Description("Move the pin to this section. Omit to leave it unchanged; null takes the pin out of its section (it stays on its board).");
    }

    // Built by hand so an absent field (Unset) and an explicit null (Null) stay apart; ToObject would make both null.
    public override object ParseDictionary(IDictionary<string, object?> value) => new UpdatePinInput
    {
        PinId = InputPatch.Required<string>(value, "pinId"),
        Title = InputPatch.Read<string>(value, "title"),
        Description = InputPatch.Read<string>(value, "description"),
        Link = InputPatch.Read<string>(value, "link"),
        AltText = InputPatch.Read<string>(value, "altText"),
        BoardId = InputPatch.Read<string>(value, "boardId"),
        BoardSectionId = InputPatch.Read<string>(value, "boardSectionId"),
    };
}

public sealed class SavePinInput
{
    public string PinId { get; set; } = "";

    public string? BoardId { get; set; }

    public string? BoardSectionId { get; set; }
}

public sealed class SavePinInputType : InputObjectGraphType<SavePinInput>
{
    public SavePinInputType()
    {
        Name = "SavePinInput";
        Description = "Save (repin) a visible pin to one of the user's boards.";
        Field<NonNullGraphType<IdGraphType>>("pinId").Description("The pin to save (global or Pinterest ID).");
        Field<IdGraphType>("boardId").Description("The target board.");
        Field<IdGraphType>("boardSectionId").Description("The target section.");
    }
}
