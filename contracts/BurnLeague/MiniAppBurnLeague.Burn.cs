// Spec: burn-league.md "burnGas" — the legacy burn, checks 1–7 shared by both paths, the points
// rule P(a) with the streak step, and BURN(burner, amount, sid).
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Native;

namespace MiniApps
{
    public partial class MiniAppBurnLeague
    {
        /// <summary>Legacy: checks 1–7, then BURN(burner, amount, sid) with the on-chain values.</summary>
        public static void BurnGas(UInt160 burner, BigInteger amount, BigInteger receiptId)
        {
            BigInteger sid = BeginBurn(burner, amount, receiptId);
            Streak st = LoadStreak(burner);
            bool continued = IsContinued(st);
            BigInteger newStreak = continued ? st.CurrentStreak + 1 : 1;
            BurnEffects(burner, amount, sid, st, continued, newStreak, BurnPoints(amount, continued, newStreak));
        }

        /// <summary>Checks 1–7 (NP, MIN_BURN, A(burner), RCPT, a season, active, before its end);
        /// returns sid.</summary>
        private static BigInteger BeginBurn(UInt160 burner, BigInteger amount, BigInteger receiptId)
        {
            ValidateNotGloballyPaused(APP_ID);
            if (!(amount >= MIN_BURN)) throw new Exception("min 0.1 GAS");
            ValidateUser(burner);
            ValidatePaymentReceipt(APP_ID, burner, amount, receiptId);
            BigInteger sid = CurrentSid();
            if (!(sid > 0)) throw new Exception("no active season");
            Season season = LoadSeason(Read(SeasonKey(sid)));
            if (!season.Active) throw new Exception("season not active");
            if (!(Now() < season.EndTime)) throw new Exception("season ended");
            return sid;
        }

        /// <summary>BURN(burner, amount, sid), steps 1–6. st is this call's own streak record (read
        /// or new): changed only through this parameter and stored explicitly, so copy and alias
        /// semantics of struct arguments give the same result (nccs 3.5.0 aliases).</summary>
        private static void BurnEffects(UInt160 burner, BigInteger amount, BigInteger sid, Streak st, bool continued, BigInteger newStreak, BigInteger points)
        {
            st.CurrentStreak = newStreak;
            st.LongestStreak = BigInteger.Max(st.LongestStreak, newStreak);
            st.LastBurnTime = Now();
            Write(Key(PREFIX_STREAK, burner), StdLib.Serialize(st));
            if (continued) OnStreakBonus(burner, newStreak, 100 + BigInteger.Min(newStreak, MAX_STREAK_BONUS));

            ByteString sk = SeasonKey(sid);
            Season season = LoadSeason(Read(sk));
            ByteString pointsKey = UserSeasonKey(PREFIX_USER_POINTS, burner, sid);
            ByteString before = Read(pointsKey);
            if (before == null) season.TotalParticipants += 1;
            WriteInteger(pointsKey, (BigInteger)before + points);
            season.TotalPoints += points;
            season.TotalBurned += amount;
            Write(sk, StdLib.Serialize(season));

            ByteString userBurnedKey = Key(PREFIX_USER_BURNED, burner);
            WriteInteger(userBurnedKey, ReadInteger(userBurnedKey) + amount);
            WriteInteger(PREFIX_TOTAL_BURNED, ReadInteger(PREFIX_TOTAL_BURNED) + amount);
            OnGasBurned(burner, amount, sid);
        }

        /// <summary>The stored Streak of user, or [0, 0, 0] (every field assigned).</summary>
        private static Streak LoadStreak(UInt160 user)
        {
            ByteString stored = Read(Key(PREFIX_STREAK, user));
            if (stored != null) return (Streak)StdLib.Deserialize(stored);
            return new Streak { CurrentStreak = 0, LongestStreak = 0, LastBurnTime = 0 };
        }

        /// <summary>continued = last &gt; 0 ∧ now ≤ last + STREAK_WINDOW.</summary>
        private static bool IsContinued(Streak st)
        {
            return st.LastBurnTime > 0 && Now() <= st.LastBurnTime + STREAK_WINDOW;
        }

        /// <summary>P(a): 2a from TIER3, ⌊15a / 10⌋ from TIER2, else a.</summary>
        private static BigInteger BasePoints(BigInteger amount)
        {
            if (amount >= TIER3_THRESHOLD) return 2 * amount;
            if (amount >= TIER2_THRESHOLD) return 15 * amount / 10;
            return amount;
        }

        /// <summary>continued ? ⌊P(a) × (100 + min(newStreak, 10)) / 100⌋ : P(a).</summary>
        private static BigInteger BurnPoints(BigInteger amount, bool continued, BigInteger newStreak)
        {
            BigInteger p = BasePoints(amount);
            if (!continued) return p;
            return p * (100 + BigInteger.Min(newStreak, MAX_STREAK_BONUS)) / 100;
        }
    }
}
