namespace GraphApi.Pinterest.BusinessAccess;

/// <summary>The checks every business-access call makes before it spends a request: ids are digits, lists within the spec.</summary>
internal static class BusinessIds
{
    public static void Check(string id, string name = "businessId")
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id, name);
        if (id.Length > BusinessAccessLimits.IdMaxLength || !id.All(char.IsAsciiDigit))
        {
            throw new ArgumentException($"{name} must be 1-{BusinessAccessLimits.IdMaxLength} digits.", name);
        }
    }

    public static void CheckCount<T>(IReadOnlyCollection<T>? items, int max, string name)
    {
        if (items is null || items.Count == 0 || items.Count > max)
        {
            throw new ArgumentException($"Between 1 and {max} items are allowed in one call.", name);
        }
    }

    /// <summary>The comma-separated id filter, refused when longer than the spec's 500 characters.</summary>
    public static string? Filter(IReadOnlyList<string>? ids)
    {
        if (ids is null || ids.Count == 0)
        {
            return null;
        }

        foreach (var id in ids)
        {
            Check(id, "ids");
        }

        var joined = string.Join(',', ids);
        return joined.Length <= BusinessAccessLimits.IdFilterMaxLength
            ? joined
            : throw new ArgumentException($"The id filter is limited to {BusinessAccessLimits.IdFilterMaxLength} characters.", nameof(ids));
    }
}
