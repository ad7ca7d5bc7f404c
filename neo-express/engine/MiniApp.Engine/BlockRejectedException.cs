namespace MiniApp.Engine;

/// <summary>
/// A block of prebuilt transactions the node would refuse (late timestamp, too many or invalid
/// transactions, fees not covered). Thrown before any state changes, so the chain is as it was.
/// </summary>
public sealed class BlockRejectedException(string message) : InvalidOperationException(message);
