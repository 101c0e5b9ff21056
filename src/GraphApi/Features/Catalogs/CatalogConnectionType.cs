using GraphApi.Pinterest.Catalogs;
using GraphApi.Schema.Relay;

namespace GraphApi.Features.Catalogs;

public sealed class CatalogConnectionType() : ConnectionType<CatalogType, CatalogEdgeType, Catalog>("Catalog");

public sealed class CatalogEdgeType() : EdgeType<CatalogType, Catalog>("Catalog");

public sealed class CatalogFeedConnectionType() : ConnectionType<CatalogFeedType, CatalogFeedEdgeType, CatalogFeed>("CatalogFeed");

public sealed class CatalogFeedEdgeType() : EdgeType<CatalogFeedType, CatalogFeed>("CatalogFeed");

public sealed class FeedProcessingResultConnectionType() : ConnectionType<FeedProcessingResultType, FeedProcessingResultEdgeType, FeedProcessingResult>("FeedProcessingResult");

public sealed class FeedProcessingResultEdgeType() : EdgeType<FeedProcessingResultType, FeedProcessingResult>("FeedProcessingResult");
