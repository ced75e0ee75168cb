using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ReportGraph.Host.Data;

/// <summary>
/// The <c>data_protection_keys</c> table: the cluster's one Data Protection key ring on PostgreSQL (see
/// <see cref="KeyRingStore"/>). It exists on SQLite too, unused there, so both providers share one set of migrations.
/// </summary>
internal sealed class DataProtectionKeyConfiguration : IEntityTypeConfiguration<DataProtectionKey>
{
    public void Configure(EntityTypeBuilder<DataProtectionKey> b)
    {
        b.ToTable("data_protection_keys");
        b.HasKey(k => k.Id);
    }
}
