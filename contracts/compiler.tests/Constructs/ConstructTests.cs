extern alias neo;
using System.Linq;
using System.Numerics;
using System.Text;
using System.Text.Json;
using MiniApp.Engine;
using neo::Neo.IO;
using Xunit;
using NeoScriptHash = neo::Neo.SmartContract.Helper;
using WitnessScope = neo::Neo.Network.P2P.Payloads.WitnessScope;

namespace MiniApp.Compiler.Tests.Constructs;

/// <summary>
/// One small contract per feature, compiled by our compiler, deployed in the in-process Neo 3.5.0
/// engine and invoked: the manifest is accepted and results, notifications and storage are right.
/// </summary>
public sealed class ConstructTests
{
    static StackValue Str(string s) => StackValue.Of(s);
    static byte[] Utf8(string s) => Encoding.UTF8.GetBytes(s);

    static JsonElement AbiMethod(Chain chain, neo::Neo.UInt160 contract, string name) =>
        JsonDocument.Parse(chain.ManifestOf(contract)!).RootElement.GetProperty("abi").GetProperty("methods")
            .EnumerateArray().Single(m => m.GetProperty("name").GetString() == name);

    [Fact]
    public void Storage_put_get_delete_and_find()
    {
        var x = new ConstructDeployer();
        var h = x.Deploy("StorageProbe").Hash;
        Assert.True(AbiMethod(x.Chain, h, "get").GetProperty("safe").GetBoolean());
        Assert.False(AbiMethod(x.Chain, h, "put").GetProperty("safe").GetBoolean());

        Assert.True(x.Call(h, "put", "a1", 5).Halted);
        Assert.True(x.Call(h, "put", "a2", 300).Halted);
        Assert.True(x.Call(h, "put", "b1", -1).Halted);
        Assert.True(x.Call(h, "put", "z", 0).Halted);

        Assert.Equal(StackValue.Of(300), x.Read(h, "get", "a2").Result);
        Assert.Equal(StackValue.Of(0), x.Read(h, "get", "nothing").Result);
        Assert.Equal(StackValue.Of(true), x.Read(h, "has", "z").Result);   // empty value is present (spec §3)
        Assert.Equal(StackValue.Of(false), x.Read(h, "has", "nothing").Result);
        Assert.Equal(StackValue.Of(2), x.Read(h, "countPrefix", "a").Result);
        Assert.Equal(StackValue.Of(305), x.Read(h, "sumPrefix", "a").Result);
        Assert.Equal(StackValue.Of(4), x.Read(h, "countPrefix", "").Result);
        var keys = x.Read(h, "keysUnder", "a").Result;
        Assert.Equal(Utf8("12"), Assert.IsAssignableFrom<BytesValue>(keys).Bytes);

        // raw storage: key utf8, value bytes(n) (spec §3), "z" holds the empty value
        var raw = x.Chain.Storage(h).Select(e => (Encoding.UTF8.GetString(e.Key), new BigInteger(e.Value))).ToList();
        Assert.Equal(new[] { ("a1", new BigInteger(5)), ("a2", new BigInteger(300)), ("b1", BigInteger.MinusOne), ("z", BigInteger.Zero) }, raw);
        Assert.Empty(x.Chain.StorageValue(h, Utf8("z"))!);

        Assert.True(x.Call(h, "delete", "a1").Halted);
        Assert.Equal(StackValue.Of(1), x.Read(h, "countPrefix", "a").Result);
        Assert.Null(x.Chain.StorageValue(h, Utf8("a1")));
    }

    [Fact]
    public void Events_from_display_name_delegates()
    {
        var x = new ConstructDeployer();
        var h = x.Deploy("EventProbe").Hash;
        var manifest = JsonDocument.Parse(x.Chain.ManifestOf(h)!).RootElement;
        var ev = manifest.GetProperty("abi").GetProperty("events").EnumerateArray().Single();
        Assert.Equal("Scored", ev.GetProperty("name").GetString());
        Assert.Equal(new[] { "player:Hash160", "points:Integer", "note:String", "best:Boolean" },
            ev.GetProperty("parameters").EnumerateArray().Select(p => $"{p.GetProperty("name").GetString()}:{p.GetProperty("type").GetString()}"));

        var u1 = x.Chain.Accounts["u1"].Hash;
        var o = x.Call(h, "score", u1, 150);
        Assert.True(o.Halted, o.ToString());
        var n = Assert.Single(o.Notifications);
        Assert.Equal(h, n.Contract);
        Assert.Equal("Scored", n.EventName);
        Assert.Equal(new StackValue[] { new ByteStringValue(u1.ToArray()), StackValue.Of(150), Str("ok"), StackValue.Of(true) }, n.Args);
        Assert.Equal(StackValue.Of(false), x.Call(h, "score", u1, 100).Notifications.Single().Args[3]);

        var failed = x.Call(h, "scoreThenFail", u1);
        Assert.Equal(VmState.Fault, failed.State);
        Assert.Equal("after event", failed.ThrownMessage);
        Assert.Empty(failed.Notifications);
    }

    [Fact]
    public void Calls_between_contracts()
    {
        var x = new ConstructDeployer();
        var storage = x.Deploy("StorageProbe").Hash;
        var caller = x.Deploy("CallerProbe").Hash;

        var o = x.Call(caller, "putThrough", storage, "k", 9);
        Assert.True(o.Halted, o.ToString());
        Assert.Equal(StackValue.Of(9), o.Result);
        Assert.Equal(new byte[] { 9 }, x.Chain.StorageValue(storage, Utf8("k")));
        Assert.Empty(x.Chain.Storage(caller));

        Assert.Equal(new ByteStringValue(caller.ToArray()), x.Read(caller, "self").Result);
        // called by another contract: CallingScriptHash is that contract
        Assert.Equal(new ByteStringValue(caller.ToArray()), x.Call(caller, "callerSeenBy", caller).Result);
        // called by the entry script: CallingScriptHash is the script's hash (spec §5)
        var call = new ContractCall(caller, "caller");
        var entryHash = NeoScriptHash.ToScriptHash(Scripts.Call(call));
        Assert.Equal(new ByteStringValue(entryHash.ToArray()), x.Chain.TestInvoke(call).Result);
    }

    [Fact]
    public void Deploy_hook_gas_transfers_witnesses_and_time()
    {
        var x = new ConstructDeployer();
        var w = x.Deploy("WalletProbe").Hash;
        var admin = x.Admin.Hash;
        var u1 = x.Chain.Accounts["u1"].Hash;
        Assert.Contains(JsonDocument.Parse(x.Chain.ManifestOf(w)!).RootElement.GetProperty("abi").GetProperty("methods").EnumerateArray(),
            m => m.GetProperty("name").GetString() == "onNEP17Payment");

        // _deploy stored the deployer (tx.Sender)
        Assert.Equal(new ByteStringValue(admin.ToArray()), x.Read(w, "owner").Result);

        // native GAS transfer into the contract runs its onNEP17Payment
        var pay = x.Chain.Transfer(x.NextTime(), Chain.GasHash, admin, w, 5 * Chain.OneGas);
        Assert.Equal(StackValue.Of(true), pay.Result);
        Assert.Equal(new BigInteger(5 * Chain.OneGas), x.Chain.GasBalance(w));
        Assert.Equal(StackValue.Of(5 * Chain.OneGas), x.Read(w, "received").Result);

        // CheckWitness follows the signer's scope
        Assert.Equal(StackValue.Of(true), x.CallAs(TxSigner.CalledByEntry(admin), w, "isWitness", admin).Result);
        Assert.Equal(StackValue.Of(false), x.CallAs(TxSigner.CalledByEntry(u1), w, "isWitness", admin).Result);
        Assert.Equal(StackValue.Of(false), x.CallAs(TxSigner.CustomContracts(admin, Chain.GasHash), w, "isWitness", admin).Result);
        Assert.Equal(StackValue.Of(true), x.CallAs(TxSigner.CustomContracts(admin, w), w, "isWitness", admin).Result);
        Assert.Equal(StackValue.Of(true), x.CallAs(new TxSigner(admin, WitnessScope.Global), w, "isWitness", admin).Result);

        // a payout from the contract's own balance, owner-only
        var denied = x.CallAs(TxSigner.CalledByEntry(u1), w, "withdraw", u1, 2 * Chain.OneGas);
        Assert.Equal("unauthorized", denied.ThrownMessage);
        var before = x.Chain.GasBalance(u1); // after u1 paid the fees of its own failed call
        var paid = x.Call(w, "withdraw", u1, 2 * Chain.OneGas);
        Assert.True(paid.Halted, paid.ToString());
        var transfer = Assert.Single(paid.Notifications);
        Assert.Equal((Chain.GasHash, "Transfer"), (transfer.Contract, transfer.EventName));
        Assert.Equal(new StackValue[] { new ByteStringValue(w.ToArray()), new ByteStringValue(u1.ToArray()), StackValue.Of(2 * Chain.OneGas) }, transfer.Args);
        Assert.Equal(before + 2 * Chain.OneGas, x.Chain.GasBalance(u1));
        Assert.Equal(new BigInteger(3 * Chain.OneGas), x.Chain.GasBalance(w));

        // Runtime.Time is the block timestamp in ms; a test invocation sees last block + 15 s
        ulong t = x.NextTime() + 86_400_000;
        var stamp = x.Chain.Invoke(t, new ContractCall(w, "stamp"), TxSigner.CalledByEntry(admin));
        Assert.Equal(StackValue.Of(t), stamp.Result);
        Assert.Equal(new BigInteger(t).ToByteArray(), x.Chain.StorageValue(w, new byte[] { 3 }));
        Assert.Equal(StackValue.Of(t + 15_000), x.Read(w, "now").Result);
    }

    [Fact]
    public void Records_in_storage_are_serialized_structs()
    {
        var x = new ConstructDeployer();
        var h = x.Deploy("RecordProbe").Hash;
        Assert.True(x.Call(h, "save", 7, "seven", true).Halted);
        Assert.True(x.Call(h, "save", 300, "", false).Halted);
        Assert.True(x.Call(h, "save", 5, "fünf", true).Halted);

        // key 41‖bytes(id), value StdLib.serialize of a Struct (41), fields in order (spec §3)
        var seven = x.Chain.StorageValue(h, new byte[] { 0x41, 7 });
        Assert.Equal("4103210107280573657665" + "6e" + "2001", System.Convert.ToHexString(seven!).ToLowerInvariant());
        Assert.NotNull(x.Chain.StorageValue(h, new byte[] { 0x41, 0x2c, 0x01 }));

        var loaded = x.Read(h, "load", 5).Result;
        Assert.Equal(new StructValue(new StackValue[] { StackValue.Of(5), Str("fünf"), StackValue.Of(true) }), loaded);
        Assert.Equal(StackValue.Of(12), x.Read(h, "sumFlagged").Result);

        var map = Assert.IsType<MapValue>(x.Read(h, "describe", 300).Result);
        Assert.Equal(new[] { (Str("id"), StackValue.Of(300)), (Str("name"), Str("")) }, map.Entries.Select(e => (e.Key, e.Value)));
    }

    [Fact]
    public void Manifest_permissions_are_enforced_and_native_calls_declared()
    {
        var x = new ConstructDeployer();
        var storage = x.Deploy("StorageProbe").Hash;
        var p = x.Deploy("PermissionProbe").Hash;
        var u1 = x.Chain.Accounts["u1"].Hash;

        var write = x.Call(p, "writeOther", storage);
        Assert.Equal(VmState.Fault, write.State);
        // Neo 3.5 formats the method descriptor object itself, hence no method name in the text
        Assert.StartsWith("Cannot Call Method ", write.Exception);
        Assert.Contains($"Of Contract {storage} From Contract {p}", write.Exception);
        Assert.Null(write.ThrownMessage);

        Assert.Equal(StackValue.Of(0), x.Call(p, "readOther", storage).Result);   // get is [Safe]

        Assert.Equal(StackValue.Of(true), x.Chain.Transfer(x.NextTime(), Chain.GasHash, x.Admin.Hash, p, 100).Result);
        var pay = x.Call(p, "payOut", u1, 60);
        Assert.True(pay.Halted, pay.ToString());
        Assert.Equal(StackValue.Of(true), pay.Result);
        Assert.Equal(new BigInteger(40), x.Chain.GasBalance(p));
    }
}
