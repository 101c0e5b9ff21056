using GraphApi.Pinterest.UserAccount;
using GraphApi.Schema.Relay;
namespace GraphApi.Features.Users;

public sealed class UserSummaryConnectionType() : ConnectionType<UserSummaryType, UserSummaryEdgeType, UserSummary>("UserSummary");

public sealed class UserSummaryEdgeType() : EdgeType<UserSummaryType, UserSummary>("UserSummary");
