namespace ReportGraph.Host.Api;

/// <summary>The thing does not exist (or was deleted); GraphQL code <c>NOT_FOUND</c>.</summary>
public sealed class NotFoundException(string message) : Exception(message);

/// <summary>The caller may not see or change it; GraphQL code <c>FORBIDDEN</c>.</summary>
public sealed class ForbiddenException(string message) : Exception(message);
