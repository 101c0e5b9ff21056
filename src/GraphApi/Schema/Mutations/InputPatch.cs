using GraphApi.Pinterest.Patching;
using GraphQL;

namespace GraphApi.Schema.Mutations;

/// <summary>
/// Reads an update input's fields as <see cref="Patch{T}"/>: an absent field is Unset ("leave it"), an explicit
/// <c>null</c> is Null ("clear it"), anything else the value. GraphQL.NET hands <c>ParseDictionary</c> only the fields the
/// request gave (update inputs declare no defaults), so key presence is the whole difference.
/// </summary>
public static class InputPatch
{
    /// <summary>The note every clearable field's description ends with.</summary>
    public const string Clearable = "Omit to leave it unchanged; null clears it.";

    /// <summary>The note for a field Pinterest cannot clear.</summary>
    public const string NotClearable = "Omit to leave it unchanged; null is refused (Pinterest cannot clear it).";

    public static Patch<T> Read<T>(IDictionary<string, object?> fields, string name)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(fields);
        if (!fields.TryGetValue(name, out var value))
        {
            return default;
        }

        return value is null ? Patch.Null<T>() : Patch.Of(value is T typed ? typed : ValueConverter.ConvertTo<T>(value)!);
    }

    /// <summary>A required (non-null) field of the input, converted like GraphQL.NET's own input mapping.</summary>
    public static T Required<T>(IDictionary<string, object?> fields, string name)
        where T : notnull =>
        Read<T>(fields, name) is { HasValue: true } patch ? patch.Value : throw new InvalidOperationException($"`{name}` is non-null in the schema but was missing.");

    /// <summary>Records an error when the caller sent null for a field Pinterest cannot clear.</summary>
    public static InputChecks NotCleared<T>(this InputChecks checks, string field, Patch<T> value)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(checks);
        return value.IsNull ? checks.Fail(field, $"`{field}` cannot be null: Pinterest cannot clear it. Omit it to leave it unchanged.") : checks;
    }
}
