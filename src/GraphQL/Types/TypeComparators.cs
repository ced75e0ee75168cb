namespace ReportGraph.GraphQL.Types;

/// <summary>Type relations used by schema and document validation (graphql-js <c>typeComparators</c>).</summary>
public static class TypeComparators
{
    /// <summary>True when both types are the same, wrappers included.</summary>
    public static bool IsEqualType(IGraphQLType a, IGraphQLType b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is NonNullType na && b is NonNullType nb) return IsEqualType(na.OfType, nb.OfType);
        if (a is ListType la && b is ListType lb) return IsEqualType(la.OfType, lb.OfType);
        return false;
    }

    /// <summary>True when a value of <paramref name="maybeSubType"/> can be used where <paramref name="superType"/> is expected (covariant output types).</summary>
    public static bool IsTypeSubTypeOf(Schema schema, IGraphQLType maybeSubType, IGraphQLType superType)
    {
        if (ReferenceEquals(maybeSubType, superType)) return true;
        if (superType is NonNullType superNonNull)
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        if (maybeSubType is NonNullType nonNull) return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        if (superType is ListType superList)
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        if (maybeSubType is ListType) return false;
        return superType is IAbstractType abstractType
            && maybeSubType is ObjectType or InterfaceType
            && schema.IsSubType(abstractType, (INamedType)maybeSubType);
    }

    /// <summary>True when two composite types may describe the same object at run time.</summary>
    public static bool DoTypesOverlap(Schema schema, ICompositeType a, ICompositeType b)
    {
        if (ReferenceEquals(a, b)) return true;
        if (a is IAbstractType abstractA)
        {
            if (b is IAbstractType abstractB)
            {
                foreach (var t in schema.GetPossibleTypes(abstractA))
                    if (schema.IsSubType(abstractB, t)) return true;
                return false;
            }
            return schema.IsSubType(abstractA, b);
        }
        if (b is IAbstractType abstractB2) return schema.IsSubType(abstractB2, a);
        return false;
    }
}
