using GraphApi.Pinterest.Boards;
using GraphApi.Relay;

namespace GraphApi.Boards;

public sealed class BoardConnectionType() : ConnectionType<BoardType, BoardEdgeType, Board>("Board");

public sealed class BoardEdgeType() : EdgeType<BoardType, Board>("Board");
