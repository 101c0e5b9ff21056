using System.Text;

namespace GraphApi.Tests.Schema;

/// <summary>A readable first-difference report for two texts: enough to see what drifted without a diff tool.</summary>
internal static class LineDiff
{
    public static string Describe(string expected, string actual, int context = 3)
    {
        var left = expected.Split('\n');
        var right = actual.Split('\n');
        var first = 0;
        while (first < left.Length && first < right.Length && left[first] == right[first])
        {
            first++;
        }

        var text = new StringBuilder();
        text.AppendLine($"First difference at line {first + 1} (committed has {left.Length} lines, running has {right.Length}):");
        for (var i = Math.Max(0, first - context); i < first; i++)
        {
            text.AppendLine("  " + left[i]);
        }

        for (var i = first; i < Math.Min(left.Length, first + context); i++)
        {
            text.AppendLine("- " + left[i]);
        }

        for (var i = first; i < Math.Min(right.Length, first + context); i++)
        {
            text.AppendLine("+ " + right[i]);
        }

        return text.ToString();
    }
}
