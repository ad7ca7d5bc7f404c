using Neo;

namespace MiniApp.Engine;

/// <summary>
/// A contract call as a plain value. Arguments: <c>BigInteger</c>/integral types, <c>bool</c>,
/// <c>string</c> (UTF-8 ByteString), <c>byte[]</c> (ByteString), <c>UInt160</c>/<c>UInt256</c>,
/// <c>null</c>, <c>IList</c> (Array) and <c>IDictionary</c> (Map), nested freely, or a
/// <see cref="StackValue"/> built by hand.
/// </summary>
public sealed record ContractCall(UInt160 Contract, string Method, IReadOnlyList<object?> Args)
{
    public ContractCall(UInt160 contract, string method, params object?[] args)
        : this(contract, method, (IReadOnlyList<object?>)args) { }

    public override string ToString() => $"{Contract}.{Method}({string.Join(", ", Args.Select(a => a?.ToString() ?? "null"))})";
}
