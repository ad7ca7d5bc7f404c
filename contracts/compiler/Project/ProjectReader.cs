using System.Xml.Linq;

namespace MiniApp.Compiler.Project;

/// <summary>
/// Reads a contract project: every **/*.cs under its folder (bin/ and obj/ excluded) plus
/// &lt;Compile Include="…"/&gt; items (wildcards allowed, relative to the csproj), so an app project can
/// include ../DevPack/*.cs. A ProjectReference to the framework is ignored: it is built in.
/// </summary>
public static class ProjectReader
{
    public static IReadOnlyList<SourceFile> Read(string csprojOrFolder)
    {
        string folder, csproj;
        if (Directory.Exists(csprojOrFolder))
        {
            folder = Path.GetFullPath(csprojOrFolder);
            csproj = Directory.GetFiles(folder, "*.csproj").FirstOrDefault() ?? "";
        }
        else if (File.Exists(csprojOrFolder)) { csproj = Path.GetFullPath(csprojOrFolder); folder = Path.GetDirectoryName(csproj)!; }
        else throw new FileNotFoundException($"no such project or folder: {csprojOrFolder}");

        var files = new SortedSet<string>(StringComparer.Ordinal);
        bool defaultItems = true;
        var includes = new List<string>();
        if (csproj != "")
        {
            var doc = XDocument.Load(csproj);
            defaultItems = !doc.Descendants("EnableDefaultCompileItems").Any(e => e.Value.Trim().Equals("false", StringComparison.OrdinalIgnoreCase));
            includes.AddRange(doc.Descendants("Compile").Select(e => (string?)e.Attribute("Include")).OfType<string>());
        }
        if (defaultItems)
            foreach (var f in Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories))
            {
                var rel = Path.GetRelativePath(folder, f).Replace('\\', '/');
                if (rel.StartsWith("bin/") || rel.StartsWith("obj/") || rel.Contains("/bin/") || rel.Contains("/obj/")) continue;
                files.Add(f);
            }
        foreach (var pattern in includes.SelectMany(i => i.Split(';', StringSplitOptions.RemoveEmptyEntries)))
            foreach (var f in Expand(folder, pattern.Trim().Replace('\\', '/')))
                files.Add(f);
        // Order as a shell glob sorts them in an en_US locale (punctuation ignored, case-insensitive),
        // the order nccs 3.5.0 is usually given its files: partial-class members, hence ABI methods,
        // then come out in the same order.
        return files.OrderBy(CollationKey, StringComparer.OrdinalIgnoreCase).ThenBy(f => f, StringComparer.Ordinal)
            .Select(f => new SourceFile(f, File.ReadAllText(f))).ToList();
    }

    private static string CollationKey(string path) => new(path.Where(char.IsLetterOrDigit).ToArray());

    private static IEnumerable<string> Expand(string folder, string pattern)
    {
        string full = Path.GetFullPath(Path.Combine(folder, pattern));
        if (!pattern.Contains('*')) return File.Exists(full) ? [full] : throw new FileNotFoundException($"Compile item not found: {pattern}");
        bool recursive = pattern.Contains("**");
        string dir = Path.GetDirectoryName(Path.GetFullPath(Path.Combine(folder, pattern.Split('*')[0] + "x")))!;
        string filePattern = Path.GetFileName(pattern);
        return Directory.Exists(dir) ? Directory.EnumerateFiles(dir, filePattern, recursive ? SearchOption.AllDirectories : SearchOption.TopDirectoryOnly) : [];
    }
}
