namespace GraphApi.Pinterest.Sandbox;

/// <summary>In-process access to the fault switches (the same state the control endpoints change).</summary>
public interface ISandboxFaults
{
    SandboxFaultSettings Current { get; }

    void Apply(SandboxFaultSettings settings);

    void Clear();
}
