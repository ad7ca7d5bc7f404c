// Spec: neo-gacha.md "Storage" — the Machine record at 41‖bytes(id), the Item record at
// 42‖K(id, i) and the Play record at 44‖bytes(playId).
using System.Numerics;
using Neo;

namespace MiniApps
{
    /// <summary>Struct [Creator, Owner, Name, Description, Category, Tags, Price, ItemCount, TotalWeight,
    /// AvailableWeight, AvailableItemCount, Plays, Revenue, CreatedAt, LastPlayedAt, Active, Banned, Locked].</summary>
    public struct Machine
    {
        public UInt160 Creator;
        public UInt160 Owner;
        public string Name;
        public string Description;
        public string Category;
        public string Tags;
        public BigInteger Price;
        public BigInteger ItemCount;
        public BigInteger TotalWeight;
        public BigInteger AvailableWeight;
        public BigInteger AvailableItemCount;
        public BigInteger Plays;
        public BigInteger Revenue;
        public BigInteger CreatedAt;
        public BigInteger LastPlayedAt;
        public bool Active;
        public bool Banned;
        public bool Locked;
    }

    /// <summary>Struct [Name, Weight, Rarity, AssetHash, Amount, Stock, CumulativeWeightBefore].</summary>
    public struct GachaItem
    {
        public string Name;
        public BigInteger Weight;
        public string Rarity;
        public UInt160 AssetHash;
        public BigInteger Amount;
        public BigInteger Stock;
        public BigInteger CumulativeWeightBefore;
    }

    /// <summary>Struct [Player, MachineId, ItemIndex, Price, Timestamp, Resolved, Mode]; Mode 1 RNG-legacy,
    /// 2 RNG-hybrid, 3 seed-optimized; ItemIndex 0 = not yet resolved or refunded.</summary>
    public struct Play
    {
        public UInt160 Player;
        public BigInteger MachineId;
        public BigInteger ItemIndex;
        public BigInteger Price;
        public BigInteger Timestamp;
        public bool Resolved;
        public BigInteger Mode;
    }
}
