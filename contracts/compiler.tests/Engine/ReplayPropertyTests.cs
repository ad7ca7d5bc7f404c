using System.Collections.Generic;
using System.Linq;
using CsCheck;
using MiniApp.Compiler.Tests.Support;
using MiniApp.Engine;
using Xunit;

namespace MiniApp.Compiler.Tests.Engine;

/// <summary>
/// A fork replays: any sequence of blocks run from a restored state gives the same outcomes
/// (values, faults, notifications, GAS), block hashes and storage as the first run.
/// </summary>
public sealed class ReplayPropertyTests
{
    sealed record Step(int Op, int A, int B, int Gap, int TxsInBlock);

    [Fact]
    public void Sequences_replay_identically_from_a_fork()
    {
        var chain = Chains.New();
        var admin = chain.Accounts["admin"].Hash;
        chain.FundGas(Chains.T0, 100_000 * Chain.OneGas, admin);
        var (nef, manifest) = HandContract.Build();
        var h = chain.Deploy(Chains.T0 + 1000, nef, manifest, admin).Hash;
        var start = chain.Fork();
        var signer = TxSigner.CalledByEntry(admin);

        ContractCall CallOf(Step s) => s.Op switch
        {
            0 => new ContractCall(h, "put", new[] { (byte)(s.A % 4) }, new byte[] { (byte)s.B }),
            1 => new ContractCall(h, "add", s.A, s.B),
            2 => new ContractCall(h, "ping", s.A),
            3 => new ContractCall(h, "now"),
            _ => new ContractCall(h, "boom"),
        };

        List<string> Run(Step[] steps)
        {
            chain.Restore(start);
            var log = new List<string>();
            ulong t = chain.NextBlockTime;
            foreach (var s in steps)
            {
                t += (ulong)s.Gap;
                var txs = Enumerable.Range(0, s.TxsInBlock).Select(i => TxRequest.Call(CallOf(s with { A = s.A + i }), signer)).ToList();
                var block = chain.ExecuteBlock(t, txs);
                log.Add($"{block.Index} {block.Hash}");
                log.AddRange(block.Outcomes.Select(o => $"{o} [{string.Join("; ", o.Notifications)}]"));
            }
            log.AddRange(chain.Storage(h).Select(e => e.ToString()));
            log.Add(chain.GasBalance(admin).ToString());
            return log;
        }

        var step = Gen.Select(Gen.Int[0, 4], Gen.Int[-1000, 1000], Gen.Int[0, 255], Gen.Int[1, 100_000], Gen.Int[1, 3],
            (op, a, b, gap, n) => new Step(op, a, b, gap, n));
        step.Array[1, 12].Sample(steps =>
        {
            var first = Run(steps);
            var second = Run(steps);
            Assert.Equal(first, second);
        }, iter: 40, threads: 1);
    }
}
