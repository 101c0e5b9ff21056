using GraphApi.Pinterest.UserAccount;
using GraphApi.Relay;

namespace GraphApi.Users;

public sealed class UserSummaryConnectionType() : ConnectionType<UserSummaryType, UserSummaryEdgeType, UserSummary>("UserSummary");

public sealed class UserSummaryEdgeType() : EdgeType<UserSummaryType, UserSummary>("UserSummary");
