namespace GraphApi.Pinterest.Sandbox.Api.Shared;

internal static class SandboxPrivacy
{
    public const string Public = "PUBLIC";
    public const string Protected = "PROTECTED";
    public const string Secret = "SECRET";
}
