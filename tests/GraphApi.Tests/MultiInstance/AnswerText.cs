using System.Text.Json;

namespace GraphApi.Tests.MultiInstance;

internal static class AnswerText
{
    /// <summary>
    /// The string at a dotted path, or a failure that shows the whole answer: across instances the interesting
    /// failures are answers of another shape (an error where data was expected), not a wrong value.
    /// </summary>
    public static string? AtText(this JsonElement body, string path)
    {
        var current = body;
        foreach (var name in path.Split('.'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                throw new ShouldAssertException($"{path} is not in the answer: {body.GetRawText()}");
            }
        }

        return current.ValueKind == JsonValueKind.String ? current.GetString() : throw new ShouldAssertException($"{path} is not a string in the answer: {body.GetRawText()}");
    }
}
