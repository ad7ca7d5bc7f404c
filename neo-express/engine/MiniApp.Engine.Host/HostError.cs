namespace MiniApp.Engine.Host;

/// <summary>The error codes of the protocol (README.md): what the client may do about a failure.</summary>
public static class ErrorCode
{
    /// <summary>The request itself is wrong (unknown op, missing or malformed params): fix the client.</summary>
    public const string BadRequest = "BAD_REQUEST";
    /// <summary>The node would refuse this block; the chain is unchanged.</summary>
    public const string BlockRejected = "BLOCK_REJECTED";
    /// <summary>Anything else the engine threw; the message names the .NET exception.</summary>
    public const string Engine = "ENGINE";
}

/// <summary>A failure the host reports with a chosen code (thrown by ops and param readers).</summary>
public sealed class HostError(string code, string message) : Exception(message)
{
    public string Code { get; } = code;

    public static HostError BadRequest(string message) => new(ErrorCode.BadRequest, message);
    public static HostError BlockRejected(string message) => new(ErrorCode.BlockRejected, message);
}
