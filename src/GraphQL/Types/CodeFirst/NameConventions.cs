using System.Reflection;
using System.Text;

namespace ReportGraph.GraphQL.Types;

/// <summary>How C# names become GraphQL names: camelCase fields and arguments, UPPER_SNAKE enum values, "Input" suffix for inputs.</summary>
public static class NameConventions
{
    /// <summary>camelCase: the leading upper-case run is lowered (<c>IDs</c> → <c>ids</c>, <c>NextRunAt</c> → <c>nextRunAt</c>).</summary>
    public static string CamelCase(string name)
    {
        if (string.IsNullOrEmpty(name) || char.IsLower(name[0])) return name;
        var chars = name.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            bool nextIsLower = i + 1 < chars.Length && char.IsLower(chars[i + 1]);
            if (i > 0 && nextIsLower) break;
            if (!char.IsUpper(chars[i])) break;
            chars[i] = char.ToLowerInvariant(chars[i]);
        }
        return new string(chars);
    }

    /// <summary>UPPER_SNAKE: <c>InProgress</c> → <c>IN_PROGRESS</c>, <c>HTMLEmail</c> → <c>HTML_EMAIL</c>.</summary>
    public static string UpperSnake(string name)
    {
        var sb = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (i > 0 && char.IsUpper(c))
            {
                bool prevLowerOrDigit = char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]);
                bool nextLower = i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1]);
                if (prevLowerOrDigit || nextLower) sb.Append('_');
            }
            sb.Append(char.ToUpperInvariant(c));
        }
        return sb.ToString();
    }

    /// <summary>The field name of a member: [GraphQLName], else camelCase without a <c>Get</c> prefix and <c>Async</c> suffix on methods.</summary>
    public static string FieldName(MemberInfo member)
    {
        if (member.GetCustomAttribute<GraphQLNameAttribute>() is { } named) return named.Name;
        var name = member.Name;
        if (member is MethodInfo)
        {
            if (name.EndsWith("Async", StringComparison.Ordinal) && name.Length > 5) name = name[..^5];
            if (name.StartsWith("Get", StringComparison.Ordinal) && name.Length > 3 && char.IsUpper(name[3])) name = name[3..];
        }
        return CamelCase(name);
    }

    /// <summary>The GraphQL type name of a CLR type: [GraphQLName], else the C# name (generic arguments prefixed: <c>Page&lt;Book&gt;</c> → <c>BookPage</c>).</summary>
    public static string TypeName(Type type)
    {
        if (type.GetCustomAttribute<GraphQLNameAttribute>() is { } named) return named.Name;
        if (!type.IsGenericType) return type.Name;
        var baseName = type.Name[..type.Name.IndexOf('`')];
        return string.Concat(type.GetGenericArguments().Select(TypeName)) + baseName;
    }

    /// <summary>The input type name: [GraphQLName], else the C# name with an <c>Input</c> suffix unless it already ends with it.</summary>
    public static string InputTypeName(Type type)
    {
        if (type.GetCustomAttribute<GraphQLNameAttribute>() is { } named) return named.Name;
        var name = TypeName(type);
        return name.EndsWith("Input", StringComparison.Ordinal) ? name : name + "Input";
    }
}
