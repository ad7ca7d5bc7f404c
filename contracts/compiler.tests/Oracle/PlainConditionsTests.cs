using MiniApp.Compiler.Tests.Oracle.Contracts;
using Xunit;
using Xunit.Abstractions;

namespace MiniApp.Compiler.Tests.Oracle;

/// <summary>
/// The <c>ConditionJumps.Plain</c> code generation (compiler flag <c>--plain-conditions</c>) is a second
/// honest build: other code (another NEF, hence another contract hash from the same sender), the
/// same behaviour as the CLR on the contracts full of conditions. The GAS gate's tests use it as
/// "another team's compiler" (gas/plain-conditions-build.ts).
/// </summary>
public sealed class PlainConditionsTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData(nameof(OracleControl))]
    [InlineData(nameof(OracleLogic))]
    public void Plain_conditions_differ_in_code_not_in_meaning(string contract)
    {
        var fused = new OracleDeployment(new CompilerOptions(), only: contract);
        var plain = new OracleDeployment(new CompilerOptions { ConditionJumps = ConditionJumps.Plain }, only: contract);
        Assert.NotEqual(fused.HashOf(contract), plain.HashOf(contract));
        var failures = OracleProperty.Check(plain.Chain, plain.HashOf(contract), contract == nameof(OracleControl) ? typeof(OracleControl) : typeof(OracleLogic), 200, counted: false);
        foreach (var f in failures) output.WriteLine(f);
        Assert.Empty(failures);
    }
}
