using System.Diagnostics;
using System.Linq;
using MiniApp.Compiler.Tests.Support;
using MiniApp.Engine;
using Xunit;
using Xunit.Abstractions;

namespace MiniApp.Compiler.Tests.Engine;

/// <summary>
/// Speed figures of the in-process engine (printed; the bounds are deliberately loose, they only
/// catch a pathological slowdown on a shared 2-core machine).
/// </summary>
[Collection(nameof(ThroughputTests))]
public sealed class ThroughputTests(ITestOutputHelper output)
{
    void Report(string what, int n, Stopwatch sw)
    {
        var line = $"[engine] {what}: {n} in {sw.Elapsed.TotalMilliseconds:F0} ms = {n / sw.Elapsed.TotalSeconds:F0}/s";
        output.WriteLine(line);
        System.Console.WriteLine(line);
    }

    [Fact]
    public void Genesis_build_time()
    {
        Chains.New(); // warm-up: JIT and native contract statics
        const int n = 20;
        var sw = Stopwatch.StartNew();
        for (int i = 0; i < n; i++) Chains.New();
        sw.Stop();
        var line = $"[engine] genesis build + persist: {sw.Elapsed.TotalMilliseconds / n:F2} ms per chain";
        output.WriteLine(line);
        System.Console.WriteLine(line);
        Assert.True(sw.Elapsed.TotalMilliseconds / n < 500);
    }

    [Fact]
    public void Invoke_speed()
    {
        var chain = Chains.New();
        var admin = chain.Accounts["admin"].Hash;
        chain.FundGas(Chains.T0, 100_000 * Chain.OneGas, admin);
        var (nef, manifest) = HandContract.Build();
        var h = chain.Deploy(Chains.T0 + 1000, nef, manifest, admin).Hash;
        var add = new ContractCall(h, "add", 2, 40);
        var put = new ContractCall(h, "put", new byte[] { 1 }, "v");
        var signer = TxSigner.CalledByEntry(admin);
        ulong t = Chains.T0 + 2000;
        for (int i = 0; i < 200; i++) chain.TestInvoke(add); // warm-up

        const int reads = 5000;
        var sw = Stopwatch.StartNew();
        for (int i = 0; i < reads; i++) chain.TestInvoke(add);
        sw.Stop();
        Report("test-invoke add(2, 40)", reads, sw);
        Assert.True(reads / sw.Elapsed.TotalSeconds > 500);

        long fee = chain.TestInvoke(put).GasConsumed;
        const int blocks = 20, perBlock = 100;
        sw.Restart();
        for (int b = 0; b < blocks; b++)
        {
            var txs = Enumerable.Range(0, perBlock).Select(_ => new TxRequest(Scripts.Call(put), new[] { signer }, SystemFee: fee)).ToList();
            var result = chain.ExecuteBlock(t += 1000, txs);
            Assert.All(result.Outcomes, o => Assert.True(o.Halted));
        }
        sw.Stop();
        Report($"storage-writing transactions, {perBlock} per block, fixed system fee", blocks * perBlock, sw);

        const int single = 500;
        sw.Restart();
        for (int i = 0; i < single; i++) chain.Invoke(t += 1000, put, signer);
        sw.Stop();
        Report("storage-writing transactions, one per block, fee measured by dry run", single, sw);

        sw.Restart();
        const int forks = 1000;
        var state = chain.Fork();
        for (int i = 0; i < forks; i++) { chain.Restore(state); chain.Fork(); }
        sw.Stop();
        Report("fork + restore of the whole state", forks, sw);
    }
}

/// <summary>Speed is measured alone, after the parallel tests, so the figures mean something.</summary>
[CollectionDefinition(nameof(ThroughputTests), DisableParallelization = true)]
public sealed class ThroughputCollection;
