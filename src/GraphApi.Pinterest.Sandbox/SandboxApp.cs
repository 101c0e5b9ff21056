namespace GraphApi.Pinterest.Sandbox;

/// <summary>One OAuth app the emulator knows: its "App id" and "App secret key".</summary>
public sealed class SandboxApp
{
    public string ClientId { get; set; } = "";

    public string ClientSecret { get; set; } = "";

    /// <summary>Leaves the secret out.</summary>
    public override string ToString() => $"SandboxApp {{ ClientId = {ClientId} }}";
}
