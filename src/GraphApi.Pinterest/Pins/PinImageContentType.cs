namespace GraphApi.Pinterest.Pins;

/// <summary>Image content types accepted for base64 uploads (<c>ContentType</c> schema).</summary>
public static class PinImageContentType
{
    /// <summary>JPEG.</summary>
    public const string Jpeg = "image/jpeg";

    /// <summary>PNG.</summary>
    public const string Png = "image/png";
}
