using GraphApi.Pinterest.UserAccount;
using GraphApi.Schema.Relay;
namespace GraphApi.Features.Users;

public sealed class UserWebsiteConnectionType() : ConnectionType<UserWebsiteType, UserWebsiteEdgeType, UserWebsiteSummary>("UserWebsite");

public sealed class UserWebsiteEdgeType() : EdgeType<UserWebsiteType, UserWebsiteSummary>("UserWebsite");
