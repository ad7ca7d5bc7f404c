extern alias neo;
using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using System.Threading;
using CsCheck;
using MiniApp.Engine;
using UInt160 = neo::Neo.UInt160;

namespace MiniApp.Compiler.Tests.Oracle;

/// <summary>
/// The oracle property: for every public static method of an oracle contract and random
/// arguments, the NeoVM run (test invocation of the deployed contract) does what the CLR run
/// says (<see cref="ClrOracle"/>). Failures are collected per method, each shrunk by CsCheck.
/// </summary>
public static class OracleProperty
{
    static long totalCases;
    /// <summary>Random cases run so far in this test process by the oracle property (mutation runs not counted).</summary>
    public static long TotalCases => Interlocked.Read(ref totalCases);

    static long faultCases;
    /// <summary>Of <see cref="TotalCases"/>, those where NeoVM had to FAULT (overflow, division by zero, bad index, shift count).</summary>
    public static long FaultCases => Interlocked.Read(ref faultCases);

    public static IReadOnlyList<string> Check(Chain chain, UInt160 contract, Type cls, long casesPerMethod, string? seed = null, bool counted = true)
    {
        var failures = new List<string>();
        foreach (var m in cls.GetMethods(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly).OrderBy(m => m.Name))
        {
            try
            {
                Domains.For(m).Sample(args => CheckOne(chain, contract, m, args, counted), seed: seed, iter: casesPerMethod, threads: 1,
                    print: args => $"{m.Name}({string.Join(", ", args.Select(ClrOracle.Show))})");
            }
            catch (Exception e)
            {
                failures.Add($"{cls.Name}.{m.Name}: {e.Message}" + (e.InnerException is { } inner ? $"\n  → {inner.Message}" : ""));
            }
        }
        return failures;
    }

    static void CheckOne(Chain chain, UInt160 contract, MethodInfo m, object?[] args, bool counted)
    {
        if (counted) Interlocked.Increment(ref totalCases);
        var expected = ClrOracle.Run(m, args);
        if (counted && expected is Expected.Fault) Interlocked.Increment(ref faultCases);
        var outcome = chain.TestInvoke(new ContractCall(contract, AbiName(m.Name), args));
        switch (expected)
        {
            case Expected.Fault f when outcome.Halted:
                throw new OracleMismatch($"NeoVM must FAULT ({f.Why}) but returned {outcome.Result}");
            case Expected.Value v when !outcome.Halted:
                throw new OracleMismatch($"CLR returned {ClrOracle.Show(v.Clr)} but NeoVM FAULTed: {outcome.Exception}");
            case Expected.Value v when !ClrOracle.Matches(outcome.Result, v.Clr):
                throw new OracleMismatch($"CLR returned {ClrOracle.Show(v.Clr)} but NeoVM returned {outcome.Result}");
        }
    }

    /// <summary>Manifest method name as nccs makes it: the C# name with its first letter lower-cased.</summary>
    public static string AbiName(string csharpName) => char.ToLowerInvariant(csharpName[0]) + csharpName[1..];
}

public sealed class OracleMismatch(string message) : Exception(message);
