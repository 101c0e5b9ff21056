namespace GraphApi.Schema.Mutations;

/// <summary>The payload of a delete: the deleted object's global ID, or errors.</summary>
public sealed record DeletedPayload(string? DeletedId, IReadOnlyList<UserError> Errors) : IPayload;
