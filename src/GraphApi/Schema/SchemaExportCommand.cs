using GraphQL;
using GraphQL.Types;

namespace GraphApi.Schema;

/// <summary>
/// <c>schema export [--output FILE]</c>: writes the SDL of the schema the host would serve (to stdout without
/// <c>--output</c>), the way Hot Chocolate's command does. It builds the real service container, so the file
/// cannot drift from what runs.
/// </summary>
internal static class SchemaExportCommand
{
    public static bool IsInvoked(string[] args) =>
        args.Length >= 2 && args[0] == "schema" && args[1] == "export";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, CancellationToken cancellationToken = default)
    {
        var sdl = Print(services.GetRequiredService<ISchema>());
        var outputIndex = Array.IndexOf(args, "--output");
        if (outputIndex < 0)
        {
            await Console.Out.WriteAsync(sdl.AsMemory(), cancellationToken);
            return 0;
        }

        if (outputIndex + 1 >= args.Length)
        {
            await Console.Error.WriteLineAsync("schema export: --output needs a file path, e.g. --output schema.graphql");
            return 2;
        }

        var path = Path.GetFullPath(args[outputIndex + 1], InvocationDirectory());
        await File.WriteAllTextAsync(path, sdl, cancellationToken);
        await Console.Out.WriteLineAsync($"Wrote the GraphQL schema ({sdl.Length:N0} characters) to {path}");
        return 0;
    }

    /// <summary>
    /// `dotnet run` starts a web project in the project's folder, not the caller's; the shell's PWD still names the
    /// caller's folder, so `--output schema.graphql` lands where the person typed it.
    /// </summary>
    private static string InvocationDirectory() =>
        Environment.GetEnvironmentVariable("PWD") is { Length: > 0 } pwd && Directory.Exists(pwd) ? pwd : Environment.CurrentDirectory;

    /// <summary>The SDL exactly as exported: LF line ends and one final newline, so the file diffs cleanly.</summary>
    public static string Print(ISchema schema)
    {
        schema.Initialize();
        return schema.Print().ReplaceLineEndings("\n").TrimEnd('\n') + "\n";
    }
}
