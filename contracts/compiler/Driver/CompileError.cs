using Microsoft.CodeAnalysis;

namespace MiniApp.Compiler.Driver;

/// <summary>Stable diagnostic codes (MC = MiniApp Compiler). Roslyn's own errors keep their CSxxxx code.</summary>
public static class Codes
{
    public const string ProjectRead = "MC0001";
    public const string Unsupported = "MC1001";     // construct outside the supported subset
    public const string UnsupportedType = "MC1002"; // type not representable on NeoVM here
    public const string UnknownMember = "MC1003";   // BCL / framework member without a NeoVM mapping
    public const string BufferEscape = "MC1004";    // a byte[] (Buffer) would reach a record or an event
    public const string NccsDiffers = "MC1005";     // C# and nccs 3.5.0 give the construct different meanings
    public const string DuplicateMethod = "MC2001"; // two exported methods with the same name and arity
    public const string DuplicateEvent = "MC2002";
    public const string BadAttribute = "MC2003";
    public const string Limit = "MC3001";           // slot / operand limits of NeoVM
}

/// <summary>Thrown by code generation; becomes one diagnostic at the node's location.</summary>
public sealed class CompileError(Location? location, string code, string message) : Exception(message)
{
    public Location? Location { get; } = location;
    public string Code { get; } = code;

    public static CompileError Unsupported(SyntaxNode node, string what)
        => new(node.GetLocation(), Codes.Unsupported, $"unsupported construct: {what} ('{Short(node)}')");

    /// <summary>A construct that nccs 3.5.0 compiles to something a C# reader would not expect (or
    /// cannot compile): the message says what nccs does and how to write it instead.</summary>
    public static CompileError Nccs(SyntaxNode node, string nccsDoes, string writeInstead)
        => new(node.GetLocation(), Codes.NccsDiffers, $"{nccsDoes} ('{Short(node)}'): {writeInstead}");

    private static string Short(SyntaxNode node)
    {
        string text = node.ToString().ReplaceLineEndings(" ");
        return text.Length > 60 ? text[..57] + "..." : text;
    }

    public CompilerDiagnostic ToDiagnostic()
    {
        if (Location is null || !Location.IsInSource) return new("<unknown>", 1, 1, Code, Message);
        var span = Location.GetLineSpan();
        return new(span.Path, span.StartLinePosition.Line + 1, span.StartLinePosition.Character + 1, Code, Message);
    }
}
