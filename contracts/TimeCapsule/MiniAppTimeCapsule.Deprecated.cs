// Spec: time-capsule.md — deprecated [D] fish: the O(N) on-chain scan for a fishable capsule, kept
// for the equivalence check (TC-P2) and the GAS benchmark.
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Native;

namespace MiniApps
{
    public partial class MiniAppTimeCapsule
    {
        /// <summary>[D] Scans ids from (now mod N) + 1 cyclically and fishes the first fishable one.</summary>
        public static BigInteger Fish(UInt160 fisher, BigInteger receiptId)
        {
            ValidateNotGloballyPaused(APP_ID);
            ValidateUser(fisher);
            ValidatePaymentReceipt(APP_ID, fisher, FISH_FEE, receiptId);
            BigInteger n = TotalItems();
            if (!(n > 0)) throw new Exception("no capsules");
            BigInteger now = Now();
            BigInteger start = now % n + 1;
            for (BigInteger i = 0; i < n; i++)
            {
                BigInteger id = (start + i - 1) % n + 1;
                ByteString stored = Read(CapsuleKey(id));
                if (stored == null) continue;
                Capsule c = (Capsule)StdLib.Deserialize(stored);
                if (c.IsPublic && !c.IsRevealed && now >= c.UnlockTime) return FishCapsule(fisher, id, c);
            }
            throw new Exception("no fishable capsule found");
        }
    }
}
