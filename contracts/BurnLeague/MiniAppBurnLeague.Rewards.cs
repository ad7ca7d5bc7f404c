// Spec: burn-league.md "fundRewardPool" (the pool is an accounting value, README §6) and
// "claimReward" (a pro-rata share of a finalized season's pool, paid as a real GAS transfer from
// the app's own balance, state written before the transfer).
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Native;
using Neo.SmartContract.Framework.Services;

namespace MiniApps
{
    public partial class MiniAppBurnLeague
    {
        /// <summary>46 += amount (the submitted amount, not the receipt's); the GAS stays in PaymentHub.</summary>
        public static void FundRewardPool(UInt160 funder, BigInteger amount, BigInteger receiptId)
        {
            ValidateNotGloballyPaused(APP_ID);
            if (!(amount > 0)) throw new Exception("invalid amount");
            ValidateUser(funder);
            ValidatePaymentReceipt(APP_ID, funder, amount, receiptId);
            WriteInteger(PREFIX_REWARD_POOL, ReadInteger(PREFIX_REWARD_POOL) + amount);
        }

        /// <summary>reward = ⌊RewardPool × pts / TotalPoints⌋, once per claimer and season.</summary>
        public static void ClaimReward(UInt160 claimer, BigInteger seasonId)
        {
            ValidateNotGloballyPaused(APP_ID);
            ValidateUser(claimer);
            ByteString stored = Read(SeasonKey(seasonId));
            if (stored == null) throw new Exception("season not finalized");
            Season s = LoadSeason(stored);
            if (!s.Finalized) throw new Exception("season not finalized");
            BigInteger pts = ReadInteger(UserSeasonKey(PREFIX_USER_POINTS, claimer, seasonId));
            if (!(pts > 0)) throw new Exception("no points");
            ByteString claimedKey = UserSeasonKey(PREFIX_CLAIMED, claimer, seasonId);
            if (Read(claimedKey) != null) throw new Exception("already claimed");
            BigInteger reward = s.RewardPool * pts / s.TotalPoints;
            WriteInteger(claimedKey, 1);
            if (reward > 0)
            {
                if (!GAS.Transfer(Runtime.ExecutingScriptHash, claimer, reward, null)) throw new Exception("transfer failed");
            }
            OnRewardClaimed(claimer, reward, seasonId);
        }
    }
}
