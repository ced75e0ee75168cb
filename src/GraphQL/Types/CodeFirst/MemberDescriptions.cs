using System.Reflection;

namespace ReportGraph.GraphQL.Types;

/// <summary>
/// Descriptions and deprecation reasons of code-first types, fields, arguments and enum values: from
/// <see cref="GraphQLDescriptionAttribute"/> or, when enabled, XML doc comments; from
/// <see cref="GraphQLDeprecatedAttribute"/> or <see cref="ObsoleteAttribute"/>.
/// </summary>
internal sealed class MemberDescriptions(bool useXmlDocumentation)
{
    public string? Describe(MemberInfo member)
    {
        if (member.GetCustomAttribute<GraphQLDescriptionAttribute>() is { } d) return d.Description;
        if (!useXmlDocumentation) return null;
        return member is Type t ? XmlDocumentation.TypeSummary(t) : XmlDocumentation.MemberSummary(member);
    }

    public string? Describe(ParameterInfo parameter)
    {
        if (parameter.GetCustomAttribute<GraphQLDescriptionAttribute>() is { } d) return d.Description;
        return useXmlDocumentation ? XmlDocumentation.ParameterSummary(parameter) : null;
    }

    public static string? Deprecation(ICustomAttributeProvider member)
    {
        var graphql = member.GetCustomAttributes(typeof(GraphQLDeprecatedAttribute), false).OfType<GraphQLDeprecatedAttribute>().FirstOrDefault();
        if (graphql is not null) return graphql.Reason;
        var obsolete = member.GetCustomAttributes(typeof(ObsoleteAttribute), false).OfType<ObsoleteAttribute>().FirstOrDefault();
        if (obsolete is not null) return string.IsNullOrEmpty(obsolete.Message) ? BuiltInDirectives.DefaultDeprecationReason : obsolete.Message;
        return null;
    }
}
