// Spec: on-chain-tarot.md "ABI" — getTarotConstants, getReading, getUserReadingCount,
// totalReadings, getSpreadCount.
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;

namespace MiniApps
{
    public partial class MiniAppOnChainTarot
    {
        /// <summary>{totalCards, scriptName, scriptHash (null when not registered), scriptVersion,
        /// fees, cardCounts, currentTime} in this order.</summary>
        [Safe]
        public static Map<string, object> GetTarotConstants()
        {
            Map<string, object> constants = new Map<string, object>();
            constants["totalCards"] = TOTAL_CARDS;
            constants["scriptName"] = SCRIPT_NAME;
            constants["scriptHash"] = GetScriptHash(SCRIPT_NAME);
            constants["scriptVersion"] = GetScriptVersion(SCRIPT_NAME);
            constants["fees"] = new BigInteger[] { SpreadFee(1), SpreadFee(2), SpreadFee(3), SpreadFee(4) };
            constants["cardCounts"] = new BigInteger[] { SpreadCards(1), SpreadCards(2), SpreadCards(3), SpreadCards(4) };
            constants["currentTime"] = Now();
            return constants;
        }

        /// <summary>The Struct at 41‖bytes(readingId), or null.</summary>
        [Safe]
        public static object[] GetReading(BigInteger readingId)
        {
            ByteString stored = StoredReading(readingId);
            if (stored == null) return null;
            return (object[])StdLib.Deserialize(stored);
        }

        /// <summary>42‖h160(user) (0 if absent).</summary>
        [Safe]
        public static BigInteger GetUserReadingCount(UInt160 user)
        {
            return ReadInteger(UserReadingsKey(user));
        }

        [Safe]
        public static BigInteger TotalReadings()
        {
            return ReadInteger(PREFIX_TOTAL_READINGS);
        }

        /// <summary>44‖bytes(spreadType) for any integer (0 if absent).</summary>
        [Safe]
        public static BigInteger GetSpreadCount(BigInteger spreadType)
        {
            return ReadInteger(SpreadCountKey(spreadType));
        }
    }
}
