// Spec: daily-checkin.md "Methods" — checkIn (legacy), check-in steps 1–5 shared by both paths,
// CHECKIN(user, d), the reward R(s) and the milestone bonus M(s).
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Native;

namespace MiniApps
{
    public partial class MiniAppDailyCheckin
    {
        /// <summary>Legacy: steps 1–5, then CHECKIN(user, d).</summary>
        public static void CheckIn(UInt160 user, BigInteger receiptId)
        {
            ByteString stored = BeginCheckIn(user, receiptId);
            BigInteger d = DayIndex(Now());
            CheckInEffects(user, d, stored == null, LoadOrNew(stored));
        }

        /// <summary>Steps 1–5 (NP, ValidateAddress, A(user), RCPT, once per day); returns the stored
        /// UserState bytes, null for a new user.</summary>
        private static ByteString BeginCheckIn(UInt160 user, BigInteger receiptId)
        {
            ValidateNotGloballyPaused(APP_ID);
            ValidateAddress(user);
            ValidateUser(user);
            ValidatePaymentReceipt(APP_ID, user, CHECK_IN_FEE, receiptId);
            ByteString stored = Read(UserKey(user));
            if (stored != null)
            {
                UserState u = (UserState)StdLib.Deserialize(stored);
                if (!(DayIndex(Now()) > u.LastDay)) throw new Exception("already checked in today");
            }
            return stored;
        }

        /// <summary>CHECKIN(user, d). u is this call's own record (read from storage or new): it is
        /// changed only through this parameter and stored explicitly at step 7, so the result is the
        /// same whether the compiler copies a struct argument or aliases it (nccs 3.5.0).</summary>
        private static void CheckInEffects(UInt160 user, BigInteger d, bool isNew, UserState u)
        {
            bool reset = !isNew && d > u.LastDay + 1;
            if (reset)
            {
                u.Highest = BigInteger.Max(u.Highest, u.Streak);
                u.Resets += 1;
                OnStreakReset(user, u.Streak, u.Highest);
                u.Streak = 0;
            }
            BigInteger s = u.Streak + 1;
            BigInteger r = Reward(s);
            u.Unclaimed += r;
            u.Streak = s;
            u.LastDay = d;
            u.Checkins += 1;
            u.Highest = BigInteger.Max(u.Highest, s);
            if (isNew)
            {
                u.JoinTime = Now();
                WriteInteger(PREFIX_TOTAL_USERS, ReadInteger(PREFIX_TOTAL_USERS) + 1);
            }
            WriteInteger(PREFIX_TOTAL_CHECKINS, ReadInteger(PREFIX_TOTAL_CHECKINS) + 1);
            BigInteger bonus = MilestoneBonus(s);
            if (bonus > 0)
            {
                u.Unclaimed += bonus;
                OnMilestoneReached(user, s, s);
                OnBonusReward(user, bonus, BONUS_TYPE_MILESTONE);
            }
            Write(UserKey(user), StdLib.Serialize(u));
            OnCheckedIn(user, s, r, (d + 1) * DAY);
        }

        /// <summary>The stored UserState, or eight zeros for a new user (every field assigned).</summary>
        private static UserState LoadOrNew(ByteString stored)
        {
            if (stored != null) return (UserState)StdLib.Deserialize(stored);
            return new UserState
            {
                Streak = 0,
                Highest = 0,
                LastDay = 0,
                Unclaimed = 0,
                Claimed = 0,
                Checkins = 0,
                Resets = 0,
                JoinTime = 0
            };
        }

        /// <summary>R(s): 0 if s &lt; 7; FIRST_REWARD if s = 7; SUBSEQUENT_REWARD if s mod 7 = 0; else 0.</summary>
        private static BigInteger Reward(BigInteger s)
        {
            if (s < 7) return 0;
            if (s == 7) return FIRST_REWARD;
            if (s % 7 == 0) return SUBSEQUENT_REWARD;
            return 0;
        }

        /// <summary>M(s): the bonus of milestones 30, 100 and 365; 0 otherwise.</summary>
        private static BigInteger MilestoneBonus(BigInteger s)
        {
            if (s == 30) return MILESTONE_30_BONUS;
            if (s == 100) return MILESTONE_100_BONUS;
            if (s == 365) return MILESTONE_365_BONUS;
            return 0;
        }

        /// <summary>dayIndex(t) = ⌊t / DAY⌋ (block times are positive).</summary>
        private static BigInteger DayIndex(BigInteger t)
        {
            return t / DAY;
        }

        private static ByteString UserKey(UInt160 user)
        {
            return Key(PREFIX_USER, user);
        }
    }
}
