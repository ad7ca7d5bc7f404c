using System;
using System.Linq;
using MiniApp.Compiler.Tests.Oracle.Contracts;
using Xunit;
using Xunit.Abstractions;

namespace MiniApp.Compiler.Tests.Oracle;

/// <summary>The CLR is the oracle: each oracle contract behaves on NeoVM as in .NET (issue 3, Proof),
/// except where nccs 3.5.0 gives another meaning (NeoVmRules, issue #13).</summary>
public sealed class OracleTests(OracleDeployment deployment, ITestOutputHelper output) : IClassFixture<OracleDeployment>
{
    const long Cases = 500;

    void Property(Type contract, long cases = Cases)
    {
        long before = OracleProperty.TotalCases;
        var failures = OracleProperty.Check(deployment.Chain, deployment.HashOf(contract.Name), contract, cases);
        output.WriteLine($"oracle {contract.Name}: {OracleProperty.TotalCases - before} random cases (process total {OracleProperty.TotalCases})");
        Console.WriteLine($"[oracle] {contract.Name}: {OracleProperty.TotalCases - before} random cases, {failures.Count} failing methods (oracle total so far {OracleProperty.TotalCases}, of which {OracleProperty.FaultCases} must FAULT)");
        Assert.True(failures.Count == 0, string.Join("\n\n", failures));
    }

    [Fact] public void Arithmetic_matches_the_CLR() => Property(typeof(OracleArithmetic), 1000);
    [Fact] public void Fixed_width_integers_wrap_like_the_CLR_where_nccs_wraps() => Property(typeof(OracleFixedWidth));
    [Fact] public void Integer_casts_at_the_range_ends_match_the_CLR() => Property(typeof(OracleCasts), 400);
    [Fact] public void Logic_matches_the_CLR() => Property(typeof(OracleLogic));
    [Fact] public void Strings_and_bytes_match_the_CLR() => Property(typeof(OracleStrings));
    [Fact] public void Structs_and_arrays_match_the_CLR() => Property(typeof(OracleStructs));
    [Fact] public void Control_flow_matches_the_CLR() => Property(typeof(OracleControl), 300);
    [Fact] public void Struct_assignment_shares_as_nccs() => Property(typeof(OracleStructCopy), 300);
    [Fact] public void Struct_arrays_by_size_as_nccs() => Property(typeof(OracleStructArrays), 200);
}
