namespace GraphApi.Pinterest.Sandbox;

/// <summary>Usernames of the seeded demo accounts; each can be picked on the consent page.</summary>
public static class SandboxDemoUsers
{
    /// <summary>A personal account with public, secret and sectioned boards.</summary>
    public const string Pinner = "demo.pinner";

    /// <summary>A business account, including a protected (ads-only) board.</summary>
    public const string Business = "demo.business";

    /// <summary>A third account whose public content the others can follow, see and save.</summary>
    public const string Curator = "demo.curator";

    public static IReadOnlyList<string> All { get; } = [Pinner, Business, Curator];
}
