using Neo;

namespace MiniApp.Engine;

public enum VmState { Halt, Fault }

/// <summary>A notification as the node records it: emitting contract, event name, arguments.</summary>
public sealed record Notification(UInt160 Contract, string EventName, IReadOnlyList<StackValue> Args)
{
    public override string ToString() => $"{Contract}.{EventName}({string.Join(", ", Args)})";
}

/// <summary>
/// One frame of the call stack at a FAULT: the script (contract hash, or the entry script's hash)
/// and the offset of the instruction that faulted or made the call. With a contract's debug
/// info this names the C# line.
/// </summary>
public sealed record FaultFrame(UInt160 Script, int Offset)
{
    public override string ToString() => $"{Script}@{Offset}";
}

/// <summary>
/// What one execution did, as the node's application log reports it. <see cref="ThrownMessage"/>
/// is the text of a contract's uncaught <c>throw</c> (spec §7), null for other faults.
/// <see cref="GasConsumed"/> is the engine's figure in datoshi, the node's <c>gasconsumed</c>.
/// <see cref="FaultStack"/> (FAULT only, innermost first) is not something the node reports.
/// </summary>
public sealed record Outcome(
    VmState State,
    string? Exception,
    string? ThrownMessage,
    IReadOnlyList<StackValue> Stack,
    IReadOnlyList<Notification> Notifications,
    IReadOnlyList<string> Logs,
    long GasConsumed,
    UInt256? TxHash,
    IReadOnlyList<FaultFrame>? FaultStack = null)
{
    public const string UnhandledPrefix = "An unhandled exception was thrown. ";

    public bool Halted => State == VmState.Halt;

    /// <summary>The single return value of a one-call script (spec §10 G1).</summary>
    public StackValue Result => Stack.Count == 1
        ? Stack[0]
        : throw new InvalidOperationException($"expected one result item, stack has {Stack.Count} ({this})");

    public static string? ThrownMessageOf(string? exception) =>
        exception is not null && exception.StartsWith(UnhandledPrefix, StringComparison.Ordinal)
            ? exception[UnhandledPrefix.Length..]
            : null;

    public override string ToString() => State == VmState.Halt
        ? $"HALT [{string.Join(", ", Stack)}] gas={GasConsumed} notifications={Notifications.Count}"
        : $"FAULT \"{Exception}\" gas={GasConsumed}" + (FaultStack is { Count: > 0 } f ? $" at {string.Join(" < ", f)}" : "");
}
