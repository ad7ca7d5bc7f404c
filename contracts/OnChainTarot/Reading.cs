// Spec: on-chain-tarot.md "Storage" — the Reading record at 41‖bytes(readingId).
using System.Numerics;
using Neo;

namespace MiniApps
{
    /// <summary>Struct [User, Question, Cards, SpreadType, Category, Status, Timestamp, Mode];
    /// Status 0 pending, 1 completed, 2 refunded; Mode 1 RNG, 2 hybrid. Cards is an Array of
    /// Integers, empty until the reading completes.</summary>
    public struct Reading
    {
        public UInt160 User;
        public string Question;
        public BigInteger[] Cards;
        public BigInteger SpreadType;
        public BigInteger Category;
        public BigInteger Status;
        public BigInteger Timestamp;
        public BigInteger Mode;
    }
}
