namespace GraphApi.Pinterest.Sandbox.Seed;

/// <summary>
/// One seeded board: who owns it, how private it is, its sections, and the words its pins are titled from.
/// <see cref="VideoEvery"/> &gt; 0 makes every n-th pin a video pin (so video analytics and top_video_pins have data).
/// </summary>
internal sealed record SeedBoard(
    int Number,
    string Owner,
    string Name,
    string Description,
    string Privacy,
    int PinCount,
    string[] Sections,
    string[] Palette,
    string[] Subjects,
    bool IsAdsOnly = false,
    int VideoEvery = 0);
