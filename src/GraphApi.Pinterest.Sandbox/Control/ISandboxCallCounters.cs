namespace GraphApi.Pinterest.Sandbox;

/// <summary>Calls per operationId (e.g. <c>boards/get</c>) since start or the last reset, so tests can assert upstream traffic.</summary>
public interface ISandboxCallCounters
{
    IReadOnlyDictionary<string, long> Snapshot();

    long CountOf(string operationId);

    void Reset();
}
