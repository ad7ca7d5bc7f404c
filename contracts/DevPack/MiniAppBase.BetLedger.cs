// Spec: devpack.md §3 — the bet-limit logic shared by MiniAppGameBase (keys 10–13) and
// MiniAppGameComputeBase (keys 30–33): BET (validate), RECBET (record), limits, getters.
// The two bases call these helpers with their own prefixes; the events stay in the bases.
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Native;

namespace MiniApps
{
    public abstract partial class MiniAppBase
    {
        // Defaults when the limits key is absent.
        protected const long DEFAULT_MAX_BET = 10000000000;
        protected const long DEFAULT_DAILY_LIMIT = 100000000000;
        protected const long DEFAULT_COOLDOWN_MS = 30000;
        protected const long DEFAULT_MAX_CONSECUTIVE = 20;
        /// <summary>The consecutive count restarts after 5 × Cooldown without a bet.</summary>
        protected const long CONSECUTIVE_RESET_FACTOR = 5;

        /// <summary>The stored limits Struct, or the defaults.</summary>
        protected static BetLimits LoadBetLimits(string limitsPrefix)
        {
            ByteString stored = Read(limitsPrefix);
            if (stored != null) return (BetLimits)StdLib.Deserialize(stored);
            return new BetLimits
            {
                MaxBet = DEFAULT_MAX_BET,
                DailyLimit = DEFAULT_DAILY_LIMIT,
                CooldownMs = DEFAULT_COOLDOWN_MS,
                MaxConsecutive = DEFAULT_MAX_CONSECUTIVE
            };
        }

        /// <summary>Getter value: the stored Struct, or the defaults built as an Array.</summary>
        protected static BigInteger[] BetLimitsView(string limitsPrefix)
        {
            ByteString stored = Read(limitsPrefix);
            if (stored != null) return (BigInteger[])StdLib.Deserialize(stored);
            return new BigInteger[] { DEFAULT_MAX_BET, DEFAULT_DAILY_LIMIT, DEFAULT_COOLDOWN_MS, DEFAULT_MAX_CONSECUTIVE };
        }

        /// <summary>set…Limits checks and write; the caller emits its event.</summary>
        protected static void StoreBetLimits(string limitsPrefix, BigInteger maxBet, BigInteger dailyLimit, BigInteger cooldownMs, BigInteger maxConsecutive)
        {
            ValidateAdmin();
            if (!(maxBet > 0)) throw new Exception("maxBet must be > 0");
            if (!(dailyLimit >= maxBet)) throw new Exception("dailyLimit >= maxBet");
            if (!(cooldownMs >= 0)) throw new Exception("cooldownMs >= 0");
            if (!(maxConsecutive > 0)) throw new Exception("maxConsecutive > 0");
            BetLimits limits = new BetLimits
            {
                MaxBet = maxBet,
                DailyLimit = dailyLimit,
                CooldownMs = cooldownMs,
                MaxConsecutive = maxConsecutive
            };
            Write(limitsPrefix, StdLib.Serialize(limits));
        }

        /// <summary>dailyBet(p): the stored total if its stored day equals dayIndex(now), else 0.</summary>
        protected static BigInteger DailyBetOf(string dailyPrefix, UInt160 player, BigInteger now)
        {
            ByteString stored = Read(Key(dailyPrefix, player));
            if (stored == null) return 0;
            BigInteger[] daily = (BigInteger[])StdLib.Deserialize(stored);
            if (daily[0] == now / DAY) return daily[1];
            return 0;
        }

        /// <summary>BET(p, amount), checks 1–6 in order.</summary>
        protected static void ValidateBetLimitsAt(string dailyPrefix, string lastPrefix, string countPrefix, string limitsPrefix, UInt160 player, BigInteger amount)
        {
            ValidateAddress(player);
            if (!(amount > 0)) throw new Exception("amount must be > 0"); // coverage: reached by the base probe; DoomsdayClock's cost is at least one key's price ("min 1 key" comes first)
            BetLimits limits = LoadBetLimits(limitsPrefix);
            if (!(amount <= limits.MaxBet)) throw new Exception("bet exceeds maximum");
            BigInteger now = Now();
            if (!(DailyBetOf(dailyPrefix, player, now) + amount <= limits.DailyLimit)) throw new Exception("daily limit exceeded");
            BigInteger elapsed = now - ReadInteger(Key(lastPrefix, player));
            if (!(elapsed >= limits.CooldownMs)) throw new Exception("cooldown active");
            BigInteger count = 0;
            if (elapsed < CONSECUTIVE_RESET_FACTOR * limits.CooldownMs) count = ReadInteger(Key(countPrefix, player));
            if (!(count < limits.MaxConsecutive)) throw new Exception("max consecutive bets reached");
        }

        /// <summary>RECBET(p, amount), computed from the values before the update.</summary>
        protected static void RecordBetAt(string dailyPrefix, string lastPrefix, string countPrefix, string limitsPrefix, UInt160 player, BigInteger amount)
        {
            BetLimits limits = LoadBetLimits(limitsPrefix);
            BigInteger now = Now();
            ByteString lastKey = Key(lastPrefix, player);
            ByteString countKey = Key(countPrefix, player);
            BigInteger elapsed = now - ReadInteger(lastKey);
            BigInteger count = ReadInteger(countKey) + 1;
            if (elapsed >= CONSECUTIVE_RESET_FACTOR * limits.CooldownMs) count = 1;
            BigInteger total = DailyBetOf(dailyPrefix, player, now) + amount;
            BigInteger[] daily = new BigInteger[] { now / DAY, total };
            Write(Key(dailyPrefix, player), StdLib.Serialize(daily));
            WriteInteger(lastKey, now);
            WriteInteger(countKey, count);
        }
    }
}
