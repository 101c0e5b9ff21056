namespace GraphApi.Upstream;

/// <summary>
/// Endpoints that stand in for the upstream and are mounted in this host under <see cref="PathBase"/> (registered
/// only by sandbox mode). Their requests are not the gateway's own: they carry Pinterest-style tokens, not caller
/// JWTs, so caller authentication skips them, and they are not traced (Pinterest's side of a call is not in our
/// traces either; the call is the <c>pinterest {operationId}</c> span).
/// </summary>
internal sealed record EmbeddedUpstream(string PathBase);
