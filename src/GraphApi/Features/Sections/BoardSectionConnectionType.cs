using GraphApi.Schema.Relay;
namespace GraphApi.Features.Sections;

public sealed class BoardSectionConnectionType() : ConnectionType<BoardSectionType, BoardSectionEdgeType, BoardSectionNode>("BoardSection");

public sealed class BoardSectionEdgeType() : EdgeType<BoardSectionType, BoardSectionNode>("BoardSection");
