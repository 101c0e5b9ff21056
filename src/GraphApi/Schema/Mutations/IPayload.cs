namespace GraphApi.Schema.Mutations;

public interface IPayload
{
    IReadOnlyList<UserError> Errors { get; }
}
