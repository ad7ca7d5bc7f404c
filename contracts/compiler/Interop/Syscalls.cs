using System.Security.Cryptography;
using System.Text;

namespace MiniApp.Compiler.Interop;

/// <summary>Interop service ids: the first 4 bytes of SHA-256 of the ASCII name (Neo's rule).</summary>
public static class Syscalls
{
    public static byte[] Hash(string name) => SHA256.HashData(Encoding.ASCII.GetBytes(name))[..4];
}

/// <summary>Native contract hashes (display form) used by the compiler itself (not via the framework).</summary>
public static class Natives
{
    public const string StdLib = "0xacce6fd80d44e1796aa0c2c625e9e4e0ce39efc0";

    /// <summary>"0x…" display hex (big-endian) → the 20 raw little-endian bytes.</summary>
    public static byte[] HashBytes(string display)
    {
        var bytes = Convert.FromHexString(display.StartsWith("0x") ? display[2..] : display);
        Array.Reverse(bytes);
        return bytes;
    }
}
