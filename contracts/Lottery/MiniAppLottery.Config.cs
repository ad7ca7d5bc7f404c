// Spec: lottery.md "Constants" (the type table), "Configuration (admin)" and the config getters:
// cfg(type), setLotteryConfig, enableLotteryType, getLotteryConfig, getPrizeTiers,
// calculatePrizeFromSeed [H], getScratchConfigForFrontend [H], getLotteryConstants.
using System;
using System.Numerics;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Attributes;
using Neo.SmartContract.Framework.Native;

namespace MiniApps
{
    public partial class MiniAppLottery
    {
        private static bool IsLotteryType(BigInteger lotteryType)
        {
            return lotteryType >= 0 && lotteryType <= MAX_LOTTERY_TYPE;
        }

        /// <summary>cfg(type): the override at 49‖bytes(type), else the default row (0 ≤ type ≤ 5). A fresh record each call.</summary>
        private static LotteryConfig ConfigOf(BigInteger lotteryType)
        {
            ByteString stored = Read(IntegerKey(PREFIX_CONFIG, lotteryType));
            if (stored != null) return (LotteryConfig)StdLib.Deserialize(stored);
            return DefaultConfig(lotteryType);
        }

        /// <summary>The default rows: ScratchWin, DoubleColor, Happy8, Lucky7, SuperLotto, Supreme; all enabled.</summary>
        private static LotteryConfig DefaultConfig(BigInteger lotteryType)
        {
            BigInteger price = 100000000;
            BigInteger jackpot = 100000000000;
            bool instant = false;
            if (lotteryType == 0) { price = 5000000; jackpot = 500000000; instant = true; }
            else if (lotteryType == 1) { price = 20000000; jackpot = 10000000000; }
            else if (lotteryType == 2) { price = 10000000; jackpot = 1000000000; instant = true; }
            else if (lotteryType == 3) { price = 30000000; jackpot = 20000000000; }
            else if (lotteryType == 4) { price = 50000000; jackpot = 50000000000; }
            return new LotteryConfig { Type = lotteryType, TicketPrice = price, IsInstant = instant, MaxJackpot = jackpot, Enabled = true };
        }

        private static void StoreConfig(LotteryConfig c)
        {
            Write(IntegerKey(PREFIX_CONFIG, c.Type), StdLib.Serialize(c));
            OnLotteryConfigChanged(c.Type, c.TicketPrice, c.IsInstant, c.MaxJackpot, c.Enabled);
        }

        public static void SetLotteryConfig(BigInteger lotteryType, BigInteger ticketPrice, bool isInstant, BigInteger maxJackpot, bool enabled)
        {
            ValidateAdmin();
            if (!IsLotteryType(lotteryType)) throw new Exception("invalid lottery type");
            if (!(ticketPrice > 0)) throw new Exception("invalid ticket price");
            if (!(maxJackpot > 0)) throw new Exception("invalid max jackpot");
            StoreConfig(new LotteryConfig { Type = lotteryType, TicketPrice = ticketPrice, IsInstant = isInstant, MaxJackpot = maxJackpot, Enabled = enabled });
        }

        public static void EnableLotteryType(BigInteger lotteryType, bool enabled)
        {
            ValidateAdmin();
            if (!IsLotteryType(lotteryType)) throw new Exception("invalid lottery type");
            LotteryConfig c = ConfigOf(lotteryType);
            c.Enabled = enabled;
            StoreConfig(c);
        }

        /// <summary>The stored override (Struct), the default row as an Array, or null outside 0–5.</summary>
        [Safe]
        public static object[] GetLotteryConfig(BigInteger lotteryType)
        {
            if (!IsLotteryType(lotteryType)) return null;
            ByteString stored = Read(IntegerKey(PREFIX_CONFIG, lotteryType));
            if (stored != null) return (object[])StdLib.Deserialize(stored);
            LotteryConfig d = DefaultConfig(lotteryType);
            return new object[] { d.Type, d.TicketPrice, d.IsInstant, d.MaxJackpot, d.Enabled };
        }

        /// <summary>Odds per 10,000 rolls and prizes of the five tiers; an empty Map outside 0–5.</summary>
        [Safe]
        public static Map<string, object> GetPrizeTiers(BigInteger lotteryType)
        {
            Map<string, object> tiers = new Map<string, object>();
            if (!IsLotteryType(lotteryType)) return tiers;
            LotteryConfig c = ConfigOf(lotteryType);
            BigInteger p = c.TicketPrice;
            tiers["tier1_odds"] = 1000;
            tiers["tier1_prize"] = p;
            tiers["tier2_odds"] = 500;
            tiers["tier2_prize"] = 2 * p;
            tiers["tier3_odds"] = 100;
            tiers["tier3_prize"] = 5 * p;
            tiers["tier4_odds"] = 10;
            tiers["tier4_prize"] = 20 * p;
            tiers["tier5_odds"] = 1;
            tiers["tier5_prize"] = BigInteger.Min(100 * p, c.MaxJackpot);
            return tiers;
        }

        /// <summary>[H] SP(cfg(type), seed); 0 outside 0–5.</summary>
        [Safe]
        public static BigInteger CalculatePrizeFromSeed(BigInteger lotteryType, ByteString seed)
        {
            if (!IsLotteryType(lotteryType)) return 0;
            return ScratchPrize(ConfigOf(lotteryType), seed);
        }

        /// <summary>[H] What the TEE script scratch-prize takes; an empty Map outside 0–5.</summary>
        [Safe]
        public static Map<string, object> GetScratchConfigForFrontend(BigInteger lotteryType)
        {
            Map<string, object> view = new Map<string, object>();
            if (!IsLotteryType(lotteryType)) return view;
            LotteryConfig c = ConfigOf(lotteryType);
            view["enabled"] = c.Enabled;
            view["isInstant"] = c.IsInstant;
            view["ticketPrice"] = c.TicketPrice;
            view["maxJackpot"] = c.MaxJackpot;
            view["scriptName"] = SCRIPT_SCRATCH;
            return view;
        }

        [Safe]
        public static Map<string, object> GetLotteryConstants()
        {
            Map<string, object> constants = new Map<string, object>();
            constants["ticketPrice"] = TICKET_PRICE;
            constants["platformFeePercent"] = PLATFORM_FEE_PERCENT;
            constants["maxTicketsPerTx"] = MAX_TICKETS_PER_TX;
            constants["minParticipants"] = MIN_PARTICIPANTS;
            constants["currentTime"] = Now();
            return constants;
        }
    }
}
