using MiniApp.Engine;

namespace MiniApp.Compiler.Tests.Support;

/// <summary>
/// Fresh chains for tests. Building genesis takes a few ms; tests that need many deployments
/// share one chain per class and fork it instead.
/// </summary>
public static class Chains
{
    static readonly ChainFile File = ChainFile.Load(Paths.ChainFile);

    public static Chain New() => Chain.FromChainFile(File);

    /// <summary>A time for the first block after genesis, as the harness would pick (spec platform §6: ≥ 30 days ahead of the wall clock).</summary>
    public const ulong T0 = 1_800_000_000_000;
}
