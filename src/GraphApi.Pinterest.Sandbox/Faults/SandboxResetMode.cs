using System.Text.Json.Serialization;

namespace GraphApi.Pinterest.Sandbox;

/// <summary>When a <see cref="SandboxFaultSettings.ResetRate"/> fault cuts the connection.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SandboxResetMode>))]
public enum SandboxResetMode
{
    /// <summary>No byte of the answer is sent: the client sees the connection closed under its request.</summary>
    [JsonStringEnumMemberName("before_response")]
    BeforeResponse,

    /// <summary>A 200 status, headers and half a JSON body are sent and flushed, then the connection is cut.</summary>
    [JsonStringEnumMemberName("mid_response")]
    MidResponse,
}
