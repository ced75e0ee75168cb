namespace ReportGraph.Rendering;

/// <summary>Where a renderer writes its files: one <see cref="Create"/> call per file.</summary>
public interface IRenderOutput
{
    /// <summary>Opens a new, empty file for writing. The renderer writes it and disposes the stream.</summary>
    /// <param name="fileName">File name with extension, e.g. <c>report.pdf</c>.</param>
    /// <param name="contentType">MIME type, e.g. <c>application/pdf</c>.</param>
    Stream Create(string fileName, string contentType);
}
