// Spec: time-capsule.md — hybrid [H]: fishWithId (the frontend's id checked in O(1)),
// getCapsuleFishStatus (the raw data the frontend's search reads), and FISH, shared with fish.
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace MiniApps
{
    public partial class MiniAppTimeCapsule
    {
        /// <summary>[H] Fishes the capsule the frontend chose: exists, public, unrevealed, unlocked.</summary>
        public static BigInteger FishWithId(UInt160 fisher, BigInteger capsuleId, BigInteger receiptId)
        {
            ValidateNotGloballyPaused(APP_ID);
            ValidateUser(fisher);
            ValidatePaymentReceipt(APP_ID, fisher, FISH_FEE, receiptId);
            Capsule c = RequireCapsule(capsuleId);
            if (!c.IsPublic) throw new Exception("capsule not public");
            if (c.IsRevealed) throw new Exception("already revealed");
            if (!(Now() >= c.UnlockTime)) throw new Exception("not unlocked yet");
            return FishCapsule(fisher, capsuleId, c);
        }

        /// <summary>[H] {exists, isPublic, isRevealed, unlockTime, currentTime}; {exists: false} without CK.</summary>
        [Safe]
        public static Map<string, object> GetCapsuleFishStatus(BigInteger capsuleId)
        {
            Map<string, object> status = new Map<string, object>();
            ByteString stored = Read(CapsuleKey(capsuleId));
            if (stored == null)
            {
                status["exists"] = false;
                return status;
            }
            Capsule c = (Capsule)StdLib.Deserialize(stored);
            status["exists"] = true;
            status["isPublic"] = c.IsPublic;
            status["isRevealed"] = c.IsRevealed;
            status["unlockTime"] = c.UnlockTime;
            status["currentTime"] = Now();
            return status;
        }

        /// <summary>FISH(fisher, id): reveal to the fisher, count it, pay FISH_REWARD from the app's GAS.</summary>
        private static BigInteger FishCapsule(UInt160 fisher, BigInteger capsuleId, Capsule c)
        {
            c.IsRevealed = true;
            c.Revealer = fisher;
            c.RevealTime = Now();
            StoreCapsule(capsuleId, c);
            Increment(PREFIX_TOTAL_REVEALED);
            Increment(PREFIX_TOTAL_FISHED);
            MarkRevealed(capsuleId, fisher);
            if (!GAS.Transfer(Runtime.ExecutingScriptHash, fisher, FISH_REWARD, null)) throw new Exception("reward transfer failed");
            OnCapsuleRevealed(capsuleId, fisher, c.ContentHash);
            OnCapsuleFished(fisher, capsuleId, FISH_REWARD);
            return capsuleId;
        }
    }
}
