extern alias neo;
extern alias neovm;
using System.Diagnostics;
using System.Linq;
using System.Numerics;
using MiniApp.Compiler.Tests.Support;
using MiniApp.Engine;
using Xunit;
using Xunit.Abstractions;
using NeoHelper = neo::Neo.SmartContract.Helper;
using NefFile = neo::Neo.SmartContract.NefFile;
using WitnessScope = neo::Neo.Network.P2P.Payloads.WitnessScope;
using neo::Neo.IO;

namespace MiniApp.Compiler.Tests.Engine;

/// <summary>The in-process Neo 3.5.0 chain agrees with the neo-express node it stands for.</summary>
public sealed class ChainTests(ITestOutputHelper output)
{
    const ulong T0 = Chains.T0;

    [Fact]
    public void Genesis_hash_and_time_equal_the_nodes()
    {
        var sw = Stopwatch.StartNew();
        var chain = Chains.New();
        output.WriteLine($"genesis built and persisted in {sw.Elapsed.TotalMilliseconds:F1} ms");
        Assert.Equal("0x7cd5e2e5b5396761d2342b19b0cbcb98058762dd0f8158b48e127edb76225574", chain.GenesisBlock.Hash.ToString());
        Assert.Equal(1468595301000UL, chain.GenesisBlock.Timestamp);
        Assert.Equal(0u, chain.Height);
        Assert.Equal(4071797906u, chain.Settings.Network);
        Assert.Equal(15000u, chain.Settings.MillisecondsPerBlock);
    }

    [Fact]
    public void Accounts_are_the_chain_files_and_genesis_holds_the_initial_supply()
    {
        var chain = Chains.New();
        Assert.Equal("NRBLH3QrkriEqA6F7ajkXPqLE4oBxcBRFG", chain.Accounts["admin"].Address);
        Assert.Equal("NS4Laeozg4NF36fZVDC8kmaPGdM9pWpUcu", chain.Accounts["u6"].Address);
        Assert.Equal("NWvTH9PbNqmhBe844C1NhfuXUZ5PirrgSV", chain.Accounts.Genesis.Address);
        Assert.Equal(new BigInteger(100_000_000), chain.NeoBalance(chain.Accounts.Genesis.Hash));
        Assert.Equal(new BigInteger(52_000_000) * Chain.OneGas, chain.GasBalance(chain.Accounts.Genesis.Hash));
    }

    [Fact]
    public void Deploy_gives_the_contract_hash_neo_computes()
    {
        var chain = Chains.New();
        var admin = chain.Accounts["admin"].Hash;
        chain.FundGas(T0, 1000 * Chain.OneGas, admin);
        var (nef, manifest) = HandContract.Build();
        var d = chain.Deploy(T0 + 1000, nef, manifest, admin);
        Assert.True(d.Outcome.Halted, d.Outcome.ToString());
        var checksum = nef.AsSerializable<NefFile>().CheckSum;
        Assert.Equal(NeoHelper.GetContractHash(admin, checksum, "Hand"), d.Hash);
        // deploy returns the ContractState struct: [id, updateCounter, hash, nef, manifest]
        var state = Assert.IsType<ArrayValue>(d.Outcome.Result);
        Assert.Equal(d.Hash.ToArray(), Assert.IsType<ByteStringValue>(state.Items[2]).Bytes);
        Assert.True(chain.IsDeployed(d.Hash));
        // Deploy cost at least ContractManagement's minimum deployment fee (10 GAS).
        Assert.True(d.Outcome.GasConsumed >= 10 * Chain.OneGas, $"{d.Outcome.GasConsumed}");
        // Same deployer, NEF and name again: Neo refuses.
        var again = chain.Deploy(T0 + 2000, nef, manifest, admin);
        Assert.Equal(VmState.Fault, again.Outcome.State);
        Assert.Contains("Contract Already Exists", again.Outcome.Exception);
    }

    [Fact]
    public void Gas_of_a_fixed_call_is_deterministic_across_chains_and_repeats()
    {
        long Measure()
        {
            var chain = Chains.New();
            var admin = chain.Accounts["admin"].Hash;
            chain.FundGas(T0, 1000 * Chain.OneGas, admin);
            var d = chain.Deploy(T0 + 1000, HandContract.Build().Nef, HandContract.Build().Manifest, admin);
            var call = new ContractCall(d.Hash, "add", 2, 40);
            var a = chain.Invoke(T0 + 2000, call, TxSigner.CalledByEntry(admin));
            var b = chain.Invoke(T0 + 3000, call, TxSigner.CalledByEntry(admin));
            var c = chain.TestInvoke(call);
            Assert.Equal(StackValue.Of(42), a.Result);
            Assert.Equal(a.GasConsumed, b.GasConsumed);
            Assert.Equal(a.GasConsumed, c.GasConsumed);
            return a.GasConsumed;
        }
        var first = Measure();
        Assert.Equal(first, Measure());
        output.WriteLine($"add(2, 40) consumed {first} datoshi");
        Assert.InRange(first, 1_000_000, 2_000_000); // a contract call costs ~0.01 GAS
    }

    [Fact]
    public void Thrown_message_fault_and_time_and_notifications_and_storage()
    {
        var chain = Chains.New();
        var admin = chain.Accounts["admin"].Hash;
        chain.FundGas(T0, 1000 * Chain.OneGas, admin);
        var (nef, manifest) = HandContract.Build();
        var h = chain.Deploy(T0 + 1000, nef, manifest, admin).Hash;
        var signer = TxSigner.CalledByEntry(admin);

        var boom = chain.Invoke(T0 + 2000, new ContractCall(h, "boom"), signer);
        Assert.Equal(VmState.Fault, boom.State);
        Assert.Equal("An unhandled exception was thrown. nope", boom.Exception);
        Assert.Equal("nope", boom.ThrownMessage);
        // innermost frame: the THROW of boom() in the contract; outer: the entry script's call
        Assert.Equal(2, boom.FaultStack!.Count);
        Assert.Equal(h, boom.FaultStack[0].Script);
        Assert.Equal(neovm::Neo.VM.OpCode.THROW, (neovm::Neo.VM.OpCode)nef.AsSerializable<NefFile>().Script.Span[boom.FaultStack[0].Offset]);

        Assert.Equal(StackValue.Of(T0 + 123_456), chain.Invoke(T0 + 123_456, new ContractCall(h, "now"), signer).Result);
        Assert.Equal(StackValue.Of(T0 + 123_456 + 15_000), chain.TestInvoke(new ContractCall(h, "now")).Result);

        var ping = chain.Invoke(T0 + 200_000, new ContractCall(h, "ping", 7), signer);
        var n = Assert.Single(ping.Notifications);
        Assert.Equal(h, n.Contract);
        Assert.Equal("Ping", n.EventName);
        Assert.Equal(new StackValue[] { StackValue.Of(7) }, n.Args);

        chain.Invoke(T0 + 300_000, new ContractCall(h, "put", new byte[] { 1, 2 }, "v"), signer);
        chain.Invoke(T0 + 301_000, new ContractCall(h, "put", new byte[] { 2 }, "w"), signer);
        var all = chain.Storage(h);
        Assert.Equal(new[] { "0102=76", "02=77" }, all.Select(e => e.ToString().Replace(" ", "")));
        Assert.Single(chain.Storage(h, new byte[] { 1 }));
        Assert.Equal(new byte[] { 0x77 }, chain.StorageValue(h, new byte[] { 2 }));
    }

    [Fact]
    public void Several_transactions_share_a_block_and_a_fault_reverts_only_its_own()
    {
        var chain = Chains.New();
        var g = chain.Accounts.Genesis.Hash;
        var u1 = chain.Accounts["u1"].Hash;
        var u2 = chain.Accounts["u2"].Hash;
        var result = chain.ExecuteBlock(T0, new[]
        {
            TxRequest.Call(new ContractCall(Chain.GasHash, "transfer", g, u1, 5 * Chain.OneGas, null), TxSigner.CalledByEntry(g)),
            TxRequest.Call(new ContractCall(Chain.GasHash, "transfer", g, u2, -1, null), TxSigner.CalledByEntry(g)),
            // u1 signs but moves genesis funds: CheckWitness(genesis) fails → transfer returns false
            TxRequest.Call(new ContractCall(Chain.GasHash, "transfer", g, u1, 1, null), TxSigner.CalledByEntry(u1)),
        }.Take(2).ToList());
        Assert.Equal(1u, result.Index);
        Assert.True(result.Outcomes[0].Halted);
        Assert.Equal(StackValue.Of(true), result.Outcomes[0].Result);
        Assert.Equal(VmState.Fault, result.Outcomes[1].State);
        Assert.Equal(5 * Chain.OneGas, chain.GasBalance(u1));
        var transfer = Assert.Single(result.Outcomes[0].Notifications);
        Assert.Equal("Transfer", transfer.EventName);

        // witness scope decides CheckWitness: u1 (now holding GAS to pay fees) cannot move genesis GAS
        var stolen = chain.Invoke(T0 + 1000, new ContractCall(Chain.GasHash, "transfer", g, u1, 1, null), TxSigner.CalledByEntry(u1));
        Assert.Equal(StackValue.Of(false), stolen.Result);
        // a test invocation with a signer runs the same checks and commits nothing
        var u1Balance = chain.GasBalance(u1);
        var dry = chain.TestInvoke(new ContractCall(Chain.GasHash, "transfer", g, u1, 1, null), TxSigner.CalledByEntry(g));
        Assert.Equal(StackValue.Of(true), dry.Result);
        // without signers there is no script container, and Neo 3.5's CheckWitness then faults (as via RPC)
        Assert.Equal(VmState.Fault, chain.TestInvoke(new ContractCall(Chain.GasHash, "transfer", g, u1, 1, null)).State);
        Assert.Equal(u1Balance, chain.GasBalance(u1));
        // NEO moves with Global scope too
        var neo = chain.Invoke(T0 + 2000, new ContractCall(Chain.NeoHash, "transfer", g, u2, 10, null), new TxSigner(g, WitnessScope.Global));
        Assert.Equal(StackValue.Of(true), neo.Result);
        Assert.Equal(new BigInteger(10), chain.NeoBalance(u2));
    }

    [Fact]
    public void Fork_and_restore_bring_back_the_whole_state()
    {
        var chain = Chains.New();
        var g = chain.Accounts.Genesis.Hash;
        var u3 = chain.Accounts["u3"].Hash;
        var before = chain.Fork();
        chain.Transfer(T0, Chain.GasHash, g, u3, 7, null);
        var after = chain.Fork();
        Assert.Equal(new BigInteger(7), chain.GasBalance(u3));
        Assert.Equal(1u, chain.Height);
        chain.Restore(before);
        Assert.Equal(BigInteger.Zero, chain.GasBalance(u3));
        Assert.Equal(0u, chain.Height);
        // the same block replays to the same hash from the restored state
        var replay = chain.ExecuteBlock(T0, new[] { TxRequest.Call(new ContractCall(Chain.GasHash, "transfer", g, u3, 7, null), TxSigner.CalledByEntry(g)) }).Hash;
        chain.Restore(before);
        var again = chain.ExecuteBlock(T0, new[] { TxRequest.Call(new ContractCall(Chain.GasHash, "transfer", g, u3, 7, null), TxSigner.CalledByEntry(g)) }).Hash;
        Assert.Equal(replay, again);
        chain.Restore(after);
        Assert.Equal(new BigInteger(7), chain.GasBalance(u3));
    }

    [Fact]
    public void Restore_across_a_contract_update_runs_each_branchs_code()
    {
        var chain = Chains.New();
        var admin = chain.Accounts["admin"].Hash;
        chain.FundGas(T0, 1000 * Chain.OneGas, admin);
        var v1 = HandContract.Build(updatable: true);
        var h = chain.Deploy(T0 + 1000, v1.Nef, v1.Manifest, admin).Hash;
        var answer = new ContractCall(h, "answer");
        Assert.Equal(StackValue.Of(42), chain.TestInvoke(answer).Result);
        var before = chain.Fork();

        var v2 = HandContract.Build(answer: 43, updatable: true);
        var update = chain.Invoke(T0 + 2000, new ContractCall(h, "update", v2.Nef, v2.Manifest), TxSigner.CalledByEntry(admin));
        Assert.True(update.Halted, update.ToString());
        Assert.Equal(StackValue.Of(43), chain.TestInvoke(answer).Result);
        var after = chain.Fork();

        chain.Restore(before);
        Assert.Equal(StackValue.Of(42), chain.TestInvoke(answer).Result);
        chain.Restore(after);
        Assert.Equal(StackValue.Of(43), chain.TestInvoke(answer).Result);
    }
}
