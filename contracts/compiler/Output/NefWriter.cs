using System.Security.Cryptography;
using System.Text;

namespace MiniApp.Compiler.Output;

/// <summary>
/// NEF3 (Neo 3.5): magic "NEF3" (0x3346454E LE) · compiler (64 bytes, zero-padded) · source
/// (varstring ≤ 256) · reserved byte 0 · method tokens (varint count, each: hash 20, method
/// varstring, params u16, hasReturn bool, callFlags byte) · reserved u16 0 · script (varbytes) ·
/// checksum = first 4 bytes of SHA256(SHA256(everything before it)).
/// </summary>
public static class NefWriter
{
    /// <summary>The NEF "compiler" field. Deliberately not "neo-core-v3.0 …" so a NEF says who built it.</summary>
    public static readonly string CompilerName = $"MiniApp.Compiler {typeof(NefWriter).Assembly.GetName().Version?.ToString(3)}";

    public static byte[] Write(byte[] script, IReadOnlyList<MethodToken> tokens, string source)
    {
        if (Encoding.UTF8.GetByteCount(source) > 256) throw new InvalidOperationException("NEF source over 256 bytes");
        using var ms = new MemoryStream();
        var w = new BinaryWriter(ms);
        w.Write(0x3346454E);
        var compiler = new byte[64];
        Encoding.UTF8.GetBytes(CompilerName).CopyTo(compiler, 0);
        w.Write(compiler);
        VarBytes(w, Encoding.UTF8.GetBytes(source));
        w.Write((byte)0);
        VarInt(w, (ulong)tokens.Count);
        foreach (var t in tokens)
        {
            w.Write(t.Hash);
            VarBytes(w, Encoding.UTF8.GetBytes(t.Method));
            w.Write(t.ParametersCount);
            w.Write(t.HasReturnValue);
            w.Write(t.CallFlags);
        }
        w.Write((ushort)0);
        VarBytes(w, script);
        w.Flush();
        byte[] body = ms.ToArray();
        byte[] checksum = SHA256.HashData(SHA256.HashData(body))[..4];
        return [.. body, .. checksum];
    }

    private static void VarBytes(BinaryWriter w, byte[] data) { VarInt(w, (ulong)data.Length); w.Write(data); }

    private static void VarInt(BinaryWriter w, ulong n)
    {
        if (n < 0xFD) w.Write((byte)n);
        else if (n <= 0xFFFF) { w.Write((byte)0xFD); w.Write((ushort)n); }
        else if (n <= 0xFFFFFFFF) { w.Write((byte)0xFE); w.Write((uint)n); }
        else { w.Write((byte)0xFF); w.Write(n); }
    }
}
