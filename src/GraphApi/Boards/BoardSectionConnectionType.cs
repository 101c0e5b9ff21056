using GraphApi.Relay;

namespace GraphApi.Boards;

public sealed class BoardSectionConnectionType() : ConnectionType<BoardSectionType, BoardSectionEdgeType, BoardSectionNode>("BoardSection");

public sealed class BoardSectionEdgeType() : EdgeType<BoardSectionType, BoardSectionNode>("BoardSection");
