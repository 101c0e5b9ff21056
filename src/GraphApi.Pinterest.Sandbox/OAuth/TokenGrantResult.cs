namespace GraphApi.Pinterest.Sandbox.OAuth;

/// <summary>Outcome of a grant: tokens, or the status/code/message to answer with.</summary>
internal sealed record TokenGrantResult(SandboxTokenSet? Tokens, int Status = 200, int Code = 0, string Message = "")
{
    public static TokenGrantResult Fail(int status, int code, string message) => new(null, status, code, message);
}
