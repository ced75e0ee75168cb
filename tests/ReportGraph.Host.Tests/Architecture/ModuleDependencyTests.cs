using System.Reflection;
using NetArchTest.Rules;
using ReportGraph.Host.Data;

namespace ReportGraph.Host.Tests.Architecture;

/// <summary>
/// The host's feature folders are modules: each depends only on the modules <see cref="HostModules.Allowed"/> names,
/// and the allowed graph has no cycle. Dependencies are read from the compiled IL (NetArchTest), so a fully qualified
/// name or a type pulled in through a generic argument counts as much as a using.
/// </summary>
public sealed class ModuleDependencyTests
{
    private static readonly Assembly Host = typeof(ReportGraphDbContext).Assembly;

    [Fact]
    public void Every_namespace_of_the_host_belongs_to_a_listed_module()
    {
        var unlisted = Host.GetTypes()
            .Select(t => t.Namespace)
            .Where(ns => ns is not null && ns.StartsWith(HostModules.Prefix, StringComparison.Ordinal))
            .Select(ns => ModuleOf(ns!))
            .Where(module => !HostModules.Allowed.ContainsKey(module))
            .Distinct()
            .ToList();
        Assert.True(unlisted.Count == 0, $"Namespaces of no listed module: {string.Join(", ", unlisted)}. Add them to HostModules.Allowed.");
    }

    [Fact]
    public void Modules_depend_only_on_the_modules_they_are_allowed_to()
    {
        var problems = new List<string>();
        foreach (var (module, allowed) in HostModules.Allowed)
        {
            var forbidden = HostModules.Allowed.Keys.Where(other => other != module && !allowed.Contains(other))
                .Select(other => HostModules.Prefix + other).ToArray();
            var result = Types.InAssembly(Host).That().ResideInNamespace(HostModules.Prefix + module)
                .ShouldNot().HaveDependencyOnAny(forbidden).GetResult();
            if (!result.IsSuccessful)
            {
                foreach (var type in result.FailingTypes)
                {
                    var uses = forbidden.Where(f => Types.InAssembly(Host).That().HaveName(type.Name).And().HaveDependencyOn(f).GetTypes().Any())
                        .Select(f => f[HostModules.Prefix.Length..]);
                    problems.Add($"{type.FullName} ({module}) uses {string.Join(", ", uses)}");
                }
            }
        }

        Assert.True(problems.Count == 0, "Dependencies the module table does not allow:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void The_allowed_module_graph_has_no_cycle()
    {
        // Kahn's algorithm: a graph is acyclic exactly when every node can be removed after the nodes it depends on.
        var remaining = HostModules.Allowed.ToDictionary(p => p.Key, p => new HashSet<string>(p.Value));
        var removed = true;
        while (removed)
        {
            removed = false;
            foreach (var module in remaining.Where(p => p.Value.All(d => !remaining.ContainsKey(d))).Select(p => p.Key).ToList())
            {
                remaining.Remove(module);
                removed = true;
            }
        }

        Assert.True(remaining.Count == 0, $"These modules depend on each other in a cycle: {string.Join(", ", remaining.Keys)}");
    }

    [Fact]
    public void Every_dependency_the_table_allows_is_used()
    {
        // Keeps the table a description of the code, not a wish list: an edge nobody uses is removed from it.
        var unused = new List<string>();
        foreach (var (module, allowed) in HostModules.Allowed)
        {
            foreach (var other in allowed)
            {
                var users = Types.InAssembly(Host).That().ResideInNamespace(HostModules.Prefix + module)
                    .And().HaveDependencyOn(HostModules.Prefix + other).GetTypes();
                if (!users.Any())
                {
                    unused.Add($"{module} → {other}");
                }
            }
        }

        Assert.True(unused.Count == 0, "Allowed but unused: " + string.Join(", ", unused));
    }

    [Fact]
    public void Rendering_depends_on_the_plugin_contract_only()
    {
        var ours = typeof(ReportGraph.Rendering.ReportRenderers).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name!).Where(n => n.StartsWith("ReportGraph.", StringComparison.Ordinal)).ToList();
        Assert.Equal(["ReportGraph.Abstractions"], ours);
    }

    [Fact]
    public void The_graphql_engine_knows_no_domain()
    {
        var ours = typeof(ReportGraph.GraphQL.Errors.GraphQLError).Assembly.GetReferencedAssemblies()
            .Select(a => a.Name!).Where(n => n.StartsWith("ReportGraph.", StringComparison.Ordinal)).ToList();
        Assert.Empty(ours);
    }

    private static string ModuleOf(string ns)
    {
        var rest = ns[HostModules.Prefix.Length..];
        var dot = rest.IndexOf('.');
        return dot < 0 ? rest : rest[..dot];
    }
}
