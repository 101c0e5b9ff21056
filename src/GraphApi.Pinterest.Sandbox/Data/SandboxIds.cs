using System.Globalization;
using System.Security.Cryptography;

namespace GraphApi.Pinterest.Sandbox.Data;

/// <summary>Pinterest IDs are digit strings of up to 19 digits; new rows get random ones so restarts never collide.</summary>
internal static class SandboxIds
{
    public static string NewId() =>
        (1_000_000_000_000_000_000UL + (ulong)RandomNumberGenerator.GetInt32(int.MaxValue) * 1_000_000UL
            + (ulong)RandomNumberGenerator.GetInt32(1_000_000)).ToString(CultureInfo.InvariantCulture);
}
