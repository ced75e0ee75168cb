using System.Diagnostics;

namespace ReportGraph.Host.Tests.Infrastructure;

/// <summary>
/// Builds a plugin the way a third party would: a project of its own in a temporary folder, referencing
/// nothing but the ReportGraph.Abstractions assembly, compiled with the real `dotnet build`.
/// </summary>
public static class PluginCompiler
{
    public static async Task<string> BuildAsync(string folder, string assemblyName, string source)
    {
        var contract = typeof(Abstractions.IReportDefinition).Assembly.Location;
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, assemblyName + ".csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <ImplicitUsings>enable</ImplicitUsings>
                <EnableDynamicLoading>true</EnableDynamicLoading>
              </PropertyGroup>
              <ItemGroup>
                <FrameworkReference Include="Microsoft.AspNetCore.App" />
                <Reference Include="ReportGraph.Abstractions">
                  <HintPath>{contract}</HintPath>
                  <Private>false</Private>
                </Reference>
              </ItemGroup>
            </Project>
            """);
        await File.WriteAllTextAsync(Path.Combine(folder, "Plugin.cs"), source);
        // A Directory.Build.props of our own stops MSBuild from importing the repository's (temp is outside it anyway).
        await File.WriteAllTextAsync(Path.Combine(folder, "Directory.Build.props"), "<Project />");

        var output = Path.Combine(folder, "out");
        var start = new ProcessStartInfo("dotnet", ["build", "-c", "Release", "-o", output, "-nologo", "-v", "q"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Building the test plugin failed:\n{await stdout}\n{await stderr}");
        }

        return Path.Combine(output, assemblyName + ".dll");
    }
}
