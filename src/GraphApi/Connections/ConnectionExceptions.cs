namespace GraphApi.Connections;

/// <summary>Pinterest refused the refresh token (400/401 on refresh): the user must consent again.</summary>
public sealed class PinterestRefreshRejectedException(string message, Exception? inner = null) : Exception(message, inner);

/// <summary>The caller has no Pinterest connection.</summary>
public sealed class PinterestNotConnectedException() : Exception("No Pinterest account is connected for this caller.");

/// <summary>The caller's connection needs a new consent.</summary>
public sealed class PinterestReconnectRequiredException() : Exception("The Pinterest connection must be connected again.");
