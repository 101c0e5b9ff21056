namespace GraphApi.Ide;

/// <summary>
/// A caller the IDE acts as from its first query: its token goes into <c>bcp-config.json</c> as the Authorization
/// header. None is registered normally (callers bring their own token); only a host that issues caller tokens
/// itself registers one.
/// </summary>
internal interface IIdeDefaultCaller
{
    Task<string> BearerTokenAsync(CancellationToken cancellationToken);
}
