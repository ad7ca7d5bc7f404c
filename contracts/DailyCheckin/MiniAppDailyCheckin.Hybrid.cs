// Spec: daily-checkin.md — hybrid [H] methods: checkInWithCalculation (the frontend's streak,
// reward and reset verified exactly) and getCheckInStateForFrontend.
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;

namespace MiniApps
{
    public partial class MiniAppDailyCheckin
    {
        /// <summary>[H] Steps 1–5 of checkIn, then 6 (streak and reset, new user: streak first;
        /// existing user: reset first) and 7 (reward); effects exactly CHECKIN(user, d).</summary>
        public static void CheckInWithCalculation(UInt160 user, BigInteger receiptId, BigInteger calculatedNewStreak, BigInteger calculatedReward, bool calculatedStreakReset)
        {
            ByteString stored = BeginCheckIn(user, receiptId);
            BigInteger d = DayIndex(Now());
            UserState u = LoadOrNew(stored);
            if (stored == null)
            {
                if (calculatedNewStreak != 1) throw new Exception("new user streak must be 1");
                if (calculatedStreakReset) throw new Exception("new user cannot have streak reset");
            }
            else
            {
                bool reset = d > u.LastDay + 1;
                // Booleans compared by branching, never with == (README §3: a Boolean and an Integer differ).
                if (calculatedStreakReset ? !reset : reset) throw new Exception("streak reset mismatch");
                BigInteger expected = reset ? 1 : u.Streak + 1;
                if (calculatedNewStreak != expected) throw new Exception("new streak mismatch");
            }
            if (calculatedReward != Reward(calculatedNewStreak)) throw new Exception("reward mismatch");
            CheckInEffects(user, d, stored == null, u);
        }

        /// <summary>[H] The user's stored values (not adjusted for days passed) and the constants, keys
        /// in the spec's order.</summary>
        [Safe]
        public static Map<string, object> GetCheckInStateForFrontend(UInt160 user)
        {
            Map<string, object> state = new Map<string, object>();
            ByteString stored = Read(UserKey(user));
            if (stored == null)
            {
                state["hasCheckedIn"] = false;
                state["currentStreak"] = 0;
                state["highestStreak"] = 0;
                state["lastCheckinDay"] = 0;
                state["unclaimed"] = 0;
                state["totalCheckins"] = 0;
            }
            else
            {
                UserState u = (UserState)StdLib.Deserialize(stored);
                state["hasCheckedIn"] = true;
                state["currentStreak"] = u.Streak;
                state["highestStreak"] = u.Highest;
                state["lastCheckinDay"] = u.LastDay;
                state["unclaimed"] = u.Unclaimed;
                state["totalCheckins"] = u.Checkins;
            }
            BigInteger now = Now();
            state["currentTime"] = now;
            state["currentDay"] = DayIndex(now);
            state["twentyFourHours"] = DAY;
            state["firstReward"] = FIRST_REWARD;
            state["subsequentReward"] = SUBSEQUENT_REWARD;
            state["milestone30Bonus"] = MILESTONE_30_BONUS;
            state["milestone100Bonus"] = MILESTONE_100_BONUS;
            state["milestone365Bonus"] = MILESTONE_365_BONUS;
            return state;
        }
    }
}
