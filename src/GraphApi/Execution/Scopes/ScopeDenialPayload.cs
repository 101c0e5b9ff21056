using GraphQL;
using GraphQL.Builders;

namespace GraphApi.Execution.Scopes;

/// <summary>
/// Lets a field answer a filter-mode scope denial with data instead of an error: mutations return their payload
/// with a typed error, so a non-null payload field does not null the whole response.
/// </summary>
public static class ScopeDenialPayload
{
    public const string MetadataKey = "graphapi:scopeDenialPayload";

    /// <summary><paramref name="payload"/> gets the denial's code and message and returns the field's value.</summary>
    public static FieldBuilder<TSource, TReturn> OnScopeDenied<TSource, TReturn>(this FieldBuilder<TSource, TReturn> field, Func<string, string, object> payload)
    {
        field.FieldType.WithMetadata(MetadataKey, payload);
        return field;
    }
}
