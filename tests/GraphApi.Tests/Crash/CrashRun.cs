namespace GraphApi.Tests.Crash;

/// <summary>
/// One harness per test: its own sandbox and gateway processes, shaped by <c>configure</c> before they start, always
/// killed when the test ends (pass or fail), and both processes' output attached to any failure.
/// </summary>
internal static class CrashRun
{
    public static async Task WithHarnessAsync(Action<CrashHarness> configure, Func<CrashHarness, Task> test)
    {
        var harness = new CrashHarness();
        configure(harness);
        try
        {
            await harness.InitializeAsync();
            await test(harness);
        }
        catch (Exception ex)
        {
            throw new CrashTestException($"{ex.GetType().Name}: {ex.Message}\n{harness.Diagnostics}", ex);
        }
        finally
        {
            await harness.DisposeAsync();
        }
    }
}

/// <summary>A crash test's failure with both processes' output in its message.</summary>
public sealed class CrashTestException : Exception
{
    public CrashTestException()
    {
    }

    public CrashTestException(string message)
        : base(message)
    {
    }

    public CrashTestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
