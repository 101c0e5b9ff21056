namespace GraphApi.Bench.Runner;

/// <summary>A result that must not be reported: a failed request, differing answers, a process that did not start.</summary>
internal sealed class BenchFailure(string message) : Exception(message);
