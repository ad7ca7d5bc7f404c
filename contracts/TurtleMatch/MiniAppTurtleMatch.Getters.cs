// Spec: turtle-match.md "ABI" and "Getters" — calculateGameResult, getSession, getTurtleConstants,
// getColorReward, getBlindboxPrice, getSessionCount, getTotalBoxes, getTotalMatches, getTotalPaid,
// getPlayerSessionCount.
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;

namespace MiniApps
{
    public partial class MiniAppTurtleMatch
    {
        /// <summary>[m, r] of GAME(seed, boxCount) for any seed bytes; 1 ≤ boxCount ≤ 20 → "invalid box count".</summary>
        [Safe]
        public static BigInteger[] CalculateGameResult(ByteString seed, BigInteger boxCount)
        {
            if (!(boxCount >= 1 && boxCount <= MAX_BOXES)) throw new Exception("invalid box count");
            return Game(seed, boxCount);
        }

        /// <summary>The Struct at 40‖bytes(sessionId), or null.</summary>
        [Safe]
        public static object[] GetSession(BigInteger sessionId)
        {
            ByteString stored = Read(SessionKey(sessionId));
            if (stored == null) return null;
            return (object[])StdLib.Deserialize(stored);
        }

        /// <summary>The constants as a Map, keys in the spec's order; no value depends on state.</summary>
        [Safe]
        public static Map<string, object> GetTurtleConstants()
        {
            Map<string, object> constants = new Map<string, object>();
            constants["blindboxPrice"] = BLINDBOX_PRICE;
            constants["minBoxes"] = MIN_BOXES;
            constants["maxBoxes"] = MAX_BOXES;
            constants["gridSize"] = GRID_SIZE;
            constants["colorCount"] = COLOR_COUNT;
            constants["colorOdds"] = ColorOdds();
            constants["colorRewards"] = ColorRewards();
            constants["maxMatchesPerBox"] = MAX_MATCHES_PER_BOX;
            constants["maxRewardPerBox"] = MAX_REWARD_PER_BOX;
            constants["scriptName"] = SCRIPT_NAME;
            return constants;
        }

        /// <summary>rewards[color] for 0 ≤ color ≤ 7, else 0.</summary>
        [Safe]
        public static BigInteger GetColorReward(BigInteger color)
        {
            if (color < 0 || color >= COLOR_COUNT) return 0;
            return ColorRewards()[(int)color];
        }

        [Safe]
        public static BigInteger GetBlindboxPrice()
        {
            return BLINDBOX_PRICE;
        }

        [Safe]
        public static BigInteger GetSessionCount()
        {
            return ReadInteger(PREFIX_SESSION_COUNTER);
        }

        [Safe]
        public static BigInteger GetTotalBoxes()
        {
            return ReadInteger(PREFIX_TOTAL_BOXES);
        }

        [Safe]
        public static BigInteger GetTotalMatches()
        {
            return ReadInteger(PREFIX_TOTAL_MATCHES);
        }

        [Safe]
        public static BigInteger GetTotalPaid()
        {
            return ReadInteger(PREFIX_TOTAL_PAID);
        }

        /// <summary>45‖h160(player), 0 if absent.</summary>
        [Safe]
        public static BigInteger GetPlayerSessionCount(UInt160 player)
        {
            return ReadInteger(PlayerSessionsKey(player));
        }
    }
}
