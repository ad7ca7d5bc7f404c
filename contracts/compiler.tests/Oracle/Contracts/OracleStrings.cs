using System.Numerics;
using Neo.SmartContract.Framework;

namespace MiniApp.Compiler.Tests.Oracle.Contracts
{
    /// <summary>String and byte operations.</summary>
    public class OracleStrings : SmartContract
    {
        public static string Concat(string a, string b) => a + b;
        public static string Concat3(string a, string b, string c) => a + "-" + b + c;
        public static bool StrEq(string a, string b) => a == b;
        /// <summary>NeoVM: the UTF-8 byte count (C#: UTF-16 code units).</summary>
        public static BigInteger StrLength(string s) => s.Length;
        public static BigInteger BytesLength(byte[] b) => b.Length;
        public static BigInteger ByteAt(byte[] b, BigInteger i) => b[(int)i];
        public static BigInteger SumBytes(byte[] b)
        {
            BigInteger sum = 0;
            for (int i = 0; i < b.Length; i++) sum += b[i];
            return sum;
        }
        public static byte[] MakeBytes(BigInteger n)
        {
            byte[] r = new byte[(int)n];
            for (int i = 0; i < r.Length; i++) r[i] = (byte)(i * 7 + 1);
            return r;
        }
        /// <summary>NeoVM: 0 converts to the empty byte string (C#: one zero byte).</summary>
        public static byte[] IntToBytes(BigInteger v) => v.ToByteArray();
        public static BigInteger BytesToInt(byte[] b) => new BigInteger(b);
        public static string Greet(string name, BigInteger times)
        {
            string r = "";
            for (BigInteger i = 0; i < times; i++) r = r + name;
            return r;
        }
    }
}
