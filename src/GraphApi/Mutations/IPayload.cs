namespace GraphApi.Mutations;

public interface IPayload
{
    IReadOnlyList<UserError> Errors { get; }
}
