namespace MiniApp.Compiler;

/// <summary>One C# source file of a contract project.</summary>
public sealed record SourceFile(string Path, string Text);

/// <summary>Test-only deliberately wrong code generation (proves the oracle property bites).</summary>
public enum Mutation { None, DivisionFloors }

/// <summary>
/// How a comparison in a condition becomes a jump. <c>Fused</c> (default): one JMPxx taking both
/// operands. <c>Plain</c>: the comparison's Boolean value, then JMPIF/JMPIFNOT, as nccs 3.5.0 emits
/// it: the same results and faults, one more instruction per comparison evaluated, hence other
/// NEFs and more GAS. A second honest build of the same sources (the GAS gate's tests use it as
/// "another team's compiler").
/// </summary>
public enum ConditionJumps { Fused, Plain }

public sealed record CompilerOptions
{
    /// <summary>Compile only the contract class of this name (null: every contract in the sources).</summary>
    public string? ContractName { get; init; }
    public Mutation Mutation { get; init; } = Mutation.None;
    public ConditionJumps ConditionJumps { get; init; } = ConditionJumps.Fused;
}

public sealed record CompilerDiagnostic(string File, int Line, int Column, string Code, string Message)
{
    public override string ToString() => $"{File}({Line},{Column}): error {Code}: {Message}";
}

/// <summary>NEF bytes, manifest JSON and debug-info JSON of one contract class.</summary>
public sealed record CompiledContract(string Name, byte[] Nef, string ManifestJson, string DebugInfoJson);

public sealed record CompilationResult(bool Success, IReadOnlyList<CompilerDiagnostic> Diagnostics, IReadOnlyList<CompiledContract> Contracts);
