namespace GraphApi.Features.Pins;

public sealed class DeletePinInput
{
    public string PinId { get; set; } = "";
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

public sealed class SavePinInput
{
    public string PinId { get; set; } = "";

    public string? BoardId { get; set; }

    public string? BoardSectionId { get; set; }
}
