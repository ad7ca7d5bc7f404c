using System.Security.Cryptography;

namespace MiniApp.Compiler.Output;

/// <summary>Neo's script hash: RIPEMD-160(SHA-256(script)), little-endian. .NET has no RIPEMD-160, so it is here.</summary>
public static class Hash160
{
    public static byte[] Of(byte[] data) => Ripemd160(SHA256.HashData(data));

    private static readonly int[] R1 = [0,1,2,3,4,5,6,7,8,9,10,11,12,13,14,15, 7,4,13,1,10,6,15,3,12,0,9,5,2,14,11,8,
        3,10,14,4,9,15,8,1,2,7,0,6,13,11,5,12, 1,9,11,10,0,8,12,4,13,3,7,15,14,5,6,2, 4,0,5,9,7,12,2,10,14,1,3,8,11,6,15,13];
    private static readonly int[] R2 = [5,14,7,0,9,2,11,4,13,6,15,8,1,10,3,12, 6,11,3,7,0,13,5,10,14,15,8,12,4,9,1,2,
        15,5,1,3,7,14,6,9,11,8,12,2,10,0,4,13, 8,6,4,1,3,11,15,0,5,12,2,13,9,7,10,14, 12,15,10,4,1,5,8,7,6,2,13,14,0,3,9,11];
    private static readonly int[] S1 = [11,14,15,12,5,8,7,9,11,13,14,15,6,7,9,8, 7,6,8,13,11,9,7,15,7,12,15,9,11,7,13,12,
        11,13,6,7,14,9,13,15,14,8,13,6,5,12,7,5, 11,12,14,15,14,15,9,8,9,14,5,6,8,6,5,12, 9,15,5,11,6,8,13,12,5,12,13,14,11,8,5,6];
    private static readonly int[] S2 = [8,9,9,11,13,15,15,5,7,7,8,11,14,14,12,6, 9,13,15,7,12,8,9,11,7,7,12,7,6,15,13,11,
        9,7,15,11,8,6,6,14,12,13,5,14,13,13,7,5, 15,5,8,11,14,14,6,14,6,9,12,9,12,5,15,8, 8,5,12,9,12,5,14,6,8,13,6,5,15,13,11,11];
    private static readonly uint[] K1 = [0x00000000, 0x5A827999, 0x6ED9EBA1, 0x8F1BBCDC, 0xA953FD4E];
    private static readonly uint[] K2 = [0x50A28BE6, 0x5C4DD124, 0x6D703EF3, 0x7A6D76E9, 0x00000000];

    private static uint F(int j, uint x, uint y, uint z) => (j / 16) switch
    {
        0 => x ^ y ^ z, 1 => (x & y) | (~x & z), 2 => (x | ~y) ^ z, 3 => (x & z) | (y & ~z), _ => x ^ (y | ~z),
    };

    private static uint Rol(uint x, int n) => (x << n) | (x >> (32 - n));

    private static byte[] Ripemd160(byte[] message)
    {
        uint h0 = 0x67452301, h1 = 0xEFCDAB89, h2 = 0x98BADCFE, h3 = 0x10325476, h4 = 0xC3D2E1F0;
        int padded = ((message.Length + 8) / 64 + 1) * 64;
        var buf = new byte[padded];
        message.CopyTo(buf, 0);
        buf[message.Length] = 0x80;
        BitConverter.GetBytes((ulong)message.Length * 8).CopyTo(buf, padded - 8);
        var x = new uint[16];
        for (int block = 0; block < padded; block += 64)
        {
            for (int i = 0; i < 16; i++) x[i] = BitConverter.ToUInt32(buf, block + i * 4);
            uint al = h0, bl = h1, cl = h2, dl = h3, el = h4, ar = h0, br = h1, cr = h2, dr = h3, er = h4;
            for (int j = 0; j < 80; j++)
            {
                uint t = Rol(al + F(j, bl, cl, dl) + x[R1[j]] + K1[j / 16], S1[j]) + el;
                al = el; el = dl; dl = Rol(cl, 10); cl = bl; bl = t;
                t = Rol(ar + F(79 - j, br, cr, dr) + x[R2[j]] + K2[j / 16], S2[j]) + er;
                ar = er; er = dr; dr = Rol(cr, 10); cr = br; br = t;
            }
            uint tt = h1 + cl + dr;
            h1 = h2 + dl + er; h2 = h3 + el + ar; h3 = h4 + al + br; h4 = h0 + bl + cr; h0 = tt;
        }
        return [.. BitConverter.GetBytes(h0), .. BitConverter.GetBytes(h1), .. BitConverter.GetBytes(h2), .. BitConverter.GetBytes(h3), .. BitConverter.GetBytes(h4)];
    }
}
