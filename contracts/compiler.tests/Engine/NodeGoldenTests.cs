extern alias neo;
using MiniApp.Compiler.Tests.Support;
using MiniApp.Engine;
using Xunit;
using ContractManifest = neo::Neo.SmartContract.Manifest.ContractManifest;

namespace MiniApp.Compiler.Tests.Engine;

/// <summary>
/// Golden figures read from a real neo-express 3.5.20 node started from the committed chain file
/// (2026-11-30: <c>neoxp transfer 1000 GAS genesis admin</c>, <c>neoxp contract deploy Hand.nef admin</c>,
/// then RPC <c>invokescript</c> with the scripts below and <c>getapplicationlog</c>/<c>getrawtransaction</c>).
/// The in-process engine must reproduce them to the datoshi.
/// </summary>
public sealed class NodeGoldenTests
{
    [Fact]
    public void Gas_fees_and_hashes_equal_the_neo_express_nodes()
    {
        var chain = Chains.New();
        var admin = chain.Accounts["admin"].Hash;
        var fund = chain.FundGas(Chains.T0, 1000 * Chain.OneGas, admin);
        Assert.Equal(9_977_750, fund.Outcomes[0].GasConsumed);
        Assert.Equal(9_977_750, fund.Transactions[0].SystemFee);
        Assert.Equal(1_237_580, fund.Transactions[0].NetworkFee);
        Assert.Equal(254, fund.Transactions[0].Size);

        var (nef, manifest) = HandContract.Build();
        var d = chain.Deploy(Chains.T0 + 1000, nef, ContractManifest.Parse(manifest).ToJson().ToString(), admin);
        Assert.Equal("0x14f7e0edfcf2c2d1ec777b7a1d559b64506624d9", d.Hash.ToString());
        Assert.Equal(1_001_060_680, d.Outcome.GasConsumed);

        (string Method, object?[] Args, VmState State, long Gas)[] node =
        {
            ("add", new object?[] { 2, 40 }, VmState.Halt, 1_047_360),   // ACgSEsAfDANhZGQMFNkkZlBkm1Udent37NHC8vzt4PcUQWJ9W1I=
            ("answer", new object?[0], VmState.Halt, 984_060),
            ("boom", new object?[0], VmState.Fault, 999_630),
            ("ping", new object?[] { 7 }, VmState.Halt, 2_091_780),
            ("put", new object?[] { new byte[] { 1 }, "v" }, VmState.Halt, 2_231_060),
        };
        foreach (var (method, args, state, gas) in node)
        {
            var o = chain.TestInvoke(new ContractCall(d.Hash, method, args));
            Assert.Equal((method, state, gas), (method, o.State, o.GasConsumed));
        }
    }
}
