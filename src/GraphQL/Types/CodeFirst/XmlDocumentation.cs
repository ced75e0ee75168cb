using System.Collections.Concurrent;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace ReportGraph.GraphQL.Types;

/// <summary>Reads descriptions from an assembly's XML documentation file (<c>Assembly.xml</c> next to <c>Assembly.dll</c>) when present.</summary>
internal static partial class XmlDocumentation
{
    private static readonly ConcurrentDictionary<Assembly, Dictionary<string, XElement>?> Files = new();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    public static string? TypeSummary(Type type) => Summary(type.Assembly, "T:" + XmlName(type));

    public static string? MemberSummary(MemberInfo member)
    {
        var type = member.DeclaringType;
        if (type is null) return null;
        var prefix = member switch { PropertyInfo => "P:", MethodInfo => "M:", FieldInfo => "F:", _ => null };
        if (prefix is null) return null;
        var docs = Load(type.Assembly);
        if (docs is null) return null;
        var key = prefix + XmlName(type) + "." + member.Name;
        if (docs.TryGetValue(key, out var element)) return Text(element.Element("summary"));
        if (member is MethodInfo)
        {
            foreach (var kv in docs)
                if (kv.Key.StartsWith(key + "(", StringComparison.Ordinal)) return Text(kv.Value.Element("summary"));
        }
        return null;
    }

    public static string? ParameterSummary(ParameterInfo parameter)
    {
        if (parameter.Member is not MethodBase method || method.DeclaringType is null) return null;
        var docs = Load(method.DeclaringType.Assembly);
        if (docs is null) return null;
        var key = "M:" + XmlName(method.DeclaringType) + "." + (method is ConstructorInfo ? "#ctor" : method.Name);
        foreach (var kv in docs)
        {
            if (kv.Key != key && !kv.Key.StartsWith(key + "(", StringComparison.Ordinal)) continue;
            var param = kv.Value.Elements("param").FirstOrDefault(p => (string?)p.Attribute("name") == parameter.Name);
            if (param is not null) return Text(param);
        }
        return null;
    }

    private static string? Summary(Assembly assembly, string key)
        => Load(assembly) is { } docs && docs.TryGetValue(key, out var element) ? Text(element.Element("summary")) : null;

    private static string XmlName(Type type) => (type.FullName ?? type.Name).Replace('+', '.');

    private static string? Text(XElement? element)
    {
        if (element is null) return null;
        var sb = new StringBuilder();
        foreach (var node in element.Nodes())
        {
            switch (node)
            {
                case XText text: sb.Append(text.Value); break;
                case XElement e when e.Name == "see" || e.Name == "seealso":
                    var cref = (string?)e.Attribute("cref") ?? (string?)e.Attribute("langword") ?? (string?)e.Attribute("href") ?? "";
                    sb.Append(e.Value.Length > 0 ? e.Value : cref[(cref.LastIndexOf('.') + 1)..]);
                    break;
                case XElement e when e.Name == "paramref" || e.Name == "typeparamref": sb.Append((string?)e.Attribute("name")); break;
                case XElement e when e.Name == "para": sb.Append("\n\n").Append(Text(e)).Append("\n\n"); break;
                case XElement e: sb.Append(e.Value); break;
            }
        }
        var paragraphs = sb.ToString().Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(p => Whitespace().Replace(p, " ").Trim()).Where(p => p.Length > 0);
        var result = string.Join("\n\n", paragraphs);
        return result.Length == 0 ? null : result;
    }

    private static Dictionary<string, XElement>? Load(Assembly assembly) => Files.GetOrAdd(assembly, static a =>
    {
        try
        {
            if (string.IsNullOrEmpty(a.Location)) return null;
            var path = Path.ChangeExtension(a.Location, ".xml");
            if (!File.Exists(path)) return null;
            var doc = XDocument.Load(path);
            var map = new Dictionary<string, XElement>(StringComparer.Ordinal);
            foreach (var member in doc.Descendants("member"))
                if ((string?)member.Attribute("name") is { } name) map[name] = member;
            return map;
        }
        catch (Exception ex) when (ex is IOException or System.Xml.XmlException or UnauthorizedAccessException)
        {
            return null;
        }
    });
}
