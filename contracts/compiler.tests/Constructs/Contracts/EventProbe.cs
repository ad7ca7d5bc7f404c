using System.ComponentModel;
using System.Numerics;
using Neo;
using Neo.SmartContract.Framework;
using Neo.SmartContract.Framework.Services;

namespace MiniApp.Compiler.Tests.Constructs.Contracts
{
    /// <summary>Events from [DisplayName] delegates; a fault discards them.</summary>
    public class EventProbe : SmartContract
    {
        public delegate void ScoredHandler(UInt160 player, BigInteger points, string note, bool best);

        [DisplayName("Scored")]
        public static event ScoredHandler OnScored;

        public static void Score(UInt160 player, BigInteger points)
        {
            OnScored(player, points, "ok", points > 100);
        }

        public static void ScoreThenFail(UInt160 player)
        {
            OnScored(player, 1, "lost", false);
            throw new System.Exception("after event");
        }
    }
}
