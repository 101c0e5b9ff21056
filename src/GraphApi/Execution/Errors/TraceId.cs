using System.Diagnostics;

namespace GraphApi.Execution.Errors;

/// <summary>The id an error response shows and the log scope carries, so a user's report finds the log line.</summary>
internal static class TraceId
{
    public static string Current(HttpContext? context) =>
        Activity.Current?.TraceId.ToHexString() ?? context?.TraceIdentifier ?? "unknown";
}
