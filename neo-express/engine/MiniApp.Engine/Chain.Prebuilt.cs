using Neo;
using Neo.Network.P2P.Payloads;
using Neo.SmartContract.Native;

namespace MiniApp.Engine;

public sealed partial class Chain
{
    /// <summary>
    /// The node's state-dependent checks that a transaction built elsewhere can fail and one built
    /// here cannot (Transaction.VerifyStateDependent: Expired, AlreadyExists; the mempool: one hash
    /// once). Without them such a block would fault in the Ledger's OnPersist or persist a
    /// transaction neo-express would never have taken. Witnesses and network fees are not checked.
    /// </summary>
    string? InvalidPrebuilt(Transaction[] txs)
    {
        var seen = new HashSet<UInt256>();
        for (int i = 0; i < txs.Length; i++)
        {
            var tx = txs[i];
            if (tx.ValidUntilBlock <= tip.Index || tx.ValidUntilBlock > tip.Index + Settings.MaxValidUntilBlockIncrement)
                return $"transaction {i} ({tx.Hash}) has validUntilBlock {tx.ValidUntilBlock}, outside ({tip.Index}, {tip.Index + Settings.MaxValidUntilBlockIncrement}]: the node would reject it as expired";
            if (!seen.Add(tx.Hash))
                return $"transaction {i} ({tx.Hash}) appears twice in the block";
            if (NativeContract.Ledger.ContainsTransaction(working, tx.Hash))
                return $"transaction {i} ({tx.Hash}) is already on the chain";
        }
        return null;
    }
}
