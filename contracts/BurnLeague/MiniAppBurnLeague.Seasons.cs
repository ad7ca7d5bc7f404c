// Spec: burn-league.md "startSeason" (admin) and "endSeason" (anyone): a season opens with the
// whole unallocated pool and is finalized once, at or after its EndTime.
using System;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Native;

namespace MiniApps
{
    public partial class MiniAppBurnLeague
    {
        /// <summary>Admin: opens season sid + 1 for SEASON_DURATION, moving 46 into its RewardPool.</summary>
        public static BigInteger StartSeason()
        {
            ValidateAdmin();
            BigInteger sid = CurrentSid();
            if (sid > 0)
            {
                Season current = LoadSeason(Read(SeasonKey(sid)));
                if (current.Active) throw new Exception("season still active");
            }
            BigInteger id = sid + 1;
            BigInteger now = Now();
            WriteInteger(PREFIX_CURRENT_SEASON, id);
            BigInteger pool = ReadInteger(PREFIX_REWARD_POOL);
            Season season = new Season
            {
                Id = id,
                StartTime = now,
                EndTime = now + SEASON_DURATION,
                TotalBurned = 0,
                TotalPoints = 0,
                TotalParticipants = 0,
                RewardPool = pool,
                Active = true,
                Finalized = false
            };
            Write(SeasonKey(id), StdLib.Serialize(season));
            WriteInteger(PREFIX_REWARD_POOL, 0);
            OnSeasonStarted(id, now, now + SEASON_DURATION);
            return id;
        }

        /// <summary>Anyone, once EndTime is reached: finalizes the current season; a season without
        /// points returns its pool to 46 (nobody can claim it).</summary>
        public static void EndSeason()
        {
            BigInteger sid = CurrentSid();
            if (!(sid > 0)) throw new Exception("no season");
            ByteString sk = SeasonKey(sid);
            Season season = LoadSeason(Read(sk));
            if (!season.Active) throw new Exception("not active");
            if (!(Now() >= season.EndTime)) throw new Exception("not ended");
            season.Active = false;
            season.Finalized = true;
            if (season.TotalPoints == 0)
            {
                WriteInteger(PREFIX_REWARD_POOL, ReadInteger(PREFIX_REWARD_POOL) + season.RewardPool);
                season.RewardPool = 0;
            }
            Write(sk, StdLib.Serialize(season));
            OnSeasonEnded(sid, season.TotalBurned, season.TotalPoints);
        }
    }
}
