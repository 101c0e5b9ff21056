namespace GraphApi.Features.Pins;

public sealed record PinImage(string Size, string Url, int? Width, int? Height);
