// Spec: lottery.md "Scratch tickets" — SP(cfg, s), SEEDOF, REVEAL, the legacy pair
// buyScratchTicket / revealScratchTicket and the two-phase pair buyScratchTicketHybrid [H] /
// revealScratchWithCalculation [H] (TEE script scratch-prize).
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace MiniApps
{
    public partial class MiniAppLottery
    {
        /// <summary>(legacy) The prize is fixed at purchase from SEEDOF(id, player) (not stored); returns the ticket id.</summary>
        public static BigInteger BuyScratchTicket(UInt160 player, BigInteger lotteryType, BigInteger receiptId)
        {
            ValidateNotGloballyPaused(APP_ID);
            ValidateAddress(player);
            LotteryConfig cfg = CheckScratchPurchase(player, lotteryType, receiptId);
            BigInteger id = ReadInteger(PREFIX_SCRATCH_COUNTER) + 1;
            WriteInteger(PREFIX_SCRATCH_COUNTER, id);
            BigInteger prize = ScratchPrize(cfg, SeedOf(id, player, SCRIPT_SCRATCH));
            StoreNewScratch(id, player, lotteryType, prize, false);
            OnScratchTicketPurchased(player, id, lotteryType, cfg.TicketPrice);
            return id;
        }

        /// <summary>(legacy) Reveals a legacy ticket with the prize stored at purchase.</summary>
        public static Map<string, object> RevealScratchTicket(UInt160 player, BigInteger ticketId)
        {
            ValidateNotGloballyPaused(APP_ID);
            ValidateAddress(player);
            ValidateUser(player);
            ScratchTicket t = CheckReveal(player, ticketId);
            if (t.Hybrid) throw new Exception("hybrid ticket");
            return Reveal(t, t.Prize);
        }

        /// <summary>[H] The ticket and its operation seed (22‖bytes(id)); returns [id, seed, "scratch-prize"].</summary>
        public static object[] BuyScratchTicketHybrid(UInt160 player, BigInteger lotteryType, BigInteger receiptId)
        {
            ValidateNotGloballyPaused(APP_ID);
            ValidateAddress(player);
            if (!IsScriptEnabled(SCRIPT_SCRATCH)) throw new Exception("scratch script not registered");
            LotteryConfig cfg = CheckScratchPurchase(player, lotteryType, receiptId);
            BigInteger id = ReadInteger(PREFIX_SCRATCH_COUNTER) + 1;
            WriteInteger(PREFIX_SCRATCH_COUNTER, id);
            ByteString seed = GenerateOperationSeed(id, player, SCRIPT_SCRATCH);
            StoreNewScratch(id, player, lotteryType, 0, true);
            OnScratchTicketInitiated(player, id, lotteryType, seed);
            return new object[] { id, seed, SCRIPT_SCRATCH };
        }

        /// <summary>[H] The claimed prize must equal SP(cfg(type) at reveal time, seed); the seed is deleted.</summary>
        public static Map<string, object> RevealScratchWithCalculation(UInt160 player, BigInteger ticketId, BigInteger calculatedPrize, ByteString scriptHash)
        {
            ValidateNotGloballyPaused(APP_ID);
            ValidateAddress(player);
            ValidateScriptHash(SCRIPT_SCRATCH, scriptHash);
            ValidateUser(player);
            ScratchTicket t = CheckReveal(player, ticketId);
            if (!t.Hybrid) throw new Exception("not hybrid ticket");
            ByteString seed = GetOperationSeed(ticketId);
            if (seed == null) throw new Exception("seed not found");
            if (calculatedPrize != ScratchPrize(ConfigOf(t.Type), seed)) throw new Exception("prize mismatch");
            DeleteOperationSeed(ticketId);
            return Reveal(t, calculatedPrize);
        }

        /// <summary>type in 0–5, enabled, instant; A(player); RCPT for the type's price. Returns cfg(type).</summary>
        private static LotteryConfig CheckScratchPurchase(UInt160 player, BigInteger lotteryType, BigInteger receiptId)
        {
            if (!IsLotteryType(lotteryType)) throw new Exception("invalid lottery type");
            LotteryConfig cfg = ConfigOf(lotteryType);
            if (!cfg.Enabled) throw new Exception("lottery type disabled");
            if (!cfg.IsInstant) throw new Exception("not instant lottery");
            ValidateUser(player);
            ValidatePaymentReceipt(APP_ID, player, cfg.TicketPrice, receiptId);
            return cfg;
        }

        /// <summary>exists, owner, not scratched.</summary>
        private static ScratchTicket CheckReveal(UInt160 player, BigInteger ticketId)
        {
            ByteString stored = Read(ScratchKey(ticketId));
            if (stored == null) throw new Exception("ticket not found");
            ScratchTicket t = (ScratchTicket)StdLib.Deserialize(stored);
            if (t.Player != player) throw new Exception("not ticket owner");
            if (t.Scratched) throw new Exception("already scratched");
            return t;
        }

        /// <summary>48‖id := [id, player, type, now, false, prize, hybrid]; appended to the player's list.</summary>
        private static void StoreNewScratch(BigInteger id, UInt160 player, BigInteger lotteryType, BigInteger prize, bool hybrid)
        {
            ScratchTicket t = new ScratchTicket { Id = id, Player = player, Type = lotteryType, PurchaseTime = Now(), Scratched = false, Prize = prize, Hybrid = hybrid };
            Write(ScratchKey(id), StdLib.Serialize(t));
            ByteString countKey = Key(PREFIX_PLAYER_SCRATCH_COUNT, player);
            BigInteger k = ReadInteger(countKey);
            WriteInteger(PlayerScratchKey(player, k), id);
            WriteInteger(countKey, k + 1);
        }

        /// <summary>REVEAL(t, prize): the ticket scratched with its prize; a positive prize booked at 46 and paid.</summary>
        private static Map<string, object> Reveal(ScratchTicket t, BigInteger prize)
        {
            t.Scratched = true;
            t.Prize = prize;
            Write(ScratchKey(t.Id), StdLib.Serialize(t));
            if (prize > 0)
            {
                WriteInteger(PREFIX_TOTAL_PRIZES, ReadInteger(PREFIX_TOTAL_PRIZES) + prize);
                if (!GAS.Transfer(Runtime.ExecutingScriptHash, t.Player, prize, null)) throw new Exception("payout failed");
            }
            OnScratchTicketRevealed(t.Player, t.Id, prize, prize > 0);
            Map<string, object> result = new Map<string, object>();
            result["ticketId"] = t.Id;
            result["lotteryType"] = t.Type;
            result["isWinner"] = prize > 0;
            result["prize"] = prize;
            result["purchaseTime"] = t.PurchaseTime;
            return result;
        }

        /// <summary>SP(cfg, s): roll = beN(H(s), 8) mod 10,000 against the five tiers.</summary>
        private static BigInteger ScratchPrize(LotteryConfig cfg, ByteString seed)
        {
            BigInteger roll = BeN(H(seed), 8) % 10000;
            BigInteger p = cfg.TicketPrice;
            if (roll < 1) return BigInteger.Min(100 * p, cfg.MaxJackpot);
            if (roll < 11) return 20 * p;
            if (roll < 111) return 5 * p;
            if (roll < 611) return 2 * p;
            if (roll < 1611) return p;
            return 0;
        }

        private static ByteString PlayerScratchKey(UInt160 player, BigInteger index)
        {
            return Helper.Concat(Key(PREFIX_PLAYER_SCRATCH, player), (ByteString)index);
        }

        private static BigInteger PlayerScratchId(UInt160 player, BigInteger index)
        {
            return ReadInteger(PlayerScratchKey(player, index));
        }

        private static ScratchTicket LoadScratch(BigInteger ticketId)
        {
            return (ScratchTicket)StdLib.Deserialize(Read(ScratchKey(ticketId)));
        }
    }
}
