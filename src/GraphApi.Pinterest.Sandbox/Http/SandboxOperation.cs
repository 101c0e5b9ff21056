namespace GraphApi.Pinterest.Sandbox.Http;

/// <summary>Endpoint metadata: the spec's operationId and the scopes pinterest-scopes.tsv lists for it.</summary>
internal sealed record SandboxOperation(string OperationId, IReadOnlyList<string> Scopes, bool RequiresUser = true);
