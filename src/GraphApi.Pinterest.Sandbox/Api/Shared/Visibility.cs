using GraphApi.Pinterest.Sandbox.Data;
using GraphApi.Pinterest.Sandbox.Http;

namespace GraphApi.Pinterest.Sandbox.Api.Shared;

/// <summary>
/// Who sees what. Secret boards and their pins are the owner's alone and also need the <c>*:read_secret</c> scopes;
/// other users' boards are visible only when public. Hidden things are reported as "not found", never as forbidden,
/// so their existence does not leak.
/// </summary>
internal static class Visibility
{
    public static bool CanSeeBoard(SandboxCaller caller, BoardEntity board) =>
        board.OwnerId == caller.UserId
            ? board.Privacy != SandboxPrivacy.Secret || caller.Has(SandboxScopes.BoardsReadSecret)
            : board.Privacy == SandboxPrivacy.Public;

    public static bool CanSeePinsOf(SandboxCaller caller, BoardEntity board) =>
        board.OwnerId == caller.UserId
            ? board.Privacy != SandboxPrivacy.Secret || caller.Has(SandboxScopes.PinsReadSecret)
            : board.Privacy == SandboxPrivacy.Public;

    /// <summary>Writes need ownership; secret boards additionally need the matching <c>*:write_secret</c> scope.</summary>
    public static bool NeedsSecretScope(BoardEntity board, SandboxCaller caller, string secretScope) =>
        board.Privacy == SandboxPrivacy.Secret && !caller.Has(secretScope);

    /// <summary>Board ids whose pins the caller may read, for list queries.</summary>
    public static IQueryable<string> ReadablePinBoardIds(SandboxDbContext db, SandboxCaller caller, bool includeProtected = true)
    {
        var readSecret = caller.Has(SandboxScopes.PinsReadSecret);
        return db.Boards
            .Where(b => b.OwnerId == caller.UserId
                ? (b.Privacy != SandboxPrivacy.Secret || readSecret) && (includeProtected || b.Privacy != SandboxPrivacy.Protected)
                : b.Privacy == SandboxPrivacy.Public)
            .Select(b => b.Id);
    }
}
