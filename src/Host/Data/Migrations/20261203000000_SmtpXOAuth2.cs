using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace ReportGraph.Host.Data.Migrations;

/// <summary>Version 2 of the store: SMTP settings choose password or XOAUTH2 authentication and keep an encrypted access token.</summary>
[DbContext(typeof(ReportGraphDbContext))]
[Migration("20261203000000_SmtpXOAuth2")]
public sealed class SmtpXOAuth2 : Migration
{
    protected override void Up(MigrationBuilder m)
    {
        // Every row saved before this version authenticated with a password (or not at all).
        m.AddColumn<string>("Authentication", "smtp_settings", maxLength: 16, nullable: false, defaultValue: "Password");
        m.AddColumn<string>("EncryptedAccessToken", "smtp_settings", nullable: true);
    }

    protected override void Down(MigrationBuilder m)
    {
        m.DropColumn("EncryptedAccessToken", "smtp_settings");
        m.DropColumn("Authentication", "smtp_settings");
    }
}
