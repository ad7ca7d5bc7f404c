namespace MiniApp.Compiler;

/// <summary>Entry points: a project (csproj or folder) or an in-memory source set → compiled contracts.</summary>
public static class ContractCompiler
{
    public static CompilationResult CompileProject(string csprojOrFolder, CompilerOptions? options = null)
    {
        IReadOnlyList<SourceFile> sources;
        try { sources = Project.ProjectReader.Read(csprojOrFolder); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Xml.XmlException)
        {
            return new(false, [new(csprojOrFolder, 1, 1, "MC0001", e.Message)], []);
        }
        return CompileSources(sources, options);
    }

    public static CompilationResult CompileSources(IReadOnlyList<SourceFile> sources, CompilerOptions? options = null)
        => Driver.Pipeline.Run(sources, options ?? new CompilerOptions());
}
