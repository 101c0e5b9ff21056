using GraphApi.Pinterest.Catalogs;
using GraphApi.Schema.Relay;

namespace GraphApi.Features.Catalogs;

public sealed class CatalogConnectionType() : ConnectionType<CatalogType, CatalogEdgeType, Catalog>("Catalog");

public sealed class CatalogEdgeType() : EdgeType<CatalogType, Catalog>("Catalog");
