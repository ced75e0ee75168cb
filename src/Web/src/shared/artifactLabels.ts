/** What a download link needs to know about a produced file. */
export type ArtifactFile = { id: string; format: string; fileName: string; sizeBytes: number };

/**
 * Link text per file: "Download PDF (28 KB)" when the run has one file of that format, and with the part of the name
 * that tells them apart when it has several (a report with two tables gives two CSVs: "Download CSV: grades (1 KB)").
 */
export function artifactLabels(files: readonly ArtifactFile[]): Map<string, string> {
  const labels = new Map<string, string>();
  const byFormat = new Map<string, ArtifactFile[]>();
  for (const f of files) byFormat.set(f.format, [...(byFormat.get(f.format) ?? []), f]);
  for (const [format, same] of byFormat) {
    const tails = distinctTails(same.map((f) => baseName(f.fileName)));
    same.forEach((f, i) => {
      const size = `${Math.max(1, Math.round(f.sizeBytes / 1024)).toLocaleString()} KB`;
      labels.set(f.id, same.length === 1 ? `Download ${format} (${size})` : `Download ${format}: ${tails[i]} (${size})`);
    });
  }
  return labels;
}

function baseName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot > 0 ? fileName.slice(0, dot) : fileName;
}

/** Each name without the start all of them share (cut at a separator, so "grades" rather than "rades"). */
function distinctTails(names: string[]): string[] {
  let common = names[0] ?? '';
  for (const n of names) {
    while (!n.startsWith(common)) common = common.slice(0, -1);
  }
  const cut = Math.max(common.lastIndexOf('-'), common.lastIndexOf('_'), common.lastIndexOf(' ')) + 1;
  return names.map((n) => n.slice(cut) || n);
}
