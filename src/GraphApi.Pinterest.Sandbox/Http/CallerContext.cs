namespace GraphApi.Pinterest.Sandbox.Http;

/// <summary>
/// Scoped holder the operation filter fills after authentication. Handlers take it as a service because
/// minimal-API parameter binding runs before endpoint filters.
/// </summary>
internal sealed class CallerContext
{
    private SandboxCaller? _caller;

    public SandboxCaller Current
    {
        get => _caller ?? throw new InvalidOperationException("The sandbox operation filter did not authenticate this request.");
        set => _caller = value;
    }
}
