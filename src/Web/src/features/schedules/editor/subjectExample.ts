/** The subject as the first email would read it, with this week's values where the run's are not known yet. */
export function subjectExample(template: string, v: { name: string; report: string; period?: string | null; recipient?: string }): string {
  const values: Record<string, string> = {
    name: v.name || 'Schedule name',
    report: v.report || 'Report',
    date: new Date().toLocaleDateString(),
    period: v.period ?? 'last week',
    recipient: v.recipient ?? 'ada@example.org',
  };
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (all, key: string) => values[key.toLowerCase()] ?? all);
}
