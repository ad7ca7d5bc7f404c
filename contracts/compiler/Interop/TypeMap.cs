using Microsoft.CodeAnalysis;

namespace MiniApp.Compiler.Interop;

/// <summary>How C# types appear on NeoVM: ABI parameter types and the integer wrap rules.</summary>
public static class TypeMap
{
    public static string AbiType(ITypeSymbol? type)
    {
        if (type is null) return "Any";
        if (type.SpecialType == SpecialType.System_Void) return "Void";
        if (type.SpecialType == SpecialType.System_Boolean) return "Boolean";
        if (type.SpecialType == SpecialType.System_String) return "String";
        if (IsIntegral(type) || IsBigInteger(type) || type.TypeKind == TypeKind.Enum) return "Integer";
        if (type is IArrayTypeSymbol arr)
            return arr.ElementType.SpecialType == SpecialType.System_Byte ? "ByteArray" : "Array";
        switch (type.Name)
        {
            case "ByteString": return "ByteArray";
            case "UInt160": return "Hash160";
            case "UInt256": return "Hash256";
            case "ECPoint": return "PublicKey";
            case "Map": return "Map";
            case "List": return "Array";
            case "Iterator": case "StorageContext": return "InteropInterface";
        }
        if (type.SpecialType == SpecialType.System_Object) return "Any";
        if (type.TypeKind is TypeKind.Struct or TypeKind.Class) return "Array";
        return "Any";
    }

    public static bool IsBigInteger(ITypeSymbol? t) => t is { Name: "BigInteger", ContainingNamespace.Name: "Numerics" };

    public static bool IsIntegral(ITypeSymbol? t) => t?.SpecialType is SpecialType.System_SByte or SpecialType.System_Byte
        or SpecialType.System_Int16 or SpecialType.System_UInt16 or SpecialType.System_Int32 or SpecialType.System_UInt32
        or SpecialType.System_Int64 or SpecialType.System_UInt64 or SpecialType.System_Char;

    /// <summary>Any type whose values are NeoVM Integers (compared with NUMEQUAL, jumps JMPEQ…).</summary>
    public static bool IsNumeric(ITypeSymbol? t) => IsIntegral(t) || IsBigInteger(t) || t?.TypeKind == TypeKind.Enum;

    /// <summary>(min, max) of a fixed-width integer type, used to wrap results as nccs 3.5.0 does.</summary>
    public static (System.Numerics.BigInteger Min, System.Numerics.BigInteger Max)? Range(ITypeSymbol? t) => t?.SpecialType switch
    {
        SpecialType.System_SByte => (sbyte.MinValue, sbyte.MaxValue),
        SpecialType.System_Byte => (byte.MinValue, byte.MaxValue),
        SpecialType.System_Int16 => (short.MinValue, short.MaxValue),
        SpecialType.System_UInt16 => (ushort.MinValue, ushort.MaxValue),
        SpecialType.System_Char => (char.MinValue, char.MaxValue),
        SpecialType.System_Int32 => (int.MinValue, int.MaxValue),
        SpecialType.System_UInt32 => (uint.MinValue, uint.MaxValue),
        SpecialType.System_Int64 => (long.MinValue, long.MaxValue),
        SpecialType.System_UInt64 => (ulong.MinValue, ulong.MaxValue),
        _ => null,
    };

    public static bool IsFramework(ISymbol? s) => s?.ContainingAssembly?.Name == "Neo.SmartContract.Framework";
}
