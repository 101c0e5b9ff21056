namespace GraphApi.Pinterest.Sandbox.Tests.Infrastructure;

/// <summary>Fixed IDs of the seed (see Seed/SeedCatalog.cs): deterministic seeding makes them safe to hard-code.</summary>
internal static class SeedIds
{
    public const string PinnerId = "90000000000000001";

    /// <summary>demo.pinner's "Weeknight Dinners": public, 25 pins, three sections.</summary>
    public const string DinnersBoard = "91000000000000001";

    /// <summary>"Pasta", the first section of <see cref="DinnersBoard"/>.</summary>
    public const string PastaSection = "92000000000000001";

    /// <summary>demo.pinner's "Gift Ideas": secret, 12 pins.</summary>
    public const string GiftsBoard = "91000000000000004";

    /// <summary>demo.business's "Ad-only Pins": protected.</summary>
    public const string AdsOnlyBoard = "91000000000000008";

    /// <summary>demo.curator's "Modern Architecture": public.</summary>
    public const string ArchitectureBoard = "91000000000000010";

    /// <summary>First pin of <see cref="DinnersBoard"/>.</summary>
    public const string DinnerPin = "93000000000000001";

    /// <summary>First pin of <see cref="GiftsBoard"/> (boards 1-3 hold 25+25+15 pins).</summary>
    public const string GiftPin = "93000000000000066";

    /// <summary>A pin on <see cref="ArchitectureBoard"/>.</summary>
    public const string ArchitecturePin = "93000000000000161";

    /// <summary>The first video pin (every 5th pin of Spring Collection, demo.business's public board, is a video).</summary>
    public const string SpringVideoPin = "93000000000000095";

    /// <summary>An image pin of Spring Collection.</summary>
    public const string SpringImagePin = "93000000000000091";
}
