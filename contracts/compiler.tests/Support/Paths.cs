using System.IO;
using System.Linq;
using System.Reflection;

namespace MiniApp.Compiler.Tests.Support;

/// <summary>Where the test project's sources and the chain file are (recorded at build time).</summary>
public static class Paths
{
    static string Metadata(string key) => typeof(Paths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;

    public static string ProjectDir => Metadata("TestProjectDir");
    public static string ChainFile => Path.GetFullPath(Metadata("ChainFile"));
}
