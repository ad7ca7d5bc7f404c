extern alias neo;
using System;
using System.IO;
using System.Linq;
using MiniApp.Compiler.Tests.Support;
using MiniApp.Engine;
using UInt160 = neo::Neo.UInt160;

namespace MiniApp.Compiler.Tests.Constructs;

/// <summary>Compiles one per-construct contract with <see cref="ContractCompiler"/> and deploys it.</summary>
public sealed class ConstructDeployer
{
    public Chain Chain { get; } = Chains.New();
    public ChainAccount Admin => Chain.Accounts["admin"];
    ulong time = Chains.T0;

    public ConstructDeployer()
    {
        Chain.FundGas(NextTime(), 10_000 * Chain.OneGas, Admin.Hash, Chain.Accounts["u1"].Hash, Chain.Accounts["u2"].Hash);
    }

    public ulong NextTime() => time += 1000;

    public Deployment Deploy(string contract)
    {
        var file = Path.Combine(Paths.ProjectDir, "Constructs", "Contracts", contract + ".cs");
        var result = ContractCompiler.CompileSources(new[] { new SourceFile(file, File.ReadAllText(file)) }, new CompilerOptions { ContractName = contract });
        var compiled = result.Contracts.FirstOrDefault(c => c.Name == contract);
        if (!result.Success || compiled is null)
            throw new InvalidOperationException($"{contract}: compile failed:\n  " + string.Join("\n  ", result.Diagnostics));
        var d = Chain.Deploy(NextTime(), compiled.Nef, compiled.ManifestJson, Admin.Hash);
        if (!d.Outcome.Halted) throw new InvalidOperationException($"{contract}: manifest/NEF refused by ContractManagement.deploy: {d.Outcome}");
        return d;
    }

    public Outcome Call(UInt160 contract, string method, params object?[] args) =>
        Chain.Invoke(NextTime(), new ContractCall(contract, method, args), TxSigner.CalledByEntry(Admin.Hash));

    public Outcome CallAs(TxSigner signer, UInt160 contract, string method, params object?[] args) =>
        Chain.Invoke(NextTime(), new ContractCall(contract, method, args), signer);

    public Outcome Read(UInt160 contract, string method, params object?[] args) =>
        Chain.TestInvoke(new ContractCall(contract, method, args));
}
