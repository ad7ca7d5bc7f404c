// Spec: time-capsule.md "Methods" — bury, reveal, giftCapsule, addRecipient, extendUnlockTime,
// each in the spec's order of checks and with its messages.
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace MiniApps
{
    public partial class MiniAppTimeCapsule
    {
        /// <summary>Buries a content hash until unlockTime (paid with a BURY_FEE receipt); returns the new id.</summary>
        public static BigInteger Bury(UInt160 owner, string contentHash, string title, BigInteger unlockTime, bool isPublic, BigInteger category, BigInteger receiptId)
        {
            ValidateNotGloballyPaused(APP_ID);
            if (!(contentHash.Length > 0)) throw new Exception("empty content hash");
            if (!(contentHash.Length <= MAX_CONTENT_HASH_BYTES)) throw new Exception("content hash too long");
            if (!(title.Length <= MAX_TITLE_BYTES)) throw new Exception("title too long");
            if (!(category >= MIN_CATEGORY && category <= MAX_CATEGORY)) throw new Exception("invalid category");
            BigInteger now = Now();
            BigInteger d = unlockTime - now;
            if (!(d >= MIN_LOCK)) throw new Exception("lock too short");
            if (!(d <= MAX_LOCK)) throw new Exception("lock too long");
            ValidateUser(owner);
            ValidatePaymentReceipt(APP_ID, owner, BURY_FEE, receiptId);
            BigInteger id = NextItemId();
            Capsule c = new Capsule
            {
                Owner = owner,
                ContentHash = contentHash,
                Title = title,
                Category = category,
                UnlockTime = unlockTime,
                CreateTime = now,
                IsPublic = isPublic,
                IsRevealed = false,
                Revealer = UInt160.Zero,
                RevealTime = 0,
                RecipientCount = 0,
                ExtensionCount = 0,
                IsGifted = false
            };
            StoreCapsule(id, c);
            if (isPublic) Increment(PREFIX_PUBLIC_CAPSULES);
            SetUnlockTime(id, unlockTime);
            OnCapsuleBuried(owner, id, unlockTime, isPublic, category);
            return id;
        }

        /// <summary>Reveals an unlocked capsule: by its owner, a recipient, or anyone if public.</summary>
        public static void Reveal(UInt160 revealer, BigInteger capsuleId)
        {
            ValidateNotGloballyPaused(APP_ID);
            Capsule c = RequireCapsule(capsuleId);
            if (c.IsRevealed) throw new Exception("already revealed");
            if (!(Now() >= c.UnlockTime)) throw new Exception("not unlocked yet");
            if (!(revealer == c.Owner || c.IsPublic || Read(RecipientKey(capsuleId, revealer)) != null)) throw new Exception("not authorized to reveal");
            ValidateUser(revealer);
            c.IsRevealed = true;
            c.Revealer = revealer;
            c.RevealTime = Now();
            StoreCapsule(capsuleId, c);
            Increment(PREFIX_TOTAL_REVEALED);
            MarkRevealed(capsuleId, revealer);
            OnCapsuleRevealed(capsuleId, revealer, c.ContentHash);
        }

        /// <summary>The owner hands an unrevealed capsule to newOwner (paid with a GIFT_FEE receipt of the owner).</summary>
        public static void GiftCapsule(BigInteger capsuleId, UInt160 newOwner, BigInteger receiptId)
        {
            ValidateNotGloballyPaused(APP_ID);
            Capsule c = RequireCapsule(capsuleId);
            if (c.IsRevealed) throw new Exception("already revealed");
            if (!(newOwner != c.Owner)) throw new Exception("cannot gift to self");
            if (!Runtime.CheckWitness(c.Owner)) throw new Exception("not owner");
            ValidateAddress(newOwner);
            ValidatePaymentReceipt(APP_ID, c.Owner, GIFT_FEE, receiptId);
            UInt160 oldOwner = c.Owner;
            c.Owner = newOwner;
            c.IsGifted = true;
            StoreCapsule(capsuleId, c);
            Increment(PREFIX_TOTAL_GIFTED);
            OnCapsuleGifted(capsuleId, oldOwner, newOwner);
        }

        /// <summary>The owner lets recipient reveal a private, unrevealed capsule.</summary>
        public static void AddRecipient(BigInteger capsuleId, UInt160 recipient)
        {
            ValidateNotGloballyPaused(APP_ID);
            Capsule c = RequireCapsule(capsuleId);
            if (c.IsPublic) throw new Exception("public capsules don't need recipients");
            if (c.IsRevealed) throw new Exception("already revealed");
            if (!Runtime.CheckWitness(c.Owner)) throw new Exception("not owner");
            ValidateAddress(recipient);
            ByteString key = RecipientKey(capsuleId, recipient);
            if (Read(key) != null) throw new Exception("already recipient");
            WriteInteger(key, 1);
            c.RecipientCount += 1;
            StoreCapsule(capsuleId, c);
            OnRecipientAdded(capsuleId, recipient);
        }

        /// <summary>The owner moves the unlock time later, within CreateTime + MAX_LOCK (paid with an EXTEND_FEE receipt).</summary>
        public static void ExtendUnlockTime(BigInteger capsuleId, BigInteger newUnlockTime, BigInteger receiptId)
        {
            ValidateNotGloballyPaused(APP_ID);
            Capsule c = RequireCapsule(capsuleId);
            if (c.IsRevealed) throw new Exception("already revealed");
            if (!(newUnlockTime > c.UnlockTime)) throw new Exception("must extend time");
            if (!Runtime.CheckWitness(c.Owner)) throw new Exception("not owner");
            if (!(newUnlockTime - c.CreateTime <= MAX_LOCK)) throw new Exception("exceeds max duration");
            ValidatePaymentReceipt(APP_ID, c.Owner, EXTEND_FEE, receiptId);
            c.UnlockTime = newUnlockTime;
            c.ExtensionCount += 1;
            StoreCapsule(capsuleId, c);
            // SetUnlockTime's "unlock time must be future" is the method's last check (a FAULT reverts the store above).
            SetUnlockTime(capsuleId, newUnlockTime);
            OnCapsuleExtended(capsuleId, newUnlockTime);
        }
    }
}
