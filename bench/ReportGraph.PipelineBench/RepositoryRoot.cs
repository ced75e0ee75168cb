namespace ReportGraph.PipelineBench;

/// <summary>Finds the repository (the folder holding ReportGraph.sln) from the working or the program's folder.</summary>
internal static class RepositoryRoot
{
    public static string Find()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ReportGraph.sln")))
                {
                    return dir.FullName;
                }
            }
        }

        throw new InvalidOperationException("Run the bench from inside the repository (ReportGraph.sln not found above the working folder).");
    }
}
