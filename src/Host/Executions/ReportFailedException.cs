namespace ReportGraph.Host.Executions;

/// <summary>The report could not be produced; the message is shown to the schedule's owner.</summary>
internal sealed class ReportFailedException(string message, Exception? innerException = null) : Exception(message, innerException);
