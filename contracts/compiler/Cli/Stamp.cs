using System.Security.Cryptography;
using System.Text;

namespace MiniApp.Compiler.Cli;

/// <summary>
/// Incremental build record: SHA-256 over every source path + text and the compiler's own
/// assembly bytes (framework included) and the options (a variant build is not current for a plain one). A project is current when the stamp matches and each
/// contract it produced still has its three output files.
/// </summary>
public sealed class Stamp(string output, string project, IReadOnlyList<SourceFile> sources, CompilerOptions options)
{
    private readonly string path = Path.Combine(output, ".stamps",
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Path.GetFullPath(project))))[..16] + ".stamp");

    private string Fingerprint()
    {
        using var h = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var asm in new[] { typeof(Stamp).Assembly, typeof(Neo.SmartContract.Framework.SmartContract).Assembly })
            h.AppendData(File.ReadAllBytes(asm.Location));
        h.AppendData(Encoding.UTF8.GetBytes(options + "\0"));
        foreach (var s in sources.OrderBy(s => s.Path, StringComparer.Ordinal))
        {
            h.AppendData(Encoding.UTF8.GetBytes(s.Path + "\0"));
            h.AppendData(Encoding.UTF8.GetBytes(s.Text + "\0"));
        }
        return Convert.ToHexString(h.GetHashAndReset());
    }

    public bool IsCurrent()
    {
        if (!File.Exists(path)) return false;
        var lines = File.ReadAllLines(path);
        if (lines.Length == 0 || lines[0] != Fingerprint()) return false;
        return lines.Skip(1).All(name => new[] { ".nef", ".manifest.json", ".debug.json" }.All(ext => File.Exists(Path.Combine(output, name + ext))));
    }

    public void Write(IEnumerable<string> contracts)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllLines(path, [Fingerprint(), .. contracts]);
    }
}
