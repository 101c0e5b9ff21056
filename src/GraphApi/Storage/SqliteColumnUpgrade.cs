using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;

namespace GraphApi.Storage;

/// <summary>
/// Adds the model's columns that an existing SQLite file lacks (ALTER TABLE ... ADD COLUMN), read from the model's
/// own create script, so a file created by an older build keeps its rows and gains the new columns in place. SQLite
/// adds a NOT NULL column only with a default, so one is supplied from the column's type (0, '' or X''); rows that
/// need a real value are fixed by the feature that owns the table. Used for files from before migrations (see SqliteLegacyBaseline).
/// </summary>
internal static partial class SqliteColumnUpgrade
{
    public static async Task AddMissingColumnsAsync(GraphApiDbContext db, string createScript, CancellationToken cancellationToken)
    {
        foreach (var (table, columns) in Tables(createScript))
        {
            var existing = await db.Database
                .SqlQuery<string>($"SELECT name AS Value FROM pragma_table_info({table})")
                .ToListAsync(cancellationToken);
            foreach (var statement in MissingColumnStatements(table, columns, existing))
            {
                await db.Database.ExecuteSqlRawAsync(statement, cancellationToken);
            }
        }
    }

    internal static IEnumerable<string> MissingColumnStatements(string table, IEnumerable<(string Name, string Definition)> columns, ICollection<string> existing) =>
        columns
            .Where(c => !existing.Contains(c.Name, StringComparer.OrdinalIgnoreCase))
            .Select(c => $"ALTER TABLE \"{table}\" ADD COLUMN {WithDefault(c.Definition)}");

    /// <summary>Each CREATE TABLE of the script: its name and its column definitions (constraint lines skipped).</summary>
    internal static IEnumerable<(string Table, IReadOnlyList<(string Name, string Definition)> Columns)> Tables(string createScript)
    {
        foreach (Match table in CreateTable().Matches(createScript))
        {
            var columns = table.Groups["body"].Value
                .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .Select(line => line.TrimEnd(','))
                .Where(line => line.StartsWith('"'))
                .Select(line => (Name: line[1..line.IndexOf('"', 1)], Definition: line))
                .ToList();
            yield return (table.Groups["name"].Value, columns);
        }
    }

    private static string WithDefault(string definition)
    {
        if (!definition.Contains("NOT NULL", StringComparison.Ordinal) || definition.Contains(" DEFAULT ", StringComparison.Ordinal))
        {
            return definition;
        }

        var type = definition[(definition.IndexOf('"', 1) + 1)..].TrimStart();
        var value = type.StartsWith("INTEGER", StringComparison.Ordinal) || type.StartsWith("REAL", StringComparison.Ordinal) ? "0"
            : type.StartsWith("BLOB", StringComparison.Ordinal) ? "X''"
            : "''";
        return $"{definition} DEFAULT {value}";
    }

    [GeneratedRegex("""CREATE TABLE "(?<name>[^"]+)" \((?<body>.*?)\n\);?""", RegexOptions.Singleline)]
    private static partial Regex CreateTable();
}
