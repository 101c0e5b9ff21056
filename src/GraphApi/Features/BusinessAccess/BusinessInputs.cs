using GraphApi.Execution.Errors;
using GraphApi.Pinterest.BusinessAccess;
using GraphApi.Schema.Relay;
using GraphQL;

namespace GraphApi.Features.BusinessAccess;

/// <summary>Argument checks of the read fields: ids are Pinterest ids (or a Business global id), id filters fit Pinterest's 500 characters.</summary>
internal static class BusinessInputs
{
    public static string? Id(string? value, string argument)
    {
        if (value is null)
        {
            return null;
        }

        var id = GlobalId.ToPinterestId(value, BusinessAccessNames.NodeType) ?? value;
        return PinterestIds.IsValid(id) ? id : throw PinterestIds.Invalid(argument);
    }

    public static List<string>? Ids(List<string>? values, string argument)
    {
        if (values is null || values.Count == 0)
        {
            return null;
        }

        if (values.Count > BusinessAccessLimits.IdsPerFilter)
        {
            throw new ExecutionError($"`{argument}` takes at most {BusinessAccessLimits.IdsPerFilter} ids (Pinterest's filter is 500 characters).") { Code = ErrorCodes.InvalidArgument };
        }

        return [.. values.Select(v => Id(v, argument)!)];
    }
}
