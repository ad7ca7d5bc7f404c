using Microsoft.CodeAnalysis;
using MiniApp.Compiler.Assembler;

namespace MiniApp.Compiler.Output;

/// <summary>An exported method: manifest name, C# symbol (null for _initialize), safe flag, entry.</summary>
public sealed record AbiMethod(string Name, IMethodSymbol? Method, bool Safe, Label Entry);

public sealed record AbiEvent(string Name, IEventSymbol Event, List<(string Name, string Type)> Parameters);

/// <summary>NEF method token (a CALLT target). Hash is the 20 raw little-endian bytes.</summary>
public sealed record MethodToken(byte[] Hash, string Method, ushort ParametersCount, bool HasReturnValue, byte CallFlags)
{
    public bool Equals(MethodToken? o) => o is not null && Hash.AsSpan().SequenceEqual(o.Hash) && Method == o.Method
        && ParametersCount == o.ParametersCount && HasReturnValue == o.HasReturnValue && CallFlags == o.CallFlags;
    public override int GetHashCode() => HashCode.Combine(Method, ParametersCount);
}

/// <summary>Class attributes that feed the manifest / NEF.</summary>
public sealed class ManifestAttributes
{
    public List<string> Trusts { get; } = [];
    public SortedSet<string> Standards { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, string> Extra { get; } = [];
    public string Source { get; set; } = "";
}

/// <summary>
/// manifest.permissions, merged the way nccs 3.5.0 merges them: "*"/"*" absorbs everything, a
/// wildcard method list per contract absorbs that contract's entries, a method allowed on every
/// contract absorbs per-contract entries of that method. Output sorted.
/// </summary>
public sealed class Permissions
{
    private readonly HashSet<(string Hash, string Method)> items = [];
    private readonly SortedSet<string> anyMethodOf = new(StringComparer.Ordinal);
    private readonly SortedSet<string> methodOnAny = new(StringComparer.Ordinal);
    private bool all;

    public void Add(string contract, string method)
    {
        if (all) return;
        if (contract == "*" && method == "*") { all = true; return; }
        if (contract == "*") { if (methodOnAny.Add(method)) items.RemoveWhere(i => i.Method == method); return; }
        if (method == "*") { if (anyMethodOf.Add(contract)) items.RemoveWhere(i => i.Hash == contract); return; }
        if (!anyMethodOf.Contains(contract) && !methodOnAny.Contains(method)) items.Add((contract, method));
    }

    public IEnumerable<(string Contract, IReadOnlyList<string>? Methods)> Entries()
    {
        if (all) { yield return ("*", null); yield break; }
        foreach (var g in items.GroupBy(i => i.Hash).OrderBy(g => g.Key, StringComparer.Ordinal))
            yield return (g.Key, g.Select(i => i.Method).OrderBy(m => m, StringComparer.Ordinal).ToList());
        foreach (var h in anyMethodOf) yield return (h, null);
        if (methodOnAny.Count > 0) yield return ("*", methodOnAny.ToList());
    }
}
