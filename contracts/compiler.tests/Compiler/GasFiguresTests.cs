extern alias neo;
using System.Linq;
using System.Numerics;
using MiniApp.Compiler.Tests.Support;
using MiniApp.Engine;
using Xunit;
using Xunit.Abstractions;

namespace MiniApp.Compiler.Tests.Compiler;

/// <summary>
/// GAS of a loop sum and of the closed formula n(n−1)/2, deployed and test-invoked on the
/// in-process Neo 3.5.0 engine (same GAS as neo-express). Figures for the closing note;
/// the assertions only pin the shape: the formula is flat in n, the loop grows linearly.
/// </summary>
public class GasFiguresTests(ITestOutputHelper output)
{
    const string Source = """
        using System.Numerics;
        using Neo.SmartContract.Framework;
        using Neo.SmartContract.Framework.Attributes;
        public class GasFigures : SmartContract
        {
            [Safe] public static BigInteger LoopSum(BigInteger n) { BigInteger s = 0; for (BigInteger i = 0; i < n; i++) s += i; return s; }
            [Safe] public static BigInteger Formula(BigInteger n) => n * (n - 1) / 2;
        }
        """;

    [Fact]
    public void Loop_sum_grows_linearly_and_the_formula_is_flat()
    {
        var compiled = ContractCompiler.CompileSources([new SourceFile("GasFigures.cs", Source)]);
        Assert.True(compiled.Success, string.Join("\n", compiled.Diagnostics));
        var c = compiled.Contracts.Single();
        var chain = Chains.New();
        var admin = chain.Accounts["admin"].Hash;
        chain.FundGas(Chains.T0, 1000 * Chain.OneGas, admin);
        var deployed = chain.Deploy(Chains.T0 + 1000, c.Nef, c.ManifestJson, admin);
        Assert.True(deployed.Outcome.Halted, deployed.Outcome.ToString());
        long[] loop = new long[4], formula = new long[4];
        int[] ns = [1, 10, 100, 1000];
        for (int i = 0; i < ns.Length; i++)
        {
            var l = chain.TestInvoke(new ContractCall(deployed.Hash, "loopSum", new BigInteger(ns[i])));
            var f = chain.TestInvoke(new ContractCall(deployed.Hash, "formula", new BigInteger(ns[i])));
            Assert.True(l.Halted && f.Halted);
            Assert.Equal(l.Result.ToString(), f.Result.ToString());
            loop[i] = l.GasConsumed; formula[i] = f.GasConsumed;
            output.WriteLine($"n={ns[i],5}: loopSum {l.GasConsumed,10} datoshi   formula {f.GasConsumed,8} datoshi");
        }
        Assert.All(formula, g => Assert.Equal(formula[0], g));
        Assert.True(loop[3] - loop[2] > 8 * (loop[2] - loop[1]));
    }
}
