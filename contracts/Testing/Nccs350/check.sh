#!/usr/bin/env bash
# Compiles every contract of contracts/ with the OFFICIAL nccs 3.5.0 (README.md §"Checking against
# nccs 3.5.0"): builds the compiler library of neo-devpack-dotnet tag v3.5.0 in a scratch folder,
# against Neo 3.5.0 (the DLLs inside the Neo.Express 3.5.20 tool package) and Roslyn 4.14, with a
# small driver instead of its System.CommandLine front end, then writes <Name>.nef/.manifest.json.
#
# usage: contracts/Testing/Nccs350/check.sh <neo-devpack-dotnet git dir> [outdir]
set -euo pipefail
repo=${1:?usage: check.sh <neo-devpack-dotnet git dir> [outdir]}
out=${2:-/tmp/nccs350-out}
here=$(cd "$(dirname "$0")" && pwd)
contracts=$(cd "$here/../.." && pwd)
neo=$(ls -d ~/.nuget/packages/neo.express/3.5.20/tools/net6.0/any)
work=$(mktemp -d /tmp/nccs350.XXXXXX)

git -C "$repo" archive v3.5.0 src/Neo.SmartContract.Framework src/Neo.Compiler.CSharp | tar -x -C "$work"
rm "$work/src/Neo.Compiler.CSharp/Program.cs"
cp "$here/Driver.cs.txt" "$work/src/Neo.Compiler.CSharp/Driver.cs"
cat > "$work/src/Directory.Build.props" <<PROPS
<Project><PropertyGroup><TargetFramework>net10.0</TargetFramework>
<NoWarn>\$(NoWarn);CS0626;CS0169;CS0649;CS0660;CS0661;CS8632;CS0824;CS0108;CS0114;CS0618;CS8600;CS8602;CS8604</NoWarn></PropertyGroup></Project>
PROPS
cat > "$work/src/Neo.Compiler.CSharp/Neo.Compiler.CSharp.csproj" <<PROJ
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><AssemblyName>nccs</AssemblyName><OutputType>Exe</OutputType><RootNamespace>Neo.Compiler</RootNamespace><Nullable>enable</Nullable></PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Microsoft.CodeAnalysis.CSharp" Version="4.14.0" />
    <Reference Include="Neo"><HintPath>$neo/Neo.dll</HintPath></Reference>
    <Reference Include="Neo.VM"><HintPath>$neo/Neo.VM.dll</HintPath></Reference>
    <Reference Include="Neo.Json"><HintPath>$neo/Neo.Json.dll</HintPath></Reference>
    <Reference Include="Akka"><HintPath>$neo/Akka.dll</HintPath></Reference>
    <Reference Include="BouncyCastle.Crypto"><HintPath>$neo/BouncyCastle.Crypto.dll</HintPath></Reference>
    <Reference Include="K4os.Compression.LZ4"><HintPath>$neo/K4os.Compression.LZ4.dll</HintPath></Reference>
    <ProjectReference Include="../Neo.SmartContract.Framework/Neo.SmartContract.Framework.csproj"><Aliases>scfx</Aliases></ProjectReference>
  </ItemGroup>
</Project>
PROJ
dotnet build -nologo -v q "$work/src/Neo.Compiler.CSharp" >/dev/null
nccs="dotnet $work/src/Neo.Compiler.CSharp/bin/Debug/net10.0/nccs.dll"

status=0
compile() { $nccs "$out" "$@" 2>&1 | grep -v ': hidden ' || status=1; }
compile "$contracts"/Platform/PaymentHub/*.cs
compile "$contracts"/Platform/ServiceLayerGateway/*.cs
compile "$contracts"/Platform/PauseRegistry/*.cs
for app in "$contracts"/DoomsdayClock "$contracts"/Testing/BaseProbe "$contracts"/Testing/TimeLockProbe; do
  compile "$contracts"/DevPack/*.cs "$app"/*.cs
done
rm -rf "$work"
exit $status
