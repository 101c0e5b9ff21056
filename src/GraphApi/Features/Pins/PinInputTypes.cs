using GraphApi.Pinterest;
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

public sealed class UpdatePinInput
{
    public string PinId { get; set; } = "";

    public string? Title { get; set; }

    public string? Description { get; set; }

    public string? Link { get; set; }

    public string? AltText { get; set; }

    public string? BoardId { get; set; }

    public string? BoardSectionId { get; set; }
}

public sealed class UpdatePinInputType : InputObjectGraphType<UpdatePinInput>
{
    public UpdatePinInputType()
    {
        Name = "UpdatePinInput";
        Description = "Changes to a pin; omitted fields stay as they are.";
        Field<NonNullGraphType<IdGraphType>>("pinId").Description("Global or Pinterest ID.");
        Field(p => p.Title, nullable: true).Description($"Up to {PinterestLimits.PinTitleMaxLength} characters.");
        Field(p => p.Description, nullable: true).Description($"Up to {PinterestLimits.PinDescriptionMaxLength} characters.");
        Field(p => p.Link, nullable: true).Description("An absolute http(s) URL, up to 2048 characters.");
        Field(p => p.AltText, nullable: true).Description($"Up to {PinterestLimits.PinAltTextMaxLength} characters.");
        Field<IdGraphType>("boardId").Description("Move the pin to this board.");
        Field<IdGraphType>("boardSectionId").Description("Move the pin to this section.");
    }
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
