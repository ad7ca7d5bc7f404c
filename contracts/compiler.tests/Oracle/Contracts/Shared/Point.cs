using System.Numerics;

namespace MiniApp.Compiler.Tests.Oracle.Contracts
{
    /// <summary>A record (C# struct → NeoVM Struct), compiled with every oracle contract.</summary>
    public struct Point
    {
        public BigInteger X;
        public BigInteger Y;
    }
}
