namespace GraphApi.Schema.Mutations;

/// <summary>
/// Runs one Pinterest write for a payload: input problems and mapped Pinterest failures become payload errors;
/// anything unexpected still surfaces as INTERNAL_ERROR.
/// </summary>
public static class MutationRunner
{
    public static async Task<TPayload> RunAsync<TPayload>(
        IReadOnlyList<UserError> inputErrors,
        Func<IReadOnlyList<UserError>, TPayload> failed,
        Func<Task<TPayload>> write)
    {
        if (inputErrors.Count > 0)
        {
            return failed(inputErrors);
        }

        try
        {
            return await write();
        }
        catch (Exception ex) when (UserErrors.From(ex) is { } error)
        {
            return failed([error]);
        }
    }
}
