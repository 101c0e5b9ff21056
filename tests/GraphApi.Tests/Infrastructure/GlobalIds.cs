using System.Buffers.Text;
using System.Text;

namespace GraphApi.Tests.Infrastructure;

internal static class GlobalIds
{
    public static string Of(string type, string id) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{type}:{id}"));

    public static string Decode(string globalId) => Encoding.UTF8.GetString(Base64Url.DecodeFromChars(globalId));
}
