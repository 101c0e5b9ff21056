using GraphApi.Pinterest.UserAccount;
using GraphApi.Relay;

namespace GraphApi.Users;

public sealed class UserWebsiteConnectionType() : ConnectionType<UserWebsiteType, UserWebsiteEdgeType, UserWebsiteSummary>("UserWebsite");

public sealed class UserWebsiteEdgeType() : EdgeType<UserWebsiteType, UserWebsiteSummary>("UserWebsite");
