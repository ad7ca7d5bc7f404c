using System.Linq;
using MiniApp.Compiler.Tests.Oracle.Contracts;
using Xunit;
using Xunit.Abstractions;

namespace MiniApp.Compiler.Tests.Oracle;

/// <summary>
/// The oracle bites: a compiler that floors divisions (CompilerOptions.Mutation = DivisionFloors)
/// must make the property fail, on the division methods and only through them.
/// </summary>
public sealed class MutationTests(ITestOutputHelper output)
{
    [Fact]
    public void Floor_division_compiler_is_caught_by_the_oracle()
    {
        var mutated = new OracleDeployment(new CompilerOptions { Mutation = Mutation.DivisionFloors }, only: nameof(OracleArithmetic));
        var failures = OracleProperty.Check(mutated.Chain, mutated.HashOf(nameof(OracleArithmetic)), typeof(OracleArithmetic), 200, counted: false);
        foreach (var f in failures) output.WriteLine(f);
        Assert.Contains(failures, f => f.StartsWith("OracleArithmetic.Div:"));
        // Methods without a division still agree: the failure is the mutation, not noise.
        Assert.DoesNotContain(failures, f => f.StartsWith("OracleArithmetic.Add:") || f.StartsWith("OracleArithmetic.Mul:"));
    }
}
