// Spec: coin-flip.md "Methods" — BCHK, OPEN, RESOLVE, REFUND and the outcome function
// (won, jackpot roll, payout with streak bonus and jackpot), shared by both paths.
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace MiniApps
{
    public partial class MiniAppCoinFlip
    {
        /// <summary>BCHK(player, a): A(player), the app's bet range, BET(player, a), RCPT(player, a, receiptId).</summary>
        private static void CheckBet(UInt160 player, BigInteger amount, BigInteger receiptId)
        {
            ValidateUser(player);
            if (!(amount >= MIN_BET)) throw new Exception("bet too small");
            if (!(amount <= MAX_BET)) throw new Exception("bet too large");
            ValidateGameBetLimits(player, amount);
            ValidatePaymentReceipt(APP_ID, player, amount, receiptId);
        }

        /// <summary>OPEN(player, a, choice, mode): a new bet under the next id, 1 % of the stake to the
        /// jackpot pool, the stake to the total wagered, RECBET; returns the id.</summary>
        private static BigInteger OpenBet(UInt160 player, BigInteger amount, bool choice, BigInteger mode)
        {
            BigInteger id = ReadInteger(PREFIX_BET_COUNTER) + 1;
            WriteInteger(PREFIX_BET_COUNTER, id);
            Bet bet = new Bet
            {
                Player = player,
                Amount = amount,
                Choice = choice,
                Timestamp = Now(),
                Resolved = false,
                Won = false,
                Payout = 0,
                StreakBonus = 0,
                Mode = mode,
                Refunded = false
            };
            Write(BetKey(id), StdLib.Serialize(bet));
            WriteInteger(PREFIX_JACKPOT_POOL, ReadInteger(PREFIX_JACKPOT_POOL) + amount * JACKPOT_CONTRIBUTION_BPS / BPS_DENOMINATOR);
            WriteInteger(PREFIX_TOTAL_WAGERED, ReadInteger(PREFIX_TOTAL_WAGERED) + amount);
            RecordGameBet(player, amount);
            return id;
        }

        /// <summary>won for input bytes x: heads = rand(H(x)) mod 2 == 0; won = (heads == choice).</summary>
        private static bool IsWin(ByteString x, bool choice)
        {
            bool heads = Rand(H(x)) % 2 == 0;
            return heads == choice;
        }

        /// <summary>jroll = rand(H(H(x))) mod 10,000.</summary>
        private static BigInteger JackpotRoll(ByteString x)
        {
            return Rand(H(H(x))) % BPS_DENOMINATOR;
        }

        /// <summary>The stored stats of a player, nine zeros when absent.</summary>
        private static PlayerStats LoadStats(UInt160 player)
        {
            ByteString stored = Read(StatsKey(player));
            if (stored != null) return (PlayerStats)StdLib.Deserialize(stored);
            return new PlayerStats
            {
                TotalBets = 0,
                TotalWins = 0,
                TotalLosses = 0,
                CurrentWinStreak = 0,
                CurrentLossStreak = 0,
                BestWinStreak = 0,
                TotalWagered = 0,
                TotalWon = 0,
                JackpotsWon = 0
            };
        }

        /// <summary>RESOLVE(bet, x): outcome, payout (streak bonus, jackpot), state first (pool, total
        /// paid, stats, the bet), then the transfer, then the events.</summary>
        private static void ResolveBet(BigInteger betId, Bet bet, ByteString x)
        {
            UInt160 player = bet.Player;
            BigInteger amount = bet.Amount;
            bool won = IsWin(x, bet.Choice);
            PlayerStats stats = LoadStats(player);
            BigInteger pool = ReadInteger(PREFIX_JACKPOT_POOL);
            BigInteger payout = 0;
            BigInteger bonus = 0;
            bool jackpot = false;
            if (won)
            {
                BigInteger baseWin = 2 * amount - PLATFORM_FEE_PERCENT * amount / 100;
                BigInteger bps = 0;
                if (stats.CurrentWinStreak > 0) bps = BigInteger.Min(STREAK_BONUS_BPS * stats.CurrentWinStreak, MAX_STREAK_BONUS_BPS);
                bonus = baseWin * bps / BPS_DENOMINATOR;
                payout = baseWin + bonus;
                if (amount >= JACKPOT_THRESHOLD && JackpotRoll(x) < JACKPOT_CHANCE_BPS)
                {
                    jackpot = true;
                    payout += pool;
                }
            }
            if (jackpot) WriteInteger(PREFIX_JACKPOT_POOL, 0);
            if (won) WriteInteger(PREFIX_TOTAL_PAID, ReadInteger(PREFIX_TOTAL_PAID) + payout);
            stats.TotalBets += 1;
            stats.TotalWagered += amount;
            if (won)
            {
                stats.TotalWins += 1;
                stats.TotalWon += payout;
                stats.CurrentWinStreak += 1;
                stats.CurrentLossStreak = 0;
                stats.BestWinStreak = BigInteger.Max(stats.BestWinStreak, stats.CurrentWinStreak);
                if (jackpot) stats.JackpotsWon += 1;
            }
            else
            {
                stats.TotalLosses += 1;
                stats.CurrentLossStreak += 1;
                stats.CurrentWinStreak = 0;
            }
            Write(StatsKey(player), StdLib.Serialize(stats));
            bet.Resolved = true;
            bet.Won = won;
            bet.Payout = payout;
            bet.StreakBonus = bonus;
            Write(BetKey(betId), StdLib.Serialize(bet));
            if (won)
            {
                if (!GAS.Transfer(Runtime.ExecutingScriptHash, player, payout, null)) throw new Exception("transfer failed");
            }
            if (jackpot) OnJackpotWon(player, pool);
            if (won) OnStreakUpdated(player, STREAK_WIN, stats.CurrentWinStreak);
            else OnStreakUpdated(player, STREAK_LOSS, stats.CurrentLossStreak);
            OnBetResolved(player, betId, won, payout);
        }

        /// <summary>REFUND(bet): resolved and refunded, the stake back from the app's own balance;
        /// stats unchanged, the jackpot contribution stays in the pool.</summary>
        private static void RefundBet(BigInteger betId, Bet bet)
        {
            bet.Resolved = true;
            bet.Refunded = true;
            bet.Payout = bet.Amount;
            Write(BetKey(betId), StdLib.Serialize(bet));
            if (!GAS.Transfer(Runtime.ExecutingScriptHash, bet.Player, bet.Amount, null)) throw new Exception("transfer failed");
            OnBetRefunded(bet.Player, betId, bet.Amount);
        }

        /// <summary>The Bet at 41‖bytes(betId); "bet not found" when absent.</summary>
        private static Bet LoadBet(BigInteger betId)
        {
            ByteString stored = Read(BetKey(betId));
            if (stored == null) throw new Exception("bet not found");
            return (Bet)StdLib.Deserialize(stored);
        }
    }
}
