extern alias neo;
using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using MiniApp.Compiler.Tests.Support;
using MiniApp.Engine;
using UInt160 = neo::Neo.UInt160;

namespace MiniApp.Compiler.Tests.Oracle;

/// <summary>
/// The oracle contracts compiled by <see cref="ContractCompiler"/> and deployed on one in-process
/// chain. Each contract file is compiled on its own, so one unsupported construct does not hide
/// the others; a compile or deploy failure is kept and reported by that contract's test.
/// </summary>
public sealed class OracleDeployment
{
    public Chain Chain { get; }
    readonly Dictionary<string, UInt160> hashes = new();
    readonly Dictionary<string, string> failures = new();
    ulong time = Chains.T0;

    /// <param name="only">compile and deploy only this contract (null: all)</param>
    internal OracleDeployment(CompilerOptions options, string? only = null)
    {
        Chain = Chains.New();
        var admin = Chain.Accounts["admin"].Hash;
        Chain.FundGas(time, 100_000 * Chain.OneGas, admin);
        var dir = Path.Combine(Paths.ProjectDir, "Oracle", "Contracts");
        var shared = Directory.GetFiles(Path.Combine(dir, "Shared"), "*.cs").Select(f => new SourceFile(f, File.ReadAllText(f))).ToList();
        foreach (var file in Directory.GetFiles(dir, "*.cs").OrderBy(f => f))
        {
            var name = Path.GetFileNameWithoutExtension(file);
            if (only is not null && name != only) continue;
            var sources = shared.Prepend(new SourceFile(file, File.ReadAllText(file))).ToList();
            var result = ContractCompiler.CompileSources(sources, options with { ContractName = name });
            var compiled = result.Contracts.FirstOrDefault(c => c.Name == name);
            if (!result.Success || compiled is null)
            {
                failures[name] = "compile failed:\n  " + string.Join("\n  ", result.Diagnostics.Select(d => d.ToString()));
                continue;
            }
            var d = Chain.Deploy(time += 1000, compiled.Nef, compiled.ManifestJson, admin);
            if (!d.Outcome.Halted) failures[name] = $"deploy failed: {d.Outcome}";
            else hashes[name] = d.Hash;
        }
    }

    public OracleDeployment() : this(new CompilerOptions()) { }

    /// <summary>The deployed contract of that name; throws with the compiler's diagnostics otherwise.</summary>
    public UInt160 HashOf(string contract) =>
        hashes.TryGetValue(contract, out var h) ? h
        : throw new InvalidOperationException($"{contract}: {failures.GetValueOrDefault(contract, "no such oracle contract")}");
}
