namespace GraphApi.Proxy;

/// <summary>Bad <c>Proxy</c> settings: printed as one line each on stderr, exit code 1, no stack trace.</summary>
internal sealed class ProxyConfigurationException(IEnumerable<string> problems)
    : Exception(string.Join(Environment.NewLine, problems));
