using GraphApi.Pinterest.Boards;
using GraphApi.Schema.Relay;
namespace GraphApi.Features.Boards;

public sealed class BoardConnectionType() : ConnectionType<BoardType, BoardEdgeType, Board>("Board");

public sealed class BoardEdgeType() : EdgeType<BoardType, Board>("Board");
