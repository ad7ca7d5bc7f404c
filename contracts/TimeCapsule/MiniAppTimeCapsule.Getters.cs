// Spec: time-capsule.md "Other getters" — getCapsuleData, isRecipient, the totals.
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;

namespace MiniApps
{
    public partial class MiniAppTimeCapsule
    {
        /// <summary>The Struct at CK, or null.</summary>
        [Safe]
        public static object[] GetCapsuleData(BigInteger capsuleId)
        {
            ByteString stored = Read(CapsuleKey(capsuleId));
            if (stored == null) return null;
            return (object[])StdLib.Deserialize(stored);
        }

        [Safe]
        public static bool IsRecipient(BigInteger capsuleId, UInt160 user)
        {
            return Read(RecipientKey(capsuleId, user)) != null;
        }

        /// <summary>1E, the TimeLockBase item counter.</summary>
        [Safe]
        public static BigInteger TotalCapsules()
        {
            return TotalItems();
        }

        [Safe]
        public static BigInteger TotalPublicCapsules()
        {
            return ReadInteger(PREFIX_PUBLIC_CAPSULES);
        }

        [Safe]
        public static BigInteger TotalRevealed()
        {
            return ReadInteger(PREFIX_TOTAL_REVEALED);
        }

        [Safe]
        public static BigInteger TotalFished()
        {
            return ReadInteger(PREFIX_TOTAL_FISHED);
        }

        [Safe]
        public static BigInteger TotalGifted()
        {
            return ReadInteger(PREFIX_TOTAL_GIFTED);
        }
    }
}
