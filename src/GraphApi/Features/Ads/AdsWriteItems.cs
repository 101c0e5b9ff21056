using GraphApi.Pinterest.Ads;
using GraphApi.Pinterest.Patching;
using GraphApi.Schema.Mutations;

namespace GraphApi.Features.Ads;

/// <summary>
/// The one item of a single-item bulk write (ad groups, ads): Pinterest answers 200 even when it refuses the item,
/// so a refusal inside the answer becomes a ValidationError instead of a success with no object.
/// </summary>
internal static class AdsWriteItems
{
    public static T? First<T>(AdsWriteResponse<T> written, string what, out UserError? refusal)
        where T : class
    {
        var item = written.Items.Count > 0 ? written.Items[0] : null;
        if (item?.Data is { } data && (item.Exceptions is null || item.Exceptions.Count == 0))
        {
            refusal = null;
            return data;
        }

        var message = (item?.Exceptions is { Count: > 0 } refusals ? refusals[0].Message : null) ?? $"Pinterest refused the {what}.";
        refusal = new InvalidInputError(message, null);
        return null;
    }

    /// <summary>A global or raw ID of a campaign, ad group or ad; a bad one becomes a field error, not an exception.</summary>
    public static string? IdOf(InputChecks checks, string field, string? value, string type)
    {
        try
        {
            return AdsListFilters.PinterestIdOf(value ?? "", type, field);
        }
        catch (GraphQL.ExecutionError ex)
        {
            checks.Fail(field, ex.Message);
            return null;
        }
    }

    public static void Money(InputChecks checks, string field, double? value)
    {
        if (value is < 0 or > 1e15 || (value is { } v && double.IsNaN(v)))
        {
            checks.Fail(field, $"`{field}` is a non-negative amount in micro currency.");
        }
    }

    /// <summary>A Float micro-currency patch as the integer Pinterest takes, keeping Unset and Null as they are.</summary>
    public static Patch<long> Micros(Patch<double> value) => value.Kind switch
    {
        PatchKind.Value => Patch.Of((long)value.Value),
        PatchKind.Null => Patch.Null<long>(),
        _ => default,
    };

    public static void OneOf(InputChecks checks, string field, string? value, IReadOnlyCollection<string> allowed)
    {
        if (value is not null && !allowed.Contains(value, StringComparer.Ordinal))
        {
            checks.Fail(field, $"`{field}` must be one of {string.Join(", ", allowed)}.");
        }
    }
}

/// <summary>An item refused inside a 200: not a Pinterest failure, so the idempotency record must not keep it as a success.</summary>
internal sealed class AdsItemRefusedException(UserError error) : Exception(error.Message)
{
    public UserError Error { get; } = error;
}
