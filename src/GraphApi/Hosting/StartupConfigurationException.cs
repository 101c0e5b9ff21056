namespace GraphApi.Hosting;

/// <summary>
/// A setting that stops the start. <see cref="StartupFailure"/> prints <see cref="Problems"/> alone, without a
/// stack trace: the operator has a configuration to fix, not a bug to report. Messages never carry a secret.
/// </summary>
public sealed class StartupConfigurationException : Exception
{
    public StartupConfigurationException(IReadOnlyList<string> problems)
        : base(string.Join(Environment.NewLine, problems)) => Problems = problems;

    public StartupConfigurationException(string problem, Exception? inner = null)
        : base(problem, inner) => Problems = [problem];

    public StartupConfigurationException()
        : this("The configuration is invalid.")
    {
    }

    public StartupConfigurationException(string message)
        : this(message, null)
    {
    }

    public IReadOnlyList<string> Problems { get; }
}
