using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using ReportGraph.Host.Api;
using ReportGraph.Host.Data;
using ReportGraph.Host.Operations;

namespace ReportGraph.Host.Security;

/// <summary>
/// The first admin comes from <c>Security:Admin</c>. In Development, when none is configured and no admin
/// exists, one is created with a random password that is logged once (it is not stored anywhere else).
/// </summary>
internal sealed class FirstAdminSeeder(
    IDbContextFactory<ReportGraphDbContext> dbs,
    AccountService accounts,
    IOptions<SecurityOptions> options,
    IHostEnvironment environment,
    ILogger<FirstAdminSeeder> logger) : IStartupSeeder
{
    public const string DevelopmentAdminEmail = "admin@reportgraph.local";

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var admin = options.Value.Admin;
        await using var db = await dbs.CreateDbContextAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(admin.Email))
        {
            var normalized = admin.Email.Trim().ToUpperInvariant();
            if (await db.Users.AnyAsync(u => u.NormalizedEmail == normalized, cancellationToken))
            {
                return;
            }

            if (string.IsNullOrEmpty(admin.Password) || admin.Password.Length < AccountService.MinPasswordLength)
            {
                throw new InvalidOperationException(
                    $"Security:Admin:Password must be at least {AccountService.MinPasswordLength} characters to create the first admin {admin.Email}.");
            }

            await accounts.CreateUserAsync(admin.Email, admin.Name, UserRole.Admin, admin.Password, cancellationToken);
            logger.LogInformation("Created the first admin {Email} from configuration", admin.Email);
            return;
        }

        if (!environment.IsDevelopment() || await db.Users.AnyAsync(u => u.Role == UserRole.Admin, cancellationToken))
        {
            return;
        }

        var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18)).Replace('+', 'x').Replace('/', 'y');
        await accounts.CreateUserAsync(DevelopmentAdminEmail, "Development admin", UserRole.Admin, password, cancellationToken);
        logger.LogWarning("Development: created admin {Email} with password {Password} (shown once; set Security:Admin to choose your own)",
            DevelopmentAdminEmail, password);
    }
}
