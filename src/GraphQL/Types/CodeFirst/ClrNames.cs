namespace ReportGraph.GraphQL.Types;

/// <summary>How CLR types and members are named in schema build errors, so that a message points at the C# to change.</summary>
internal static class ClrNames
{
    /// <summary>A type as C# spells it, e.g. <c>System.Collections.Generic.List&lt;System.String&gt;</c>.</summary>
    public static string Of(Type type)
    {
        if (!type.IsGenericType) return type.FullName ?? type.Name;
        var name = type.Name[..type.Name.IndexOf('`')];
        return $"{type.Namespace}.{name}<{string.Join(", ", type.GetGenericArguments().Select(Of))}>";
    }

    /// <summary>A member with its declaring type, e.g. <c>MyApp.Query.Books</c>.</summary>
    public static string Of(System.Reflection.MemberInfo member) => $"{member.DeclaringType?.FullName}.{member.Name}";
}
