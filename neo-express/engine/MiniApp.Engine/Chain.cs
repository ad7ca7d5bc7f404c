using Neo;
using Neo.Network.P2P.Payloads;
using Neo.Persistence;
using Neo.SmartContract;
using Neo.SmartContract.Native;

namespace MiniApp.Engine;

/// <summary>
/// A neo-express chain run in-process by Neo 3.5.0's own <see cref="ApplicationEngine"/>: same
/// protocol settings, same genesis, same native contracts, so results and GAS equal the node's.
/// Not thread-safe: one chain per thread (independent chains may run in parallel).
/// <para>State layers: <see cref="StateStore"/> (committed, forkable in O(1)) ← one long-lived
/// <see cref="DataCache"/> (keeps deserialized contract states warm) ← one cache per block ← one per
/// transaction, committed only on HALT, exactly as the node's Blockchain.Persist does.</para>
/// </summary>
public sealed partial class Chain
{
    public const long OneGas = 1_0000_0000;

    readonly StateStore store = new();
    DataCache working;
    Header tip;
    uint nextNonce = 1;
    /// <summary>Contract ids whose storage the last persisted block changed; null when unknown (see StorageUnchangedByLastBlock).</summary>
    HashSet<int>? lastBlockChanges;

    public ProtocolSettings Settings { get; }
    public ChainFile File { get; }
    public ChainAccounts Accounts { get; }
    public Block GenesisBlock { get; }

    /// <summary>
    /// When set, every persisted transaction and every test invocation counts into it (contract
    /// coverage); fee-measuring dry runs do not.
    /// </summary>
    public CoverageMap? Coverage { get; set; }

    /// <summary>
    /// When set, the parts of persisting a block report their Stopwatch ticks here (the engine
    /// host's MINIAPP_ENGINE_TIMING profile): OnPersist, the transactions, PostPersist, committing
    /// and renewing the long-lived cache.
    /// </summary>
    public Action<string, long>? Timing { get; set; }

    /// <summary>GAS limit of a test invocation and of a fee-measuring dry run (the chain file's <c>rpc.MaxGasInvoke</c>).</summary>
    public long MaxGasInvoke { get; init; }

    public uint Height => tip.Index;
    public ulong LastTimestamp => tip.Timestamp;
    public UInt256 LastBlockHash => tip.Hash;
    /// <summary><c>Runtime.Time</c> of a test invocation: last block + one block time (spec §5 <c>tinv</c>).</summary>
    public ulong TestInvokeTime => tip.Timestamp + Settings.MillisecondsPerBlock;
    /// <summary>The earliest timestamp a next block may carry.</summary>
    public ulong NextBlockTime => tip.Timestamp + Settings.MillisecondsPerBlock;

    Chain(ChainFile file)
    {
        File = file;
        Settings = ChainSettings.FromChainFile(file);
        Accounts = ChainAccounts.From(file, Settings);
        MaxGasInvoke = file.Settings.TryGetValue("rpc.MaxGasInvoke", out var g) ? (long)(decimal.Parse(g, System.Globalization.CultureInfo.InvariantCulture) * OneGas) : 20 * OneGas;
        working = new WarmCache(this);
        GenesisBlock = Genesis.CreateBlock(Settings);
        PersistBlock(GenesisBlock, Array.Empty<Transaction>());
        tip = GenesisBlock.Header;
    }

    /// <summary>Loads a chain file and persists its genesis block.</summary>
    public static Chain FromChainFile(string path) => new(ChainFile.Load(path));

    public static Chain FromChainFile(ChainFile file) => new(file);

    /// <summary>Captures the whole state (storage, tip, nonce counter) in O(1).</summary>
    public ChainState Fork()
    {
        working.Commit();
        return new ChainState(store.Capture(), tip, nextNonce);
    }

    /// <summary>Returns to a captured state; any state may be restored any number of times.</summary>
    public void Restore(ChainState state)
    {
        store.Restore(state.Root);
        lastBlockChanges = null;
        RenewWorkingCache();
        tip = state.Tip;
        nextNonce = state.NextNonce;
    }
}

/// <summary>A captured chain state, see <see cref="Chain.Fork"/>.</summary>
public sealed record ChainState(StateRoot Root, Header Tip, uint NextNonce)
{
    public uint Height => Tip.Index;
}
