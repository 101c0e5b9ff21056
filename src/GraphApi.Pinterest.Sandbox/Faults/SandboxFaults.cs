namespace GraphApi.Pinterest.Sandbox.Faults;

internal sealed class SandboxFaults(RateLimitWindows windows) : ISandboxFaults
{
    private SandboxFaultSettings _current = new();

    public SandboxFaultSettings Current => Volatile.Read(ref _current);

    public void Apply(SandboxFaultSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var errors = settings.Validate().ToList();
        if (errors.Count > 0)
        {
            throw new ArgumentException(string.Join(' ', errors), nameof(settings));
        }

        Volatile.Write(ref _current, settings);
        windows.Clear();
    }

    public void Clear() => Apply(new SandboxFaultSettings());
}
