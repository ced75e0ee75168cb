using CsvHelper;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using ReportGraph.Rendering.Tests.Support;

namespace ReportGraph.Host.Tests.EndToEnd.Support;

/// <summary>Opens attachments the way a recipient's software would: CSV parsed, XLSX read with OpenXml, PDF text through pdftotext.</summary>
public static class AttachmentReaders
{
    /// <summary>Every data record of a CSV file (CsvHelper takes the first line as the header).</summary>
    public static List<string[]> Csv(byte[] content)
    {
        using var reader = CsvReader.Create(new MemoryStream(content), null, false);
        var records = new List<string[]>();
        while (reader.Read())
        {
            records.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
        }

        return records;
    }

    /// <summary>The text of every cell of every worksheet, row by row (shared and inline strings resolved).</summary>
    public static List<List<string>> Xlsx(byte[] content)
    {
        using var document = SpreadsheetDocument.Open(new MemoryStream(content), false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("The XLSX has no workbook part.");
        var shared = workbook.SharedStringTablePart?.SharedStringTable.Elements<SharedStringItem>().Select(s => s.InnerText).ToList() ?? [];
        var rows = new List<List<string>>();
        foreach (var sheet in workbook.WorksheetParts)
        {
            foreach (var row in sheet.Worksheet.Descendants<Row>())
            {
                rows.Add(row.Elements<Cell>().Select(cell => CellText(cell, shared)).ToList());
            }
        }

        return rows;
    }

    /// <summary>The text pdftotext extracts from a PDF.</summary>
    public static string PdfText(byte[] content)
    {
        var path = Path.Combine(Path.GetTempPath(), $"rg-e2e-{Guid.NewGuid():N}.pdf");
        File.WriteAllBytes(path, content);
        try
        {
            return Poppler.Text(path);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static string CellText(Cell cell, List<string> shared)
    {
        if (cell.DataType?.Value == CellValues.SharedString && int.TryParse(cell.CellValue?.Text, out var index))
        {
            return shared[index];
        }

        if (cell.DataType?.Value == CellValues.InlineString)
        {
            return cell.InlineString?.InnerText ?? "";
        }

        return cell.CellValue?.Text ?? "";
    }
}
