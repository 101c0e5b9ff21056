using System.ComponentModel;

namespace GraphApi.Accounts.Links;

public enum AccountLinkStatus
{
    [Description("No Pinterest account is connected: call connectPinterest.")]
    NotConnected,

    [Description("Connected: the gateway holds working tokens.")]
    Connected,

    [Description("Pinterest no longer accepts the stored refresh token: connect again.")]
    ReconnectRequired,
}
