namespace GraphApi.Schema.Relay;

/// <summary>The type names global IDs carry.</summary>
public static class NodeTypes
{
    public const string User = "User";
    public const string Board = "Board";
    public const string BoardSection = "BoardSection";
    public const string Pin = "Pin";

    public static bool IsKnown(string type) => type is User or Board or BoardSection or Pin;
}
