using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace ReportGraph.Rendering.Xlsx;

/// <summary>
/// Writes the zip package of a workbook part by part, in streaming (create) mode: each worksheet goes
/// straight into its zip entry through a <see cref="WorksheetXmlWriter"/>. (The SDK's own package needs read-write
/// access, which keeps every part in memory until the package is closed.)
/// </summary>
internal sealed class XlsxPackageWriter : IDisposable
{
    private const string MainNs = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelNs = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private static readonly UTF8Encoding Utf8 = new(false);
    private readonly ZipArchive _zip;
    private readonly IReadOnlyList<string> _sheetNames;

    public XlsxPackageWriter(Stream target, IReadOnlyList<string> sheetNames, Stylesheet styles)
    {
        _zip = new ZipArchive(target, ZipArchiveMode.Create, leaveOpen: true);
        _sheetNames = sheetNames;
        WriteText("[Content_Types].xml", ContentTypes());
        WriteText("_rels/.rels", $"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"{PackageRelNs}\"><Relationship Id=\"rId1\" Type=\"{RelNs}/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
        WriteText("xl/_rels/workbook.xml.rels", WorkbookRelationships());
        WriteText("xl/workbook.xml", Workbook());
        using (var stream = _zip.CreateEntry("xl/styles.xml", CompressionLevel.Fastest).Open())
        using (var writer = OpenXmlWriter.Create(stream, Utf8))
        {
            writer.WriteStartDocument(true);
            writer.WriteElement(styles);
        }
    }

    /// <summary>Opens the entry of sheet <paramref name="index"/> (0-based) for a <see cref="WorksheetXmlWriter"/>; dispose it before the next.</summary>
    public Stream OpenSheet(int index) => _zip.CreateEntry($"xl/worksheets/sheet{index + 1}.xml", CompressionLevel.Fastest).Open();

    public void Dispose() => _zip.Dispose();

    private void WriteText(string name, string content)
    {
        using var stream = _zip.CreateEntry(name, CompressionLevel.Fastest).Open();
        stream.Write(Utf8.GetBytes(content));
    }

    private string ContentTypes()
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">")
            .Append("<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>")
            .Append("<Default Extension=\"xml\" ContentType=\"application/xml\"/>")
            .Append("<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>")
            .Append("<Override PartName=\"/xl/styles.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>");
        for (var i = 0; i < _sheetNames.Count; i++)
        {
            xml.Append("<Override PartName=\"/xl/worksheets/sheet").Append(i + 1).Append(".xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>");
        }
        return xml.Append("</Types>").ToString();
    }

    private string WorkbookRelationships()
    {
        var xml = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\"{PackageRelNs}\">");
        for (var i = 0; i < _sheetNames.Count; i++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rId{i + 1}\" Type=\"{RelNs}/worksheet\" Target=\"worksheets/sheet{i + 1}.xml\"/>");
        }
        xml.Append(CultureInfo.InvariantCulture, $"<Relationship Id=\"rId{_sheetNames.Count + 1}\" Type=\"{RelNs}/styles\" Target=\"styles.xml\"/>");
        return xml.Append("</Relationships>").ToString();
    }

    private string Workbook()
    {
        var xml = new StringBuilder($"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><workbook xmlns=\"{MainNs}\" xmlns:r=\"{RelNs}\"><bookViews><workbookView activeTab=\"0\"/></bookViews><sheets>");
        for (var i = 0; i < _sheetNames.Count; i++)
        {
            xml.Append(CultureInfo.InvariantCulture, $"<sheet name=\"{WebUtility.HtmlEncode(_sheetNames[i])}\" sheetId=\"{i + 1}\" r:id=\"rId{i + 1}\"/>");
        }
        return xml.Append("</sheets></workbook>").ToString();
    }
}
