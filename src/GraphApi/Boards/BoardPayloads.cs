using GraphApi.Mutations;
using GraphApi.Pinterest.Boards;

namespace GraphApi.Boards;

public sealed record BoardPayload(Board? Board, IReadOnlyList<UserError> Errors, bool Replayed = false) : IPayload;

public sealed record BoardSectionPayload(BoardSectionNode? Section, IReadOnlyList<UserError> Errors, bool Replayed = false) : IPayload;
