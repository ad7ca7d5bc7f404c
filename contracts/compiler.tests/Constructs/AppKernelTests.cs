extern alias neo;
using System;
using System.Collections.Generic;
using System.Linq;
using System.Numerics;
using System.Security.Cryptography;
using System.Text;
using MiniApp.Engine;
using neo::Neo.IO;
using Xunit;

namespace MiniApp.Compiler.Tests.Constructs;

/// <summary>
/// The constructs the spec's remaining apps need (issue #13), compiled, deployed and run on the
/// in-process Neo 3.5.0 engine (<c>Contracts/AppKernelProbe.cs</c>). Expected values come from
/// reference implementations of the app files' formulas written here in plain C# (SHA-256 of .NET).
/// </summary>
public sealed class AppKernelTests
{
    static readonly ConstructDeployer X = new();
    static readonly neo::Neo.UInt160 P = X.Deploy("AppKernelProbe").Hash;

    static byte[] H(byte[] x) => SHA256.HashData(x);
    static byte[] Bytes(BigInteger n) => n.IsZero ? [] : n.ToByteArray();
    static BigInteger Rand(byte[] h) => new(h.Take(31).Append((byte)0).ToArray());
    static BigInteger BeN(byte[] h, int k) => h.Take(k).Aggregate(BigInteger.Zero, (r, b) => r * 256 + b);
    static byte[] Seed(int i) => H(Encoding.UTF8.GetBytes("seed" + i));

    static StackValue Read(string method, params object?[] args)
    {
        var o = X.Read(P, method, args);
        Assert.True(o.Halted, o.ToString());
        return o.Result;
    }

    static BigInteger[] Ints(StackValue v) => Assert.IsType<ArrayValue>(v).Items.Select(i => Assert.IsType<IntegerValue>(i).Value).ToArray();

    [Fact]
    public void Rand_and_beN_match_README_section_4()
    {
        for (int i = 0; i < 20; i++)
        {
            var h = Seed(i);
            Assert.Equal(StackValue.Of(Rand(h)), Read("rand", h));
            Assert.Equal(StackValue.Of(BeN(h, 8)), Read("beN", h, 8));
        }
        Assert.Equal(StackValue.Of(Rand(Enumerable.Repeat((byte)0xff, 32).ToArray())), Read("rand", Enumerable.Repeat((byte)0xff, 32).ToArray()));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(10)]
    public void Tarot_cards_are_the_CARDS_function(int count)
    {
        for (int i = 0; i < 4; i++)
        {
            byte[] x = Seed(i);
            var drawn = new List<BigInteger>();
            byte[] h = x;
            for (int j = 0; drawn.Count < count; j++)
            {
                h = H(h.Concat(Bytes(j)).ToArray());
                var c = BeN(h, 4) % 78;
                if (!drawn.Contains(c)) drawn.Add(c);
            }
            Assert.Equal(drawn, Ints(Read("cards", x, count)));
        }
    }

    [Fact]
    public void Turtle_game_is_the_GAME_function()
    {
        BigInteger[] odds = [20, 40, 58, 73, 85, 93, 98, 100];
        BigInteger[] rewards = [15_000_000, 15_000_000, 18_000_000, 20_000_000, 25_000_000, 35_000_000, 50_000_000, 100_000_000];
        for (int i = 0; i < 4; i++)
        {
            byte[] s = Seed(i);
            int boxes = 3 + i;
            BigInteger matches = 0, reward = 0;
            byte[] chain = s;
            for (int b = 0; b < boxes; b++)
            {
                var counts = new int[8];
                for (int cell = 0; cell < 9; cell++)
                {
                    chain = H(chain);
                    var r = Rand(chain) % 100;
                    counts[Array.FindIndex(odds, o => r < o)]++;
                }
                for (int c = 0; c < 8; c++) if (counts[c] >= 3) { matches++; reward += rewards[c]; }
            }
            Assert.Equal(new[] { matches, reward }, Ints(Read("game", s, boxes)));
        }
    }

    [Fact]
    public void Red_envelope_split_is_D_with_an_exact_sum()
    {
        const long min = 1_000_000;
        foreach (var (total, n) in new[] { (10_000_000L, 1), (10_000_000L, 10), (123_456_789L, 7), (5_000_000L, 5) })
        {
            byte[] s = Seed(n);
            var a = new BigInteger[n];
            BigInteger rem = total;
            for (int k = 0; k < n - 1; k++)
            {
                var r = Rand(H(s.Concat(Bytes(k)).ToArray()));
                var range = rem - (n - 1 - k) * min - min;
                a[k] = range > 0 ? min + r % range : min;
                rem -= a[k];
            }
            a[n - 1] = rem;
            var got = Ints(Read("distribute", s, total, n));
            Assert.Equal(a, got);
            Assert.Equal(total, got.Aggregate(BigInteger.Zero, (x, y) => x + y));
        }
    }

    [Fact]
    public void Gacha_weighted_selection_is_select()
    {
        BigInteger[] weights = [10, 25, 5, 60];
        for (int i = 0; i < 10; i++)
        {
            byte[] x = Seed(100 + i);
            var roll = Rand(H(x)) % 100;
            BigInteger c = 0; int index = 0;
            for (int k = 0; k < weights.Length; k++) { if (roll < c + weights[k]) { index = k + 1; break; } c += weights[k]; }
            var got = Assert.IsType<ArrayValue>(Read("select", weights, x));
            Assert.Equal(new StackValue[] { StackValue.Of(index), StackValue.Of(c), StackValue.Of(100) }, got.Items);
        }
    }

    [Fact]
    public void Lottery_cumulative_index_winner_walk_and_Storage_Find_modes()
    {
        var x = new ConstructDeployer();
        var h = x.Deploy("AppKernelProbe").Hash;
        var u1 = x.Chain.Accounts["u1"].Hash;
        var u2 = x.Chain.Accounts["u2"].Hash;
        Assert.Equal(StackValue.Of(0), x.Call(h, "addEntry", u1, 3).Result);
        Assert.Equal(StackValue.Of(1), x.Call(h, "addEntry", u2, 5).Result);
        Assert.Equal(StackValue.Of(2), x.Call(h, "addEntry", u1, 2).Result);
        var e1 = Assert.IsType<StructValue>(x.Read(h, "getEntry", 1).Result);
        Assert.Equal(new StackValue[] { new ByteStringValue(u2.ToArray()), StackValue.Of(3), StackValue.Of(5) }, e1.Items);
        Assert.IsType<NullValue>(x.Read(h, "getEntry", 3).Result);
        foreach (var (ticket, owner) in new[] { (0, u1), (2, u1), (3, u2), (7, u2), (8, u1), (9, u1) })
            Assert.Equal(new ByteStringValue(owner.ToArray()), x.Read(h, "winnerOf", ticket).Result);
        Assert.IsType<NullValue>(x.Read(h, "winnerOf", 10).Result);
        Assert.Equal(new BigInteger[] { 0, 3, 8 }, Ints(x.Read(h, "startTickets").Result));
        Assert.Equal(StackValue.Of(3), x.Read(h, "entryKeyCount").Result);
    }

    [Fact]
    public void Record_with_an_array_field_changed_by_a_helper_and_stored()
    {
        var x = new ConstructDeployer();
        var h = x.Deploy("AppKernelProbe").Hash;
        var u1 = x.Chain.Accounts["u1"].Hash;
        string question = "Will it rain on the weekend?"; // 28 bytes → 5 cards
        Assert.Equal(StackValue.Of(1), x.Call(h, "saveReading", u1, question, 2).Result);
        var empty = Assert.IsType<MapValue>(x.Read(h, "getReadingForFrontend", 2).Result);
        Assert.Empty(empty.Entries);
        byte[] seed = Seed(7);
        var settled = x.Call(h, "completeReading", 1, seed);
        Assert.True(settled.Halted, settled.ToString());
        var rd = Assert.IsType<StructValue>(x.Read(h, "getReading", 1).Result);
        var cards = Ints(rd.Items[2]);
        Assert.Equal(Ints(Read("cards", seed, 5)), cards);
        Assert.Equal(StackValue.Of(1), rd.Items[3]);
        Assert.Equal(StackValue.Of(true), rd.Items[4]);
        // storage: Struct (41) of 5 items whose third is an Array (40) of 5 Integers
        var raw = x.Chain.StorageValue(h, new byte[] { 0x41, 0x01 })!;
        Assert.Equal(new byte[] { 0x41, 0x05, 0x28, 0x14 }, raw.Take(4).ToArray());
        Assert.Contains(new byte[] { 0x40, 0x05, 0x21 }, Windows(raw, 3));
        var again = x.Call(h, "completeReading", 1, seed);
        Assert.False(again.Halted);
        Assert.Equal("An unhandled exception was thrown. already settled", again.Exception);

        var m = Assert.IsType<MapValue>(x.Read(h, "getReadingForFrontend", 1).Result);
        Assert.Equal(new[] { "id", "user", "cards", "cardCount", "status", "label" }, m.Entries.Select(e => Encoding.UTF8.GetString(((BytesValue)e.Key).Bytes)));
        Assert.Equal(StackValue.Of("completed"), m.Entries[4].Value);
        Assert.Equal(StackValue.Of("reading #1"), m.Entries[5].Value);
        Assert.Equal(StackValue.Of(5), m.Entries[3].Value);
    }

    static IEnumerable<byte[]> Windows(byte[] b, int n) => Enumerable.Range(0, b.Length - n + 1).Select(i => b[i..(i + n)]);

    [Theory]
    [InlineData(5, 1)]
    [InlineData(10, 3)]
    [InlineData(25, 5)]
    [InlineData(40, 10)]
    public void Switch_expression_with_relational_patterns(int length, int cards)
        => Assert.Equal(StackValue.Of(cards), Read("cardCount", length));

    [Theory]
    [InlineData("single", 5_000_000)]
    [InlineData("celtic", 50_000_000)]
    [InlineData("other", 0)]
    public void Switch_statement_on_strings(string name, long fee) => Assert.Equal(StackValue.Of(fee), Read("spreadFee", name));

    [Fact]
    public void NEO_and_GAS_natives_and_StdLib_ContractManagement()
    {
        var x = new ConstructDeployer();
        var h = x.Deploy("AppKernelProbe").Hash;
        var u1 = x.Chain.Accounts["u1"].Hash;
        var b = Ints(x.Read(h, "balances", h).Result);
        Assert.Equal(new BigInteger[] { 0, 0, 0 }, b);
        Assert.True(Ints(x.Read(h, "balances", u1).Result)[1] > 0); // funded with GAS
        Assert.Equal(StackValue.Of(true), x.Call(h, "sendNeo", u1, 0).Result);   // 0 NEO from itself: allowed
        Assert.Equal(StackValue.Of(false), x.Call(h, "sendNeo", u1, 1).Result);  // it holds none
        var misc = Assert.IsType<ArrayValue>(x.Read(h, "misc", 123).Result);
        Assert.Equal(new StackValue[] { StackValue.Of(true), StackValue.Of("123"), StackValue.Of(123), new ByteStringValue([123]), StackValue.Of(123) }, misc.Items);
        var notes = Assert.IsType<ArrayValue>(x.Read(h, "notifyAndCount", 3).Result);
        Assert.Equal(new StackValue[] { StackValue.Of(3), StackValue.Of("Tick"), StackValue.Of(2), StackValue.Of(true) }, notes.Items);
        var tooBig = x.Read(h, "misc", BigInteger.Pow(2, 40));
        Assert.False(tooBig.Halted);                                             // (int) of 2^40 THROWs (nccs 3.5.0)
        Assert.Equal("An unhandled exception was thrown.", tooBig.Exception);
    }
}
