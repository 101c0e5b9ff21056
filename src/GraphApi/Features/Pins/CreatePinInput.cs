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
