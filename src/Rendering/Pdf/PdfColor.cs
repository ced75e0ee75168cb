namespace ReportGraph.Rendering.Pdf;

/// <summary>An opaque RGB colour as the PDF layout uses it.</summary>
internal readonly record struct PdfColor(byte R, byte G, byte B)
{
    /// <summary>Parses "#rrggbb" (the chart palette's notation).</summary>
    public static PdfColor FromHex(string hex)
    {
        var value = Convert.ToInt32(hex.TrimStart('#'), 16);
        return new PdfColor((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }
}
