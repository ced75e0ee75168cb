using ReportGraph.GraphQL.Execution;
using ReportGraph.GraphQL.Types;
using ReportGraph.Host.Api;

namespace ReportGraph.Host.Security;

/// <summary>Input of inviteUser.</summary>
public sealed record InviteUserInput
{
    /// <summary>Their email: the invitation goes there and they sign in with it.</summary>
    public required string Email { get; init; }
    /// <summary>Display name, 1 to 200 characters.</summary>
    public required string Name { get; init; }
    /// <summary>MEMBER (the default) or ADMIN.</summary>
    public UserRole Role { get; init; } = UserRole.Member;
}

/// <summary>The result of inviteUser.</summary>
public sealed class InviteUserPayload(UserNode? user, AccountEmailResult? email, IReadOnlyList<InputError>? errors = null) : Payload(errors)
{
    /// <summary>The new user (without a password until they follow the link).</summary>
    public UserNode? User { get; } = user;
    /// <summary>Whether the invitation email left (to the SMTP server or the outbox folder).</summary>
    public bool EmailSent { get; } = email?.Sent ?? false;
    /// <summary>What the mail server said, or why the email could not be sent (then invite again once mail works).</summary>
    public string? EmailDetail { get; } = email?.Detail;
}

/// <summary>Input of updateUser: only the fields given change.</summary>
public sealed record UpdateUserInput
{
    /// <summary>The user's global id.</summary>
    [ID] public required string Id { get; init; }
    /// <summary>New display name.</summary>
    public string? Name { get; init; }
    /// <summary>New role.</summary>
    public UserRole? Role { get; init; }
    /// <summary>True disables the account (sessions end, API keys stop working); false enables it again.</summary>
    public bool? Disabled { get; init; }
}

/// <summary>The result of updateUser.</summary>
public sealed class UpdateUserPayload(UserNode? user, IReadOnlyList<InputError>? errors = null) : Payload(errors)
{
    /// <summary>The user as saved.</summary>
    public UserNode? User { get; } = user;
}

/// <summary>Input of deleteUser: say what happens to the user's schedules.</summary>
public sealed record DeleteUserInput
{
    /// <summary>The user's global id.</summary>
    [ID] public required string Id { get; init; }
    /// <summary>The global id of an active user who takes the schedules over.</summary>
    [ID] public string? SchedulesTo { get; init; }
    /// <summary>True deletes the user's schedules with their history instead.</summary>
    public bool? DeleteSchedules { get; init; }
}

/// <summary>The result of deleteUser.</summary>
public sealed class DeleteUserPayload(string? deletedUserId, IReadOnlyList<InputError>? errors = null) : Payload(errors)
{
    /// <summary>The deleted user's global id.</summary>
    [ID] public string? DeletedUserId { get; } = deletedUserId;
}

/// <summary>Managing users (admins).</summary>
[ExtendObjectType("Mutation")]
public sealed class UserMutations
{
    /// <summary>Creates a user and emails them a one-time link to set their password (valid Security:InvitationLifetime).</summary>
    /// <param name="input">Who to invite: email, name and role.</param>
    public async Task<InviteUserPayload> InviteUser(InviteUserInput input, IResolverContext context, [Service] UserAdministration users)
    {
        var admin = context.RequireAdmin("invite users");
        var result = await users.InviteAsync(admin, input.Email, input.Name, input.Role, context.RequestAborted);
        return new InviteUserPayload(result.User is null ? null : UserNode.From(result.User), result.Email, result.Errors);
    }

    /// <summary>Changes a user's name, role or disabled state. The last active admin can be neither demoted nor disabled.</summary>
    /// <param name="input">The user and the fields to change.</param>
    public async Task<UpdateUserPayload> UpdateUser(UpdateUserInput input, IResolverContext context, [Service] UserAdministration users)
    {
        context.RequireAdmin("change users");
        var id = GlobalId.Require(input.Id, "User", "input.id");
        var (user, errors) = await users.UpdateAsync(id, input.Name, input.Role, input.Disabled, context.RequestAborted);
        return new UpdateUserPayload(user is null ? null : UserNode.From(user), errors);
    }

    /// <summary>Deletes a user, their sessions, API keys and SMTP settings; their schedules go to schedulesTo or are deleted.</summary>
    /// <param name="input">The user, and whether their schedules go to another user or are deleted.</param>
    public async Task<DeleteUserPayload> DeleteUser(DeleteUserInput input, IResolverContext context, [Service] UserAdministration users)
    {
        var admin = context.RequireAdmin("delete users");
        var id = GlobalId.Require(input.Id, "User", "input.id");
        var heir = input.SchedulesTo is null ? (Guid?)null : GlobalId.Require(input.SchedulesTo, "User", "input.schedulesTo");
        var errors = await users.DeleteAsync(admin, id, heir, input.DeleteSchedules == true, context.RequestAborted);
        return new DeleteUserPayload(errors.Count == 0 ? input.Id : null, errors);
    }
}
