using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace GraphApi.Hosting;

/// <summary>
/// Turns a configuration error that stops the start into its message(s) on stderr and exit code 1, instead of
/// .NET's "Unhandled exception" and a stack trace that buries the one line the operator needs. Anything else
/// (a bug) keeps the default report with its stack trace.
/// </summary>
/// <remarks>
/// It hooks <see cref="AppDomain.UnhandledException"/> rather than wrapping Program.cs in a try/catch, so
/// Program.cs stays a flat table of contents. The hook runs before the runtime prints the exception, and exiting
/// there replaces that report.
/// </remarks>
internal static partial class StartupFailure
{
    public const int ExitCode = 1;

    private static int _installed;

    public static void ReportConfigurationErrors()
    {
        // Once per process: tests start the host many times in one process.
        if (Interlocked.Exchange(ref _installed, 1) == 1)
        {
            return;
        }

        AppDomain.CurrentDomain.UnhandledException += (_, e) =>
        {
            if (e.ExceptionObject is Exception exception && Describe(exception) is { } problems)
            {
                Write(Console.Error, problems);
                Environment.Exit(ExitCode);
            }
        };
    }

    /// <summary>
    /// Runs every <c>ValidateOnStart</c> check now, right after the container is built: before the pipeline set-up
    /// reads options, and outside the host's start, which would log the failure again with its stack trace.
    /// </summary>
    public static WebApplication ValidateSettings(this WebApplication app)
    {
        app.Services.GetService<IStartupValidator>()?.Validate();
        return app;
    }

    /// <summary>The operator-facing problems when <paramref name="exception"/> is a configuration error; null otherwise.</summary>
    public static IReadOnlyList<string>? Describe(Exception exception) => exception switch
    {
        StartupConfigurationException configuration => configuration.Problems,
        OptionsValidationException validation => validation.Failures.ToList(),

        // The configuration binder's own failure quotes the value; only the setting's name and type are kept.
        InvalidOperationException binding when BinderFailure().Match(binding.Message) is { Success: true } match =>
            [$"{match.Groups["key"].Value} is not {Expected(match.Groups["type"].Value)}."],

        // A malformed appsettings.json: the file name and the JSON reader's position.
        InvalidDataException file when file.Message.StartsWith("Failed to load configuration from file", StringComparison.Ordinal) =>
            [file.InnerException is { } inner ? $"{file.Message} {inner.Message}" : file.Message],
        AggregateException { InnerExceptions.Count: 1 } aggregate => Describe(aggregate.InnerExceptions[0]),
        _ => null,
    };

    private static string Expected(string type) => type switch
    {
        "System.Uri" => "a valid URL",
        "System.TimeSpan" => "a valid time span (hh:mm:ss)",
        "System.Int32" or "System.Int64" => "a whole number",
        "System.Boolean" => "true or false",
        _ => $"a valid {type}",
    };

    [GeneratedRegex("^Failed to convert configuration value (?:'.*' )?at '(?<key>[^']+)' to type '(?<type>[^']+)'", RegexOptions.Singleline)]
    private static partial Regex BinderFailure();

    public static void Write(TextWriter writer, IReadOnlyList<string> problems)
    {
        writer.WriteLine("GraphApi cannot start: the configuration needs fixing.");
        foreach (var problem in problems)
        {
            writer.WriteLine("  " + problem);
        }

        writer.Flush();
    }
}
