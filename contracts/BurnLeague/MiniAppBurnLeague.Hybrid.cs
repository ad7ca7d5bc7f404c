// Spec: burn-league.md — hybrid [H] methods: burnGasWithCalculation (the frontend's points and
// streak verified exactly, checks 8–10) and getBurnStateForFrontend.
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;

namespace MiniApps
{
    public partial class MiniAppBurnLeague
    {
        /// <summary>[H] Checks 1–7 of burnGas, then 8 (continued), 9 (newStreak), 10 (points);
        /// effects exactly BURN(burner, amount, sid).</summary>
        public static void BurnGasWithCalculation(UInt160 burner, BigInteger amount, BigInteger receiptId, BigInteger calculatedPoints, BigInteger calculatedNewStreak, bool calculatedStreakContinued)
        {
            BigInteger sid = BeginBurn(burner, amount, receiptId);
            Streak st = LoadStreak(burner);
            bool continued = IsContinued(st);
            // Booleans compared by branching, never with == (README §3: a Boolean and an Integer differ).
            if (calculatedStreakContinued ? !continued : continued) throw new Exception("streak mismatch");
            BigInteger newStreak = continued ? st.CurrentStreak + 1 : 1;
            if (calculatedNewStreak != newStreak) throw new Exception("streak value mismatch");
            BigInteger points = BurnPoints(amount, continued, newStreak);
            if (calculatedPoints != points) throw new Exception("points mismatch");
            BurnEffects(burner, amount, sid, st, continued, newStreak, points);
        }

        /// <summary>[H] The stored values (the streak not reset after its window, seasonActive not
        /// cleared after EndTime) and the constants, keys in the spec's order.</summary>
        [Safe]
        public static Map<string, object> GetBurnStateForFrontend(UInt160 user)
        {
            Map<string, object> state = new Map<string, object>();
            Streak st = LoadStreak(user);
            state["currentStreak"] = st.CurrentStreak;
            state["longestStreak"] = st.LongestStreak;
            state["lastBurnTime"] = st.LastBurnTime;
            BigInteger burned = ReadInteger(Key(PREFIX_USER_BURNED, user));
            state["isNewBurner"] = burned == 0;
            state["totalBurned"] = burned;
            BigInteger sid = CurrentSid();
            state["seasonId"] = sid;
            ByteString stored = sid > 0 ? Read(SeasonKey(sid)) : null;
            if (stored == null)
            {
                state["seasonActive"] = false;
                state["seasonEndTime"] = 0;
            }
            else
            {
                Season season = LoadSeason(stored);
                state["seasonActive"] = season.Active;
                state["seasonEndTime"] = season.EndTime;
            }
            state["currentTime"] = Now();
            state["minBurn"] = MIN_BURN;
            state["tier1Threshold"] = TIER1_THRESHOLD;
            state["tier2Threshold"] = TIER2_THRESHOLD;
            state["tier3Threshold"] = TIER3_THRESHOLD;
            state["streakWindowMs"] = STREAK_WINDOW;
            state["maxStreakBonus"] = MAX_STREAK_BONUS;
            return state;
        }
    }
}
