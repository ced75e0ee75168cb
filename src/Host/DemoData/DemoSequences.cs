namespace ReportGraph.Host.DemoData;

/// <summary>
/// Where the numbering of generated rows continues: the last id of each table and how many assessments each
/// class has written per subject (for "Quiz 7"). Empty for a new data set; read from the database when extending one.
/// </summary>
internal sealed class DemoSequences
{
    public int LastLessonId { get; set; }

    public int LastAssessmentId { get; set; }

    public int LastSessionId { get; set; }

    public int LastClaimId { get; set; }

    /// <summary>Assessments written so far per class and subject.</summary>
    public Dictionary<(string ClassName, int SubjectId), int> AssessmentCounts { get; } = [];
}
