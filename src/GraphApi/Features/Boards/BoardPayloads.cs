using GraphApi.Features.Sections;
using GraphApi.Pinterest.Boards;
using GraphApi.Schema.Mutations;

namespace GraphApi.Features.Boards;

public sealed record BoardPayload(Board? Board, IReadOnlyList<UserError> Errors, bool Replayed = false) : IPayload;

public sealed record BoardSectionPayload(BoardSectionNode? Section, IReadOnlyList<UserError> Errors, bool Replayed = false) : IPayload;
