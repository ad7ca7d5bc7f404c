using System.Numerics;
using Neo;
using Neo.IO;
using Neo.Network.P2P.Payloads;
using Neo.SmartContract;
using Neo.SmartContract.Manifest;
using Neo.SmartContract.Native;

namespace MiniApp.Engine;

/// <summary>A deployment: the contract hash Neo computes (sender, NEF checksum, manifest name) and the deploy outcome.</summary>
public sealed record Deployment(UInt160 Hash, string Name, Outcome Outcome);

public sealed partial class Chain
{
    /// <summary>Calls a method in a transaction of its own block at <paramref name="timestamp"/> (ms).</summary>
    public Outcome Invoke(ulong timestamp, ContractCall call, params TxSigner[] signers) =>
        Execute(timestamp, TxRequest.Call(call, signers));

    /// <summary>
    /// Read-only call, as the node's <c>invokefunction</c>: a dummy block one block time after the
    /// last (so <c>Runtime.Time</c> = <see cref="TestInvokeTime"/>), GAS limit <see cref="MaxGasInvoke"/>,
    /// nothing committed. Without signers there is no script container, as on the node.
    /// </summary>
    public Outcome TestInvoke(ContractCall call, params TxSigner[] signers) => TestInvokeScript(Scripts.Call(call), signers);

    public Outcome TestInvokeScript(byte[] script, params TxSigner[] signers)
    {
        var snapshot = working.CreateSnapshot();
        using var engine = ApplicationEngine.Create(TriggerType.Application, TestContainer(script, signers), snapshot, TestInvokeBlock(), Settings, MaxGasInvoke, Coverage?.Recorder());
        engine.LoadScript(script);
        Run(engine, out var logs);
        return Outcomes.From(engine, logs, null);
    }

    /// <summary>
    /// The GAS a test invocation of <paramref name="script"/> consumes, exactly as
    /// <see cref="TestInvokeScript"/>'s <c>GasConsumed</c> (same block, container, limit), as a
    /// wallet measures a system fee: without building the outcome (stack, notifications, logs) and,
    /// being a fee-measuring dry run, without counting coverage.
    /// </summary>
    public long TestInvokeGas(byte[] script, params TxSigner[] signers)
    {
        var snapshot = working.CreateSnapshot();
        using var engine = ApplicationEngine.Create(TriggerType.Application, TestContainer(script, signers), snapshot, TestInvokeBlock(), Settings, MaxGasInvoke);
        engine.LoadScript(script);
        engine.Execute();
        return engine.GasConsumed;
    }

    /// <summary>A test invocation's script container: none without signers, as on the node.</summary>
    static Transaction? TestContainer(byte[] script, TxSigner[] signers) => signers.Length == 0 ? null : new Transaction
    {
        Signers = signers.Select(s => s.ToSigner()).ToArray(),
        Attributes = Array.Empty<TransactionAttribute>(),
        Script = script,
        Witnesses = Array.Empty<Witness>(),
    };

    /// <summary>The block a test invocation runs in: what the node's ApplicationEngine.Run builds when given none.</summary>
    Block TestInvokeBlock() => new()
    {
        Header = new Header
        {
            Version = 0,
            PrevHash = tip.Hash,
            MerkleRoot = new UInt256(),
            Timestamp = TestInvokeTime,
            Index = tip.Index + 1,
            NextConsensus = tip.NextConsensus,
            Witness = new Witness { InvocationScript = Array.Empty<byte>(), VerificationScript = Array.Empty<byte>() },
        },
        Transactions = Array.Empty<Transaction>(),
    };

    /// <summary>
    /// Deploys through <c>ContractManagement.deploy(nef, manifest, data)</c> in a transaction of
    /// <paramref name="sender"/> (scope CalledByEntry) in its own block. Always three arguments,
    /// as <c>neoxp contract deploy</c> sends them, so the deploy GAS equals neo-express's.
    /// </summary>
    public Deployment Deploy(ulong timestamp, byte[] nef, string manifestJson, UInt160 sender, object? data = null)
    {
        var nefFile = nef.AsSerializable<NefFile>();
        var manifest = ContractManifest.Parse(manifestJson);
        var hash = Neo.SmartContract.Helper.GetContractHash(sender, nefFile.CheckSum, manifest.Name);
        var outcome = Invoke(timestamp, new ContractCall(NativeContract.ContractManagement.Hash, "deploy", nef, manifestJson, data), TxSigner.CalledByEntry(sender));
        return new Deployment(hash, manifest.Name, outcome);
    }

    /// <summary>NEP-17 <c>transfer(from, to, amount, data)</c> of GAS or NEO, signed by <paramref name="from"/>.</summary>
    public Outcome Transfer(ulong timestamp, UInt160 token, UInt160 from, UInt160 to, BigInteger amount, object? data = null) =>
        Invoke(timestamp, new ContractCall(token, "transfer", from, to, amount, data), TxSigner.CalledByEntry(from));

    /// <summary>Funds accounts with GAS (datoshi) from the genesis account, all in one block.</summary>
    public BlockResult FundGas(ulong timestamp, BigInteger amount, params UInt160[] recipients)
    {
        var genesis = Accounts.Genesis.Hash;
        var txs = recipients.Select(to => TxRequest.Call(new ContractCall(NativeContract.GAS.Hash, "transfer", genesis, to, amount, null), TxSigner.CalledByEntry(genesis))).ToList();
        var result = ExecuteBlock(timestamp, txs);
        foreach (var o in result.Outcomes)
            if (!o.Halted || o.Result != StackValue.Of(true)) throw new InvalidOperationException($"funding failed: {o}");
        return result;
    }
}
