using System.Diagnostics;
using Neo;
using Neo.Cryptography;
using Neo.IO;
using Neo.Network.P2P.Payloads;
using Neo.Persistence;
using Neo.SmartContract;
using Neo.SmartContract.Native;
using Neo.VM;

namespace MiniApp.Engine;

/// <summary>
/// The result of one block: its index and hash, one outcome per transaction, in order, and the
/// transactions as built (fees, nonce, witnesses), e.g. to replay them elsewhere.
/// </summary>
public sealed record BlockResult(uint Index, UInt256 Hash, ulong Timestamp, IReadOnlyList<Outcome> Outcomes, IReadOnlyList<Transaction> Transactions);

public sealed partial class Chain
{
    static readonly byte[] OnPersistScript = SysCallScript(ApplicationEngine.System_Contract_NativeOnPersist);
    static readonly byte[] PostPersistScript = SysCallScript(ApplicationEngine.System_Contract_NativePostPersist);

    /// <summary>
    /// Builds, persists and commits one block holding the given transactions, in order, as the
    /// node does: native OnPersist (fees burned), each transaction in its own cache committed only
    /// on HALT, native PostPersist. <paramref name="timestamp"/> (ms) must exceed the last block's.
    /// </summary>
    public BlockResult ExecuteBlock(ulong timestamp, IReadOnlyList<TxRequest> requests, ulong blockNonce = 0)
    {
        if (LateTimestamp(timestamp) is { } late) throw new ArgumentOutOfRangeException(nameof(timestamp), late);
        if (TooManyTransactions(requests.Count) is { } many) throw new ArgumentOutOfRangeException(nameof(requests), many);
        var header = NextHeader(timestamp, blockNonce);
        var txs = BuildTransactions(header, requests);
        if (FeesNotCovered(txs) is { } fees) throw new InvalidOperationException(fees);
        return Seal(header, txs);
    }

    /// <summary>
    /// Persists one block holding transactions built and signed elsewhere (e.g. by the TypeScript
    /// driver through the engine host), as given: nothing is rebuilt, witnesses are not verified.
    /// Rejects, as the node would and before touching any state, with a
    /// <see cref="BlockRejectedException"/>: a timestamp not after the last block's, more than
    /// <c>MaxTransactionsPerBlock</c>, a transaction expired or valid too far ahead, one already on
    /// the chain or twice in the block, fees a sender cannot pay.
    /// </summary>
    public BlockResult ExecuteBlock(ulong timestamp, IReadOnlyList<Transaction> transactions, ulong blockNonce = 0)
    {
        if (LateTimestamp(timestamp) is { } late) throw new BlockRejectedException(late);
        if (TooManyTransactions(transactions.Count) is { } many) throw new BlockRejectedException(many);
        var txs = transactions.ToArray();
        if (InvalidPrebuilt(txs) is { } invalid) throw new BlockRejectedException(invalid);
        if (FeesNotCovered(txs) is { } fees) throw new BlockRejectedException(fees);
        return Seal(NextHeader(timestamp, blockNonce), txs);
    }

    string? LateTimestamp(ulong timestamp) => timestamp <= tip.Timestamp
        ? $"block time {timestamp} must be greater than the last block's {tip.Timestamp}"
        : null;

    string? TooManyTransactions(int count) => count > Settings.MaxTransactionsPerBlock
        ? $"{count} transactions exceed the protocol's {Settings.MaxTransactionsPerBlock} per block"
        : null;

    Header NextHeader(ulong timestamp, ulong blockNonce) => new()
    {
        PrevHash = tip.Hash,
        MerkleRoot = UInt256.Zero,
        Timestamp = timestamp,
        Nonce = blockNonce,
        Index = tip.Index + 1,
        PrimaryIndex = 0,
        NextConsensus = tip.NextConsensus,
        Witness = new Witness { InvocationScript = Array.Empty<byte>(), VerificationScript = Array.Empty<byte>() },
    };

    /// <summary>Sets the merkle root, persists the block and makes it the tip. Every check has passed.</summary>
    BlockResult Seal(Header header, Transaction[] txs)
    {
        header.MerkleRoot = txs.Length == 0 ? UInt256.Zero : MerkleTree.ComputeRoot(txs.Select(t => t.Hash).ToArray());
        var block = new Block { Header = header, Transactions = txs };
        var outcomes = PersistBlock(block, txs);
        tip = header;
        return new BlockResult(header.Index, header.Hash, header.Timestamp, outcomes, txs);
    }

    /// <summary>One transaction in its own block.</summary>
    public Outcome Execute(ulong timestamp, TxRequest request) => ExecuteBlock(timestamp, new[] { request }).Outcomes[0];

    IReadOnlyList<Outcome> PersistBlock(Block block, Transaction[] txs)
    {
        var timing = Timing;
        long mark = timing is null ? 0 : Stopwatch.GetTimestamp();
        void Lap(string part)
        {
            if (timing is null) return;
            long now = Stopwatch.GetTimestamp();
            timing(part, now - mark);
            mark = now;
        }
        lastBlockChanges = null;
        var blockCache = working.CreateSnapshot();
        TransactionState[] states;
        using (var engine = ApplicationEngine.Create(TriggerType.OnPersist, null, blockCache, block, Settings, 0))
        {
            engine.LoadScript(OnPersistScript);
            if (engine.Execute() != VMState.HALT)
                throw new InvalidOperationException($"OnPersist of block {block.Index} faulted: {engine.FaultException?.GetBaseException().Message}");
            states = engine.GetState<TransactionState[]>();
        }
        Lap("persist: OnPersist");
        var outcomes = new Outcome[txs.Length];
        for (int i = 0; i < txs.Length; i++)
        {
            var txCache = blockCache.CreateSnapshot();
            using var engine = ApplicationEngine.Create(TriggerType.Application, txs[i], txCache, block, Settings, txs[i].SystemFee, Coverage?.Recorder());
            engine.LoadScript(txs[i].Script);
            var state = Run(engine, out var logs);
            states[i].State = state;
            if (state == VMState.HALT) txCache.Commit();
            outcomes[i] = Outcomes.From(engine, logs, txs[i].Hash);
            if (state == VMState.HALT) TrackContracts(outcomes[i]);
        }
        Lap("persist: transactions");
        using (var engine = ApplicationEngine.Create(TriggerType.PostPersist, null, blockCache, block, Settings, 0))
        {
            engine.LoadScript(PostPersistScript);
            if (engine.Execute() != VMState.HALT)
                throw new InvalidOperationException($"PostPersist of block {block.Index} faulted: {engine.FaultException?.GetBaseException().Message}");
        }
        Lap("persist: PostPersist");
        var changed = new HashSet<int>();
        foreach (var item in blockCache.GetChangeSet()) changed.Add(item.Key.Id);
        blockCache.Commit();
        working.Commit();
        Lap("persist: commit");
        RenewWorkingCache();
        Lap("persist: renew the long-lived cache");
        lastBlockChanges = changed;
        return outcomes;
    }

    Transaction[] BuildTransactions(Header header, IReadOnlyList<TxRequest> requests)
    {
        var txs = new Transaction[requests.Count];
        var nonces = requests.Select(r => r.Nonce ?? nextNonce++).ToArray();
        for (int i = 0; i < requests.Count; i++)
            txs[i] = BuildTransaction(requests[i], nonces[i], requests[i].SystemFee ?? MaxGasInvoke);
        if (requests.All(r => r.SystemFee is not null)) return txs;

        // Measure each unspecified system fee as a wallet would: run the transaction in this
        // block's context on top of the ones before it, and charge exactly the GAS it consumed.
        var probe = new Block { Header = header, Transactions = txs };
        var scratch = working.CreateSnapshot();
        for (int i = 0; i < txs.Length; i++)
        {
            var txCache = scratch.CreateSnapshot();
            using var engine = ApplicationEngine.Create(TriggerType.Application, txs[i], txCache, probe, Settings, txs[i].SystemFee);
            engine.LoadScript(txs[i].Script);
            if (engine.Execute() == VMState.HALT) txCache.Commit();
            if (requests[i].SystemFee is null)
                txs[i] = BuildTransaction(requests[i], nonces[i], engine.GasConsumed);
        }
        return txs;
    }

    Transaction BuildTransaction(TxRequest request, uint nonce, long systemFee)
    {
        if (request.Signers.Count == 0) throw new ArgumentException("a transaction needs at least one signer (its sender)");
        var tx = new Transaction
        {
            Version = 0,
            Nonce = nonce,
            SystemFee = systemFee,
            NetworkFee = 0,
            ValidUntilBlock = tip.Index + Settings.MaxValidUntilBlockIncrement,
            Signers = request.Signers.Select(s => s.ToSigner()).ToArray(),
            Attributes = Array.Empty<TransactionAttribute>(),
            Script = request.Script,
        };
        tx.Witnesses = tx.Signers.Select(s => PlaceholderWitness(s.Account)).ToArray();
        tx.NetworkFee = NetworkFee(tx);
        return tx;
    }

    /// <summary>
    /// A witness of the real size with a zero signature: in-process nothing verifies it, and the
    /// network fee (size × fee per byte + verification cost) comes out as a wallet computes it.
    /// </summary>
    Witness PlaceholderWitness(UInt160 account)
    {
        var script = Accounts.Find(account)?.VerificationScript ?? Array.Empty<byte>();
        int signatures = Neo.SmartContract.Helper.IsMultiSigContract(script, out int m, out int _) ? m : 1;
        using var sb = new ScriptBuilder();
        for (int i = 0; i < signatures; i++) sb.EmitPush(new byte[64]);
        return new Witness { InvocationScript = sb.ToArray(), VerificationScript = script };
    }

    long NetworkFee(Transaction tx)
    {
        long execFeeFactor = NativeContract.Policy.GetExecFeeFactor(working);
        long verification = 0;
        foreach (var w in tx.Witnesses)
        {
            var script = w.VerificationScript.Span;
            if (Neo.SmartContract.Helper.IsMultiSigContract(script, out int m, out int n)) verification += execFeeFactor * Neo.SmartContract.Helper.MultiSignatureContractCost(m, n);
            else verification += execFeeFactor * Neo.SmartContract.Helper.SignatureContractCost();
        }
        return tx.Size * NativeContract.Policy.GetFeePerByte(working) + verification;
    }

    /// <summary>Why the node would refuse the block for its fees (a sender short of GAS), or null.</summary>
    string? FeesNotCovered(Transaction[] txs)
    {
        foreach (var group in txs.GroupBy(t => t.Sender))
        {
            var due = group.Sum(t => t.SystemFee + t.NetworkFee);
            var balance = NativeContract.GAS.BalanceOf(working, group.Key);
            if (balance < due)
                return $"sender {Accounts.Find(group.Key)?.Name ?? group.Key.ToString()} holds {balance} datoshi GAS but its transactions in this block cost {due} in fees; the node would reject them";
        }
        return null;
    }

    static VMState Run(ApplicationEngine engine, out IReadOnlyList<string> logs)
    {
        using var capture = LogCapture.For(engine);
        var state = engine.Execute();
        logs = capture.Messages;
        return state;
    }

    static byte[] SysCallScript(uint method)
    {
        using var sb = new ScriptBuilder();
        sb.EmitSysCall(method);
        return sb.ToArray();
    }
}
