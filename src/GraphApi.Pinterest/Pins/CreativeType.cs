namespace GraphApi.Pinterest.Pins;

/// <summary>Pin creative types (<c>CreativeType</c> schema).</summary>
public static class CreativeType
{
    /// <summary>Image Pin.</summary>
    public const string Regular = "REGULAR";

    /// <summary>Video Pin.</summary>
    public const string Video = "VIDEO";

    /// <summary>Shopping Pin.</summary>
    public const string Shopping = "SHOPPING";

    /// <summary>Carousel Pin.</summary>
    public const string Carousel = "CAROUSEL";

    /// <summary>Max-width video.</summary>
    public const string MaxVideo = "MAX_VIDEO";

    /// <summary>Deprecated shop-the-Pin.</summary>
    public const string ShopThePin = "SHOP_THE_PIN";

    /// <summary>Collection Pin.</summary>
    public const string Collection = "COLLECTION";

    /// <summary>Idea Pin.</summary>
    public const string Idea = "IDEA";

    /// <summary>Showcase Pin.</summary>
    public const string Showcase = "SHOWCASE";

    /// <summary>Quiz Pin.</summary>
    public const string Quiz = "QUIZ";

    /// <summary>Collage Pin.</summary>
    public const string Collage = "COLLAGE";

    /// <summary>Max-width regular collection.</summary>
    public const string MaxWidthRegularCollection = "MAX_WIDTH_REGULAR_COLLECTION";

    /// <summary>Max-width video collection.</summary>
    public const string MaxWidthVideoCollection = "MAX_WIDTH_VIDEO_COLLECTION";
}
