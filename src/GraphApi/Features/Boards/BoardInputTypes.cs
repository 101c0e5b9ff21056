using GraphApi.Pinterest;
using GraphApi.Pinterest.Patching;
using GraphApi.Schema.Mutations;
using GraphQL.Types;

namespace GraphApi.Features.Boards;

public sealed class CreateBoardInput
{
    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public string? Privacy { get; set; }

    public string? IdempotencyKey { get; set; }
}

public sealed class CreateBoardInputType : InputObjectGraphType<CreateBoardInput>
{
    public CreateBoardInputType()
    {
        Name = "CreateBoardInput";
        Description = "A new board.";
        Field(b => b.Name).Description($"1–{PinterestLimits.BoardNameMaxLength} characters.");
        Field(b => b.Description, nullable: true).Description($"Up to {PinterestLimits.BoardDescriptionMaxLength} characters.");
        Field<BoardPrivacyEnumType>("privacy").Description("Default PUBLIC; SECRET needs boards:write_secret.");
        Field(b => b.IdempotencyKey, nullable: true).Description("Retrying with the same key and input returns the first board (replayed: true) instead of creating another, also after a timeout; another input with this key is refused (IDEMPOTENCY_KEY_REUSED). Kept 24 h by default.");
    }
}

/// <summary>An updateBoard input: each field is Unset (omitted), Null (explicit null) or a value.</summary>
public sealed class UpdateBoardInput
{
    public string BoardId { get; set; } = "";

    public Patch<string> Name { get; set; }

    public Patch<string> Description { get; set; }

    public Patch<string> Privacy { get; set; }
}

public sealed class UpdateBoardInputType : InputObjectGraphType<UpdateBoardInput>
{
    public UpdateBoardInputType()
    {
        Name = "UpdateBoardInput";
        Description = "Changes to a board: an omitted field stays as it is; an explicit null clears a field Pinterest lets you clear (description) and is refused for the others.";
        Field<NonNullGraphType<IdGraphType>>("boardId").Description("Global or Pinterest ID.");
        Field<StringGraphType>("name").Description($"1–{PinterestLimits.BoardNameMaxLength} characters. {InputPatch.NotClearable}");
        Field<StringGraphType>("description").Description($"Up to {PinterestLimits.BoardDescriptionMaxLength} characters. {InputPatch.Clearable}");
        Field<BoardPrivacyEnumType>("privacy").Description($"PUBLIC or SECRET (Pinterest does not switch boards to PROTECTED). {InputPatch.NotClearable}");
    }

    // Built by hand so an absent field (Unset) and an explicit null (Null) stay apart; ToObject would make both null.
    public override object ParseDictionary(IDictionary<string, object?> value) => new UpdateBoardInput
    {
        BoardId = InputPatch.Required<string>(value, "boardId"),
        Name = InputPatch.Read<string>(value, "name"),
        Description = InputPatch.Read<string>(value, "description"),
        Privacy = InputPatch.Read<string>(value, "privacy"),
    };
}

public sealed class DeleteBoardInput
{
    public string BoardId { get; set; } = "";
}

public sealed class DeleteBoardInputType : InputObjectGraphType<DeleteBoardInput>
{
    public DeleteBoardInputType()
    {
        Name = "DeleteBoardInput";
        Description = "The board to delete, with all its pins.";
        Field<NonNullGraphType<IdGraphType>>("boardId").Description("Global or Pinterest ID.");
    }
}

public sealed class CreateBoardSectionInput
{
    public string BoardId { get; set; } = "";

    public string Name { get; set; } = "";

    public string? IdempotencyKey { get; set; }
}

public sealed class CreateBoardSectionInputType : InputObjectGraphType<CreateBoardSectionInput>
{
    public CreateBoardSectionInputType()
    {
        Name = "CreateBoardSectionInput";
        Description = "A new section on a board.";
        Field<NonNullGraphType<IdGraphType>>("boardId").Description("Global or Pinterest ID.");
        Field(s => s.Name).Description($"1–{PinterestLimits.SectionNameMaxLength} characters.");
        Field(s => s.IdempotencyKey, nullable: true).Description("Retrying with the same key and input returns the first section (replayed: true) instead of creating another, also after a timeout; another input with this key is refused (IDEMPOTENCY_KEY_REUSED). Kept 24 h by default.");
    }
}

public sealed class UpdateBoardSectionInput
{
    public string BoardId { get; set; } = "";

    public string SectionId { get; set; } = "";

    public string Name { get; set; } = "";
}

public sealed class UpdateBoardSectionInputType : InputObjectGraphType<UpdateBoardSectionInput>
{
    public UpdateBoardSectionInputType()
    {
        Name = "UpdateBoardSectionInput";
        Description = "A section's new name.";
        Field<NonNullGraphType<IdGraphType>>("boardId").Description("The section's board: global or Pinterest ID.");
        Field<NonNullGraphType<IdGraphType>>("sectionId").Description("Global or Pinterest ID.");
        Field(s => s.Name).Description($"1–{PinterestLimits.SectionNameMaxLength} characters.");
    }
}

public sealed class DeleteBoardSectionInput
{
    public string BoardId { get; set; } = "";

    public string SectionId { get; set; } = "";
}

public sealed class DeleteBoardSectionInputType : InputObjectGraphType<DeleteBoardSectionInput>
{
    public DeleteBoardSectionInputType()
    {
        Name = "DeleteBoardSectionInput";
        Description = "The section to delete.";
        Field<NonNullGraphType<IdGraphType>>("boardId").Description("The section's board: global or Pinterest ID.");
        Field<NonNullGraphType<IdGraphType>>("sectionId").Description("Global or Pinterest ID.");
    }
}
