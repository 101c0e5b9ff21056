namespace GraphApi.Pinterest.Patching;

/// <summary>What a <see cref="Patch{T}"/> field of a PATCH body does to the stored value.</summary>
public enum PatchKind
{
    /// <summary>Left out of the body: Pinterest keeps the stored value.</summary>
    Unset,

    /// <summary>Sent as JSON <c>null</c>: Pinterest clears the stored value.</summary>
    Null,

    /// <summary>Sent as the value: Pinterest replaces the stored value.</summary>
    Value,
}
