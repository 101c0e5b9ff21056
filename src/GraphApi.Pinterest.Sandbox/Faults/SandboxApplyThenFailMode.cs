using System.Text.Json.Serialization;

namespace GraphApi.Pinterest.Sandbox;

/// <summary>What a caller sees of a call that an <see cref="SandboxFaultSettings.ApplyThenFailRate"/> fault let through.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<SandboxApplyThenFailMode>))]
public enum SandboxApplyThenFailMode
{
    /// <summary>A <see cref="SandboxFaultSettings.ErrorStatusCode"/> 5xx in Pinterest's error shape.</summary>
    [JsonStringEnumMemberName("error")]
    Error,

    /// <summary>The connection is cut before any byte of the answer.</summary>
    [JsonStringEnumMemberName("reset")]
    Reset,

    /// <summary>A 200 whose JSON body stops half-way.</summary>
    [JsonStringEnumMemberName("malformed")]
    Malformed,
}
