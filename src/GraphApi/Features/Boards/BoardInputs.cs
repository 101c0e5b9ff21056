namespace GraphApi.Features.Boards;

public sealed class CreateBoardInput
{
    public string Name { get; set; } = "";

    public string? Description { get; set; }

    public string? Privacy { get; set; }

    public string? IdempotencyKey { get; set; }
}

public sealed class UpdateBoardInput
{
    public string BoardId { get; set; } = "";

    public string? Name { get; set; }

    public string? Description { get; set; }

    public string? Privacy { get; set; }
}

public sealed class DeleteBoardInput
{
    public string BoardId { get; set; } = "";
}

public sealed class CreateBoardSectionInput
{
    public string BoardId { get; set; } = "";

    public string Name { get; set; } = "";

    public string? IdempotencyKey { get; set; }
}

public sealed class UpdateBoardSectionInput
{
    public string BoardId { get; set; } = "";

    public string SectionId { get; set; } = "";

    public string Name { get; set; } = "";
}

public sealed class DeleteBoardSectionInput
{
    public string BoardId { get; set; } = "";

    public string SectionId { get; set; } = "";
}
