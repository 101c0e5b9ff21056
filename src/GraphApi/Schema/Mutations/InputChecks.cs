using GraphApi.Schema.Relay;

namespace GraphApi.Schema.Mutations;

/// <summary>Precise input checks, run before any Pinterest call; each failure names its field.</summary>
public sealed class InputChecks
{
    private readonly List<UserError> _errors = [];

    public IReadOnlyList<UserError> Errors => _errors;

    public InputChecks Fail(string field, string message)
    {
        _errors.Add(new InvalidInputError(message, field));
        return this;
    }

    public InputChecks MaxLength(string field, string? value, int max) =>
        value is not null && value.Length > max ? Fail(field, $"`{field}` is {value.Length} characters; Pinterest allows at most {max}.") : this;

    public InputChecks Length(string field, string? value, int min, int max) =>
        (value?.Trim().Length ?? 0) < min
            ? Fail(field, $"`{field}` must not be empty.")
            : MaxLength(field, value, max);

    public InputChecks HttpUrl(string field, string? value, int max = 2048)
    {
        if (value is null)
        {
            return this;
        }

        return Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? MaxLength(field, value, max)
            : Fail(field, $"`{field}` must be an absolute http(s) URL.");
    }

    public InputChecks Id(string field, string? value)
    {
        if (value is not null && !PinterestIds.IsValid(value))
        {
            Fail(field, $"`{field}` is neither a global ID of the right type nor a Pinterest ID.");
        }

        return this;
    }
}
