// Spec: coin-flip.md "ABI" — getFlipScriptInfo, getBet, getPlayerStats, getBetCount,
// getTotalWagered, getTotalPaid, getJackpotPool.
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;

namespace MiniApps
{
    public partial class MiniAppCoinFlip
    {
        /// <summary>getScriptInfo("flip-coin").</summary>
        [Safe]
        public static Map<string, object> GetFlipScriptInfo()
        {
            return GetScriptInfo(SCRIPT_NAME);
        }

        /// <summary>The Struct at 41‖bytes(betId), or null.</summary>
        [Safe]
        public static object[] GetBet(BigInteger betId)
        {
            ByteString stored = Read(BetKey(betId));
            if (stored == null) return null;
            return (object[])StdLib.Deserialize(stored);
        }

        /// <summary>The stored Struct, or nine zeros (an Array) when absent.</summary>
        [Safe]
        public static BigInteger[] GetPlayerStats(UInt160 player)
        {
            ByteString stored = Read(StatsKey(player));
            if (stored != null) return (BigInteger[])StdLib.Deserialize(stored);
            return new BigInteger[] { 0, 0, 0, 0, 0, 0, 0, 0, 0 };
        }

        [Safe]
        public static BigInteger GetBetCount()
        {
            return ReadInteger(PREFIX_BET_COUNTER);
        }

        [Safe]
        public static BigInteger GetTotalWagered()
        {
            return ReadInteger(PREFIX_TOTAL_WAGERED);
        }

        [Safe]
        public static BigInteger GetTotalPaid()
        {
            return ReadInteger(PREFIX_TOTAL_PAID);
        }

        [Safe]
        public static BigInteger GetJackpotPool()
        {
            return ReadInteger(PREFIX_JACKPOT_POOL);
        }
    }
}
