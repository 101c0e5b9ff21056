using GraphApi.Pinterest.Sandbox;

namespace GraphApi.Sandbox;

/// <summary><c>sandbox --urls ...</c>: the Pinterest emulator alone, without the gateway, for benchmarks and other tools.</summary>
internal static class SandboxCommand
{
    public static bool IsInvoked(string[] args) => args.FirstOrDefault() == "sandbox";

    public static Task<int> RunAsync(string[] args) => SandboxStandalone.RunAsync(args[1..]);
}
