namespace ReportGraph.Host.Api;

/// <summary>What a user may do: admins see and change everything, members only what they own.</summary>
public enum UserRole
{
    /// <summary>Sees and changes only their own schedules, executions, artifacts and settings.</summary>
    Member,
    /// <summary>Sees and changes everything.</summary>
    Admin,
}
