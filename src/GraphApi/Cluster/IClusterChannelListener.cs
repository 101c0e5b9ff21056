namespace GraphApi.Cluster;

/// <summary>What a <see cref="ClusterChannel"/>'s owner does with its messages and with the moments they may be lost.</summary>
internal interface IClusterChannelListener
{
    /// <summary>Another instance's message (without its instance id).</summary>
    void OnMessage(string payload);

    /// <summary>The first subscription succeeded: from now on the others' messages arrive.</summary>
    void OnSubscribed();

    /// <summary>A connection failed: messages may be lost from now until <see cref="OnRestored"/>.</summary>
    void OnLost();

    /// <summary>The connection is back: messages sent meanwhile were lost.</summary>
    void OnRestored();
}
