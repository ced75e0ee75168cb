using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ReportGraph.Host.Data.Migrations;

/// <summary>Version 2 of the store: SMTP settings choose password or XOAUTH2 authentication and keep an encrypted access token.</summary>
[DbContext(typeof(ReportGraphDbContext))]
[Migration("20261203000000_SmtpXOAuth2")]
public sealed class SmtpXOAuth2 : Migration
{
    protected override void Up(MigrationBuilder migrationBuilder)
    {
        // Every row saved before this version authenticated with a password (or not at all).
        migrationBuilder.AddColumn<string>("Authentication", "smtp_settings", maxLength: 16, nullable: false, defaultValue: "Password");
        migrationBuilder.AddColumn<string>("EncryptedAccessToken", "smtp_settings", nullable: true);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.DropColumn("EncryptedAccessToken", "smtp_settings");
        migrationBuilder.DropColumn("Authentication", "smtp_settings");
    }
}
