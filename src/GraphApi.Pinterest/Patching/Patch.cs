using System.Text.Json.Serialization;

namespace GraphApi.Pinterest.Patching;

/// <summary>
/// One field of a PATCH body that Pinterest lets you clear: <see cref="PatchKind.Unset"/> (omitted: left as it is),
/// <see cref="PatchKind.Null"/> (sent as <c>null</c>: cleared) or a value. Request types use it only where the spec marks
/// the field <c>nullable</c>; a field Pinterest cannot clear stays <c>T?</c> (null = omitted), so it cannot be sent as null.
/// The property must carry <c>[JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]</c> so Unset is left out
/// (the default of this struct is Unset); writing an Unset throws, so a forgotten attribute fails loudly instead of
/// clearing a field.
/// </summary>
[JsonConverter(typeof(PatchJsonConverterFactory))]
public readonly struct Patch<T> : IEquatable<Patch<T>>
    where T : notnull
{
    private readonly T? _value;

    internal Patch(PatchKind kind, T? value)
    {
        Kind = kind;
        _value = value;
    }

    /// <summary>What this field does: keep, clear or replace.</summary>
    public PatchKind Kind { get; }

    public bool IsUnset => Kind == PatchKind.Unset;

    public bool IsNull => Kind == PatchKind.Null;

    public bool HasValue => Kind == PatchKind.Value;

    /// <summary>The new value; throws unless <see cref="HasValue"/>.</summary>
    public T Value => HasValue ? _value! : throw new InvalidOperationException($"This patch is {Kind}, not a value.");

    /// <summary>The new value, or default for Unset and Null (handy for length checks).</summary>
    public T? ValueOrDefault => _value;

    public static implicit operator Patch<T>(T value) => Patch.Of(value);

    public bool Equals(Patch<T> other) => Kind == other.Kind && EqualityComparer<T?>.Default.Equals(_value, other._value);

    public override bool Equals(object? obj) => obj is Patch<T> other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Kind, _value);

    public static bool operator ==(Patch<T> left, Patch<T> right) => left.Equals(right);

    public static bool operator !=(Patch<T> left, Patch<T> right) => !left.Equals(right);

    public override string ToString() => Kind switch
    {
        PatchKind.Unset => "(unset)",
        PatchKind.Null => "null",
        _ => _value!.ToString() ?? "",
    };
}

/// <summary>Factories for <see cref="Patch{T}"/>: <c>Patch.Of("x")</c>, <c>Patch.Null&lt;string&gt;()</c>, <c>Patch.OmitIfNull(value)</c>.</summary>
public static class Patch
{
    /// <summary>Replace the stored value.</summary>
    public static Patch<T> Of<T>(T value)
        where T : notnull =>
        new(PatchKind.Value, value ?? throw new ArgumentNullException(nameof(value), "Use Patch.Null<T>() to clear a field."));

    /// <summary>Clear the stored value (JSON <c>null</c>).</summary>
    public static Patch<T> Null<T>()
        where T : notnull => new(PatchKind.Null, default);

    /// <summary>Leave the stored value (omitted from the body); the same as <c>default</c>.</summary>
    public static Patch<T> Unset<T>()
        where T : notnull => default;

    /// <summary>A value, or Unset for null: the old "null means leave it" rule, for callers that never clear.</summary>
    public static Patch<T> OmitIfNull<T>(T? value)
        where T : class => value is null ? default : Of(value);

    /// <inheritdoc cref="OmitIfNull{T}(T)"/>
    public static Patch<T> OmitIfNull<T>(T? value)
        where T : struct => value is { } v ? Of(v) : default;
}
